// What the search page says before anything is typed: written into the HTML by the build and kept by the
// script, so the page looks the same before and after the script runs and nothing moves.

export const EMPTY_SEARCH_STATUS = "Type words to find the passages of the reviews that use them.";

/** The status when passages hold some of the query's words but none holds them all. */
export const noPassageHoldsAll = (quoted: string): string => `No passage holds all of ${quoted}.`;

/** Above those closest passages. */
export const CLOSEST_LABEL = "Closest passages: each holds some of the words, not all of them.";

/**
 * The query parameter that carries a result's terms to the year page, for marking: shared by the
 * search's scripts and the index's links (src/lib/name-index/), so it lives with the site's code.
 */
export const HIGHLIGHT_PARAM = "highlight";

/** The edition's names. Where it is published comes from the environment: src/lib/site-address.ts. */
/** The name in two lines, where a phone's header has no room for one. */
export const SITE_NAME_LINES = ["Viet Nam’s Diplomacy,", "Year by Year"] as const;

export const SITE_NAME = SITE_NAME_LINES.join(" ");

/** The name where space is short (a home-screen label); SITE_NAME begins with it. */
export const SITE_SHORT_NAME = "Viet Nam’s Diplomacy";

export const SITE_DESCRIPTION =
  "A documentary edition of the annual reviews of Viet Nam’s diplomacy by the Minister of Foreign Affairs, as published in the Communist Review.";

/** The edition's names. Where it is published comes from the environment: src/lib/site-address.ts. */
export const SITE_NAME = "Viet Nam’s Diplomacy, Year by Year";

/** The name where space is short (the header on a phone); SITE_NAME begins with it. */
export const SITE_SHORT_NAME = "Viet Nam’s Diplomacy";

export const SITE_DESCRIPTION =
  "A documentary edition of the annual reviews of Viet Nam’s diplomacy by the Minister of Foreign Affairs, as published in the Communist Review.";

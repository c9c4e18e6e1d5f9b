/**
 * The themes a reader can follow across the years, each assigned to passages by keywords.
 *
 * The rule: a passage (the lead, a paragraph, a numbered lesson or a note) belongs to a theme when
 * any of the theme's terms occurs in it as whole words, ignoring case. Terms are written as they
 * read; a space matches any run of whitespace or a hyphen, a trailing `s?` makes a plural optional,
 * and "Viet Nam" matches both spellings the reviews use ("Viet Nam", "Vietnam", and "Vietnamese"
 * when written "Viet Namese"). A section belongs to a theme when one of its passages does.
 *
 * Terms are chosen to find what the theme names and little else: "pandemic" belongs to health
 * because the reviews speak of it as a health matter; "sea" alone is safe as a whole word in them.
 */

export interface Theme {
  slug: string;
  name: string;
  /** One line for the themes page. */
  summary: string;
  /** The keywords, in the notation above. */
  terms: readonly string[];
}

export const THEMES: readonly Theme[] = [
  {
    slug: "vaccine-and-health-diplomacy",
    name: "Vaccine and health diplomacy",
    summary: "Vaccines, health cooperation and the COVID-19 pandemic.",
    terms: ["vaccines?", "vaccination", "health", "pandemic", "COVID-19", "epidemics?", "medicines?", "medical"],
  },
  {
    slug: "economic-diplomacy",
    name: "Economic diplomacy",
    summary: "Trade, investment, markets and free trade agreements.",
    terms: [
      "economic diplomacy",
      "trade",
      "investment",
      "exports?",
      "FTAs?",
      "free trade agreements?",
      "turnover",
      "GDP",
      "supply chains?",
      "markets?",
    ],
  },
  {
    slug: "united-nations",
    name: "The United Nations",
    summary: "The UN, its Security Council, General Assembly and agencies, and peacekeeping.",
    terms: [
      "United Nations",
      "UN",
      "Security Council",
      "General Assembly",
      "UNESCO",
      "Human Rights Council",
      "peacekeeping",
    ],
  },
  {
    slug: "asean",
    name: "ASEAN",
    summary: "The Association of Southeast Asian Nations and its parliamentary assembly.",
    terms: ["ASEAN", "AIPA"],
  },
  {
    slug: "bamboo-diplomacy",
    name: "“Bamboo” diplomacy",
    summary: "The identity of Viet Nam’s diplomacy, of which the bamboo is a symbol.",
    terms: ["bamboo"],
  },
  {
    slug: "citizen-protection",
    name: "Citizen protection and overseas Vietnamese",
    summary: "Protecting citizens abroad, bringing them home, and the Vietnamese diaspora.",
    terms: [
      "citizen protection",
      "citizens?",
      "overseas Viet Namese",
      "Viet Namese (?:people|diaspora)",
      "fishermen",
      "evacuation",
    ],
  },
  {
    slug: "borders-and-the-sea",
    name: "Borders and the sea",
    summary: "Land borders, territory, sovereignty and the sea.",
    terms: ["borders?", "borderlines?", "territorial", "territory", "sovereignty", "sea", "UNCLOS"],
  },
  {
    slug: "climate-and-green-growth",
    name: "Climate and green growth",
    summary: "Climate change, carbon neutrality and the green transition.",
    terms: ["climate", "carbon", "net zero", "green growth", "green transition"],
  },
  {
    slug: "culture-and-external-information",
    name: "Cultural diplomacy and external information",
    summary: "Culture, heritage, and the image of Viet Nam abroad.",
    terms: [
      "cultural diplomacy",
      "cultural heritages?",
      "documentary heritage",
      "external information",
      "image of Viet Nam",
    ],
  },
];

/** A term of the notation above as a regular expression source. */
export function termSource(term: string): string {
  return term.replace(/Viet Nam/g, "Viet\\s?Nam").replace(/ (?![^(]*\))/g, "[\\s-]+");
}

const patternCache = new Map<string, RegExp>();

/** One global, case-insensitive, word-bounded pattern for all of a theme's terms. */
export function themePattern(theme: Theme): RegExp {
  let pattern = patternCache.get(theme.slug);
  if (!pattern) {
    const alternatives = [...theme.terms].sort((a, b) => b.length - a.length).map(termSource);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
    patternCache.set(theme.slug, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** Where a theme's terms occur in a text, as [start, end) offsets, in order. */
export function themeMatches(text: string, theme: Theme): [number, number][] {
  return [...text.matchAll(themePattern(theme))].map((m) => [m.index, m.index + m[0].length]);
}

/** The themes a text belongs to, in the order of THEMES. */
export function themesOf(text: string): Theme[] {
  return THEMES.filter((theme) => belongsTo(text, theme));
}

/** Whether a text names one of a theme's terms: one pattern tried, not every theme's. */
export function belongsTo(text: string, theme: Theme): boolean {
  return themePattern(theme).test(text);
}

export function themeBySlug(slug: string): Theme | undefined {
  return THEMES.find((t) => t.slug === slug);
}

/** A term as a reader reads it in a keyword list: `vaccine(s)`, `Vietnamese people / diaspora`. */
export function termLabel(term: string): string {
  return term
    .replace(/s\?/g, "(s)")
    .replace(/\(\?:([^)]*)\)/g, (_, inner: string) => inner.split("|").join(" / "))
    .replace(/Viet Namese/g, "Vietnamese");
}

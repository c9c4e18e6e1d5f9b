import { MONTHS } from "../../../src/lib/calendar.ts";
import { ORDINALS } from "../../../src/lib/ordinals.ts";

/**
 * Words for synthetic reviews, in the register of the real ones, most frequent first (the random
 * picker favours the head of each list). No noun may be an abbreviation the importer's sentence
 * splitter knows (`art`, `no`, `vol` …), since a run-in point's first sentence can end on one.
 */
// prettier-ignore
export const NOUNS = [
  "diplomacy", "cooperation", "development", "relations", "partners", "position", "prestige",
  "integration", "security", "stability", "peace", "trust", "sovereignty", "resources", "policy",
  "environment", "economy", "recovery", "investment", "trade", "markets", "connectivity",
  "agreements", "dialogue", "negotiations", "solidarity", "consensus", "interests", "identity",
  "momentum", "landscape", "framework", "mechanisms", "institutions", "capacity", "innovation",
  "transformation", "growth", "supply chains", "infrastructure", "energy", "climate", "health",
  "vaccines", "education", "culture", "heritage", "tourism", "science", "technology", "research",
  "forecasting", "consultancy", "personnel", "training", "leadership", "coordination", "localities",
  "businesses", "citizens", "communities", "fishermen", "borders", "territory", "waters",
  "navigation", "disputes", "commitments", "obligations", "initiatives", "contributions",
  "responsibilities", "achievements", "landmarks", "outcomes", "challenges", "difficulties",
  "opportunities", "trends", "competition", "uncertainty", "tensions", "conflicts", "pandemics",
  "inflation", "exports", "imports", "remittances", "scholarships", "exchanges", "visits",
  "delegations", "consulates", "embassies", "protocols", "treaties", "charters", "resolutions",
  "directives", "conclusions", "strategies", "programmes", "roadmaps", "platforms", "networks",
  "standards", "indicators", "statistics", "forecasts", "assessments", "reforms", "legislation",
  "governance", "transparency", "accountability", "self-reliance", "independence", "neutrality",
  "multilateralism", "regionalism", "globalization", "digitalization", "automation", "logistics",
  "agriculture", "fisheries", "forestry", "textiles", "electronics", "semiconductors", "shipping",
  "aviation", "railways", "ports", "telecommunications", "broadcasting", "journalism", "archives",
  "museums", "festivals", "handicrafts", "cuisine", "literature", "translation", "linguistics",
] as const;

// prettier-ignore
export const ADJECTIVES = [
  "comprehensive", "proactive", "effective", "important", "strategic", "peaceful", "stable",
  "favorable", "sustainable", "inclusive", "international", "regional", "bilateral", "multilateral",
  "economic", "cultural", "political", "practical", "substantive", "consistent", "flexible",
  "creative", "synchronous", "modern", "professional", "traditional", "reliable", "responsible",
  "balanced", "open", "resilient", "steady", "prudent", "timely", "innovative", "digital", "green",
  "maritime", "coastal", "upland", "long-term", "short-term", "unprecedented", "complex",
  "unpredictable", "considerable", "remarkable", "notable", "constructive", "mutual", "equal",
  "transparent", "collective", "shared", "deeper", "broader", "renewed", "tangible", "measurable",
  "ambitious", "pragmatic", "careful", "patient", "orderly", "vigorous", "harmonious", "durable",
] as const;

/** Past tense, for what a review looks back on. */
// prettier-ignore
export const VERBS_PAST = [
  "strengthened", "promoted", "consolidated", "deepened", "expanded", "maintained", "fostered",
  "enhanced", "supported", "advanced", "renewed", "coordinated", "encouraged", "facilitated",
  "broadened", "secured", "reinforced", "upgraded", "accelerated", "improved", "sustained",
  "stimulated", "mobilized", "safeguarded", "clarified", "reviewed", "shaped", "widened",
  "restored", "launched", "hosted", "co-chaired", "signed", "ratified", "welcomed",
] as const;

/** Gerunds, for run-in points and the directions ahead. */
// prettier-ignore
export const GERUNDS = [
  "strengthening", "promoting", "consolidating", "deepening", "expanding", "maintaining",
  "fostering", "enhancing", "supporting", "advancing", "renewing", "coordinating", "encouraging",
  "facilitating", "broadening", "securing", "reinforcing", "upgrading", "accelerating", "improving",
  "sustaining", "mobilizing", "safeguarding", "modernizing", "perfecting",
] as const;

// prettier-ignore
export const AGENTS = [
  "the diplomatic sector", "the Ministry of Foreign Affairs", "Party and State leaders",
  "the Government", "overseas representative missions", "ministries and localities",
  "the National Assembly", "people-to-people organisations", "the foreign service",
  "economic diplomacy", "cultural diplomacy", "Party diplomacy", "parliamentary diplomacy",
] as const;

// prettier-ignore
export const ORGANISATIONS = [
  "ASEAN", "the United Nations", "APEC", "ASEM", "the Mekong Sub-region cooperation", "UNESCO",
  "the World Trade Organization", "the Non-Aligned Movement", "the Inter-Parliamentary Union",
  "the International Labour Organization", "the World Health Organization",
] as const;

// prettier-ignore
export const CONNECTIVES = [
  "Moreover", "In addition", "Notably", "Besides", "At the same time", "Furthermore", "As a result",
  "Consequently", "In particular", "Meanwhile", "Thereby", "Above all",
] as const;

// prettier-ignore
export const UNITS = [
  "billion USD", "million doses", "thousand citizens", "agreements", "high-level visits",
  "projects", "scholarships", "memoranda of understanding", "trade fairs", "delegations",
] as const;

/** Syllables for invented proper names: partner states, cities, forums, people. */
// prettier-ignore
export const SYLLABLES = [
  "ka", "lo", "ven", "ta", "ri", "mor", "sa", "del", "vi", "an", "tor", "ne", "lu", "ba", "quen",
  "ho", "mi", "ras", "te", "ol", "zan", "pe", "ur", "dro", "si", "mel", "ga", "nor", "e", "thal",
] as const;

/** The ordinals the synthetic reviews number their points with: the series' own, up to seven. */
export const ORDINAL_WORDS = ORDINALS.slice(0, 7);

export const MONTH_NAMES = MONTHS;

// prettier-ignore
export const WEEKDAY_NAMES = [
  "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
] as const;

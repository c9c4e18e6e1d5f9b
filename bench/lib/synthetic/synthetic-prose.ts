import type { SeededRandom } from "./seeded-random.ts";
import {
  ADJECTIVES,
  AGENTS,
  CONNECTIVES,
  GERUNDS,
  MONTH_NAMES,
  NOUNS,
  ORGANISATIONS,
  SYLLABLES,
  UNITS,
  VERBS_PAST,
} from "./synthetic-vocabulary.ts";

/**
 * Sentences in the register of the reviews, from templates and word lists. Each article invents
 * its own proper names, so that a corpus's vocabulary grows with its years as a real one would,
 * and the search index grows with it.
 */
export interface InventedNames {
  partners: readonly string[];
  cities: readonly string[];
  forums: readonly string[];
  people: readonly string[];
}

export function inventName(random: SeededRandom, syllables = random.int(2, 3)): string {
  let name = "";
  for (let index = 0; index < syllables; index += 1) name += random.pickUniform(SYLLABLES);
  return capitalise(name);
}

export function inventNames(random: SeededRandom): InventedNames {
  const many = (count: number, make: () => string): string[] => Array.from({ length: count }, make);
  return {
    partners: many(
      random.int(5, 9),
      () => `${random.pickUniform(["the Republic of ", "", "", "the Kingdom of "])}${inventName(random)}`,
    ),
    cities: many(random.int(3, 6), () => inventName(random)),
    forums: many(random.int(2, 4), () => `${inventName(random)} Forum`),
    people: many(random.int(2, 5), () => `${inventName(random, 2)} ${inventName(random)}`),
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function ordinalSuffix(number: number): string {
  const tens = number % 100;
  if (tens >= 11 && tens <= 13) return `${number}th`;
  return `${number}${["th", "st", "nd", "rd"][number % 10] ?? "th"}`;
}

/** Builds sentences for one article of one year. */
export function proseWriter(random: SeededRandom, year: number, names: InventedNames) {
  const noun = () => random.pick(NOUNS);
  const adjective = () => random.pick(ADJECTIVES);
  const past = () => random.pick(VERBS_PAST);
  const gerund = () => random.pick(GERUNDS);
  const agent = () => random.pick(AGENTS);
  const organisation = () => random.pick(ORGANISATIONS);
  const partner = () => random.pickUniform(names.partners);
  const city = () => random.pickUniform(names.cities);
  const forum = () => random.pickUniform(names.forums);
  const person = () => random.pickUniform(names.people);

  const lookingBack: readonly (() => string)[] = [
    () =>
      `${capitalise(agent())} ${past()} ${adjective()} ${noun()} with ${partner()}, ${gerund()} ${noun()} in ${noun()} and ${noun()}.`,
    () =>
      `${random.pick(CONNECTIVES)}, ${agent()} ${past()} the ${adjective()} ${noun()} of ${noun()}, which ${past()} ${noun()} across ${organisation()}.`,
    () =>
      `In ${random.pickUniform(MONTH_NAMES)} ${year}, the ${ordinalSuffix(random.int(2, 60))} ${forum()} in ${city()} ${past()} ${adjective()} ${noun()} and ${adjective()} ${noun()}.`,
    () =>
      `${capitalise(noun())} with ${partner()} reached ${random.int(2, 900)} ${random.pick(UNITS)}, ${random.int(2, 40)} percent more than in ${year - 1}.`,
    () => `Thanks to ${adjective()} ${noun()}, ${agent()} ${past()} ${noun()} and ${noun()} at ${organisation()}.`,
    () =>
      `Minister ${person()} of ${partner()} and ${agent()} ${past()} ${adjective()} ${noun()} during talks in ${city()}.`,
    () =>
      `The ${adjective()} ${noun()} of ${noun()}, ${noun()} and ${noun()} remained ${adjective()} amid ${adjective()} ${noun()}.`,
    () =>
      `${capitalise(organisation())} and ${partner()} ${past()} ${noun()}, while ${agent()} ${past()} the ${noun()} of ${adjective()} ${noun()}.`,
  ];
  const lookingAhead: readonly (() => string)[] = [
    () => `${capitalise(agent())} will continue ${gerund()} ${adjective()} ${noun()} and ${noun()} with ${partner()}.`,
    () =>
      `It is necessary to focus on ${gerund()} ${noun()}, ${gerund()} ${noun()} and ${gerund()} ${adjective()} ${noun()}.`,
    () =>
      `${random.pick(CONNECTIVES)}, ${adjective()} ${noun()} will be combined with ${adjective()} ${noun()} to serve ${noun()} by ${year + random.int(3, 25)}.`,
    () =>
      `Efforts will be made to deepen ${noun()} with ${partner()} and to take part in ${organisation()} with ${adjective()} ${noun()}.`,
  ];

  const sentences = (templates: readonly (() => string)[], count: number): string => {
    const out: string[] = [];
    for (let index = 0; index < count; index += 1) out.push(random.pickUniform(templates)());
    return out.join(" ");
  };

  return {
    /** A paragraph looking back on the year. */
    pastParagraph: (count: number) => sentences(lookingBack, count),
    /** A paragraph on the tasks ahead. */
    futureParagraph: (count: number) => sentences([...lookingAhead, ...lookingBack.slice(0, 2)], count),
    /** A short line with no closing punctuation, as the publisher prints section headings. */
    heading: () =>
      random.pickUniform([
        () => `${capitalise(adjective())} ${noun()} and ${adjective()} ${noun()} in ${year}`,
        () => `${capitalise(noun())} for ${adjective()} ${noun()}`,
        () => `Building ${adjective()}, ${adjective()} and ${adjective()} ${noun()} in the new period`,
      ])(),
    /** `First, …` as a one-sentence point, which the importer makes a point heading. */
    standalonePoint: (ordinal: string) =>
      `${ordinal}, ${adjective()} ${noun()} ${past()} ${noun()} for ${noun()} and ${noun()}.`,
    /** `Firstly, …`: a first sentence that the importer sets in bold, then the paragraph runs in. */
    runInPoint: (ordinal: string, count: number, ahead: boolean) =>
      `${ordinal}ly, ${gerund()} the ${adjective()} ${noun()} of ${noun()} for ${noun()}. ` +
      (ahead ? sentences(lookingAhead, count) : sentences(lookingBack, count)),
    lesson: () =>
      `${capitalise(gerund())} ${adjective()} ${noun()} and ${gerund()} ${noun()}, while ${gerund()} ${adjective()} ${noun()} in the face of ${adjective()} ${noun()}.`,
    caption: () =>
      `${capitalise(agent())} receiving a delegation from ${partner()} in ${city()} during the ${forum()} (synthetic caption, no photograph exists)`,
    note: () =>
      random.pickUniform([
        () =>
          `Synthetic note: in ${year}, ${agent()} took part in ${random.int(3, 90)} ${random.pick(UNITS)} with ${partner()}.`,
        () =>
          `Synthetic note: ${inventName(random)} Publishing House, ${city()}, ${year}, Vol. I, p.p ${random.int(10, 200)} - ${random.int(201, 400)}`,
        () => `Synthetic note: the ${forum()} was held in ${city()} in ${random.pickUniform(MONTH_NAMES)} ${year}.`,
      ])(),
  };
}

export type ProseWriter = ReturnType<typeof proseWriter>;

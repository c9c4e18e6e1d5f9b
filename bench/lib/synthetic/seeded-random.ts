/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence on
 * every machine and Node version, so a synthetic corpus is reproducible byte for byte.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** An element, the first ones more likely (a rough Zipf curve, as in real prose). */
  pick<T>(items: readonly T[]): T;
  /** An element, each equally likely. */
  pickUniform<T>(items: readonly T[]): T;
  /** True with the given probability. */
  chance(probability: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[Math.min(index, items.length - 1)];
    if (item === undefined) throw new RangeError("cannot pick from an empty list");
    return item;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => at(items, Math.floor(items.length * next() ** 1.6)),
    pickUniform: (items) => at(items, Math.floor(items.length * next())),
    chance: (probability) => next() < probability,
  };
}

/** A seed for one year of a corpus, so that each article is independent of how many come before. */
export function seedFor(corpusSeed: number, year: number): number {
  let hash = (corpusSeed ^ 0x9e3779b9) >>> 0;
  hash = Math.imul(hash ^ year, 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** What a comparison page says of its pair, the same on a built page and one made in the browser. */

export function pairTitle(older: number, newer: number): string {
  return `${older} and ${newer} compared`;
}

export function pairHeading(older: number, newer: number): string {
  return `${older} and ${newer}, part by part`;
}

export function pairIntro(older: number, newer: number): string {
  return (
    `The reviews of ${older} and ${newer} follow the same course: the world situation, the year’s results point by point, ` +
    "the lessons drawn, and the tasks ahead. Here they stand side by side, in their own words; every line links to its place in the review."
  );
}

export function pairDescription(older: number, newer: number): string {
  return `The Minister of Foreign Affairs’ reviews of ${older} and ${newer} side by side: the world situation, the year’s results, the lessons and the tasks ahead.`;
}

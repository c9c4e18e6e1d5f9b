/**
 * One page of each kind the site builds, as a reader reaches it; the layout-shift test and the
 * benchmark go through the same list, so a new kind of page is measured by both once it is added
 * here. Every corpus the bench builds holds the two real reviews, so these paths exist at any size.
 */
export interface PageKind {
  /** What a reader would call the page. */
  kind: string;
  /** Path from the site's root, with the trailing slash the site's addresses use. */
  path: string;
  /** Scored by Lighthouse in the benchmark (the six kinds issue 10 names; the others share their layout). */
  lighthouse: boolean;
}

export const PAGE_KINDS: readonly PageKind[] = [
  { kind: "home", path: "/", lighthouse: true },
  { kind: "year", path: "/2021/", lighthouse: true },
  { kind: "search", path: "/search/", lighthouse: true },
  { kind: "compare index", path: "/compare/", lighthouse: false },
  { kind: "compare pair", path: "/compare/2021/2022/", lighthouse: true },
  { kind: "figures", path: "/figures/", lighthouse: true },
  { kind: "themes", path: "/themes/", lighthouse: true },
  { kind: "a theme", path: "/themes/bamboo-diplomacy/", lighthouse: false },
  { kind: "index of names", path: "/index/", lighthouse: false },
  { kind: "an index entry", path: "/index/nguyen-phu-trong/", lighthouse: false },
];

/** The articles of the series already known, so that their original address needs no option. */
export interface KnownSource {
  publication: string;
  issue: number;
  /** Where the article was published online. */
  url: string;
}

export const KNOWN_SOURCES: readonly KnownSource[] = [
  {
    publication: "Communist Review",
    issue: 984,
    url: "https://tapchicongsan.org.vn/web/english/international/detail/-/asset_publisher/ZeaSwtFJtMgN/content/viet-nam-s-diplomatic-highlights-in-2021-pioneering-proactivity-enthusiasm-and-creativity-for-national-development-and-defense",
  },
  {
    publication: "Communist Review",
    issue: 1006,
    url: "https://en.tapchicongsan.org.vn/web/english/international/detail/-/asset_publisher/ZeaSwtFJtMgN/content/vietnam-s-2022-diplomatic-landmarks",
  },
];

export function findKnownSourceUrl(publication: string, issue: number): string | undefined {
  return KNOWN_SOURCES.find((source) => source.publication === publication && source.issue === issue)?.url;
}

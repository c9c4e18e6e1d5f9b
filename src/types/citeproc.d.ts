// citeproc (citeproc-js) ships no types; this is the part of its API the build's citations use.
declare module "citeproc" {
  interface CiteItem {
    id: string;
    locator?: string;
    label?: string;
    /** CSL.POSITION_FIRST (0) or CSL.POSITION_SUBSEQUENT (1). */
    position?: number;
  }
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: "html" | "text" | "rtf"): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    makeCitationCluster(items: CiteItem[]): string;
  }
  const CSL: { Engine: typeof Engine; POSITION_FIRST: number; POSITION_SUBSEQUENT: number };
  export default CSL;
}

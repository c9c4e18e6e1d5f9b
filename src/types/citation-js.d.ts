// citation-js ships no types; this is the part the round-trip tests use (parse RIS or BibTeX into CSL-JSON).
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: string);
    data: unknown[];
  }
}
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-bibtex";

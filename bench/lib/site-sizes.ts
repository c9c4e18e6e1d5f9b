import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Bytes on disk of what a build produced, as a host would store it (uncompressed). */
export interface SiteSizes {
  distBytes: number;
  /** The whole `pagefind/` folder: index, runtime (JS, WebAssembly) and the unused UI bundles. */
  pagefindBytes: number;
  /** The index proper: `index/`, `fragment/`, `filter/` chunks and the `.pf_meta` files. */
  pagefindIndexBytes: number;
  pagefindFiles: number;
  /** Every web font file the build wrote (the subset Literata faces), path from dist/ and bytes. */
  fontFiles: { path: string; bytes: number }[];
  /** The exports (src/lib/exports/): each review's EPUB and TEI, and the whole edition's EPUB. */
  exports: ExportSizes;
}

/** Bytes of one format over the reviews: how many files, their mean and the largest. */
export interface FormatSizes {
  files: number;
  meanBytes: number;
  maxBytes: number;
}

export interface ExportSizes {
  epub: FormatSizes;
  tei: FormatSizes;
  editionEpubBytes: number;
}

function formatSizes(files: readonly { bytes: number }[]): FormatSizes {
  return {
    files: files.length,
    meanBytes: files.length > 0 ? Math.round(sum(files) / files.length) : 0,
    maxBytes: Math.max(0, ...files.map(({ bytes }) => bytes)),
  };
}

function filesUnder(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { file, bytes: statSync(file).size };
    });
}

const sum = (files: readonly { bytes: number }[]): number => files.reduce((total, { bytes }) => total + bytes, 0);

export function measureSiteSizes(distDir: string): SiteSizes {
  const pagefindDir = path.join(distDir, "pagefind");
  const pagefindFiles = filesUnder(pagefindDir);
  const index = pagefindFiles.filter(({ file }) => {
    const relative = path.relative(pagefindDir, file);
    return /^(index|fragment|filter)[\\/]/.test(relative) || relative.endsWith(".pf_meta");
  });
  const files = filesUnder(distDir);
  const topLevel = (name: RegExp) => files.filter(({ file }) => name.test(path.relative(distDir, file)));
  return {
    distBytes: sum(files),
    pagefindBytes: sum(pagefindFiles),
    pagefindIndexBytes: sum(index),
    pagefindFiles: pagefindFiles.length,
    exports: {
      epub: formatSizes(topLevel(/^\d{4}\.epub$/)),
      tei: formatSizes(topLevel(/^\d{4}\.xml$/)),
      editionEpubBytes: sum(topLevel(/^edition\.epub$/)),
    },
    fontFiles: files
      .filter(({ file }) => file.endsWith(".woff2"))
      .map(({ file, bytes }) => ({ path: path.relative(distDir, file), bytes }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  };
}

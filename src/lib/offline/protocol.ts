/**
 * What the page and the service worker say to each other (src/scripts/offline/worker/). Plain data
 * only, so this file reads the same in a window and in the worker.
 */

/** One file of the kept edition: its address (with the base), Workbox's revision and its size in bytes. */
export interface EditionFile {
  url: string;
  revision: string | null;
  size: number;
}

/** `offline/edition.<build>.json`: every file a kept edition holds, written by the build. */
export interface EditionList {
  build: string;
  files: EditionFile[];
}

/** What the build tells the worker (esbuild's `define`): nothing here costs a reader a download. */
export interface WorkerConfig {
  /** The build's id: a hash of every kept file's revision, so any change makes a new worker. */
  build: string;
  /** The site's base path, e.g. `/` or `/diplomacy/`: the worker's scope and all it will cache. */
  base: string;
  /** The address of the edition list, fetched only when a reader keeps the edition. */
  editionList: string;
  /** The kept edition's size in bytes and files, stated before the reader downloads it. */
  bytes: number;
  files: number;
  /** The page shown for a page never opened when the network fails, precached with what it links. */
  offlinePage: string;
  shell: { url: string; revision: string | null }[];
}

export type OfflineRequest = { type: "status" } | { type: "keep" } | { type: "remove" } | { type: "skip-waiting" };

/** Answers, sent back over the MessageChannel port the request came with. */
export type OfflineReply =
  | { type: "status"; build: string; bytes: number; files: number; keptAt: string | null }
  | { type: "progress"; done: number; total: number; bytesDone: number; bytesTotal: number }
  | { type: "kept"; keptAt: string }
  | { type: "removed" }
  | { type: "failed"; reason: string };

/** The Server-Timing metric a page served from the worker's caches carries (its description: when it was kept). */
export const FROM_CACHE_METRIC = "offline-copy";
/** The header on every cached copy saying when it was stored (ISO 8601). */
export const KEPT_AT_HEADER = "x-offline-kept-at";

/// <reference lib="webworker" />
/**
 * The kept edition: every file of one build in one cache, `edition-<build>`, with a record of when it
 * was kept. It is written whole or not at all (a failed download deletes what it had), so a reader
 * never has half of one build and half of another.
 */
import type { EditionList, OfflineReply, WorkerConfig } from "../../../lib/offline/protocol.ts";
import { KEPT_AT_HEADER } from "../../../lib/offline/protocol.ts";

declare const __OFFLINE_CONFIG__: WorkerConfig;
const config = __OFFLINE_CONFIG__;

/** Files fetched at once while keeping: enough to fill a phone's connection, few enough to be polite. */
const PARALLEL_DOWNLOADS = 6;
const EDITION_PREFIX = "edition-";
/** Where, inside the edition's cache, the record of when it was kept lives (never a real page). */
const RECORD_URL = new URL(`${config.base}offline/kept.json`, self.location.origin).href;

interface KeptRecord {
  build: string;
  keptAt: string;
}

export const editionCacheName = (build: string) => `${EDITION_PREFIX}${build}`;

/** A copy of a response with the time it was kept, for the "Offline — the copy kept on …" notice. */
export function stamped(response: Response, keptAt = new Date().toISOString()): Response {
  const headers = new Headers(response.headers);
  headers.set(KEPT_AT_HEADER, keptAt);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** This build's kept copy of an address, if the reader kept the edition. */
export async function keptCopy(url: string): Promise<Response | undefined> {
  return caches.match(url, { cacheName: editionCacheName(config.build) });
}

/** When the edition was kept, by this build or (when a new worker installs) by any earlier one. */
export async function keptRecord(): Promise<KeptRecord | undefined> {
  const names = (await caches.keys()).filter((name) => name.startsWith(EDITION_PREFIX));
  const own = editionCacheName(config.build);
  for (const name of [own, ...names.filter((n) => n !== own)]) {
    const record = await caches.match(RECORD_URL, { cacheName: name });
    if (record) return (await record.json()) as KeptRecord;
  }
  return undefined;
}

export async function deleteKept(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith(EDITION_PREFIX)) await caches.delete(name);
}

async function editionList(): Promise<EditionList> {
  const response = await fetch(config.editionList, { cache: "no-cache" });
  if (response.status !== 200)
    throw new Error(
      `the list of the edition's files answered ${response.status}: a newer version may have been published; reload the page and try again`,
    );
  const list = (await response.json()) as EditionList;
  if (list.build !== config.build) throw new Error("the list of the edition's files belongs to another version");
  return list;
}

/** Downloads the whole edition of this build into its cache, reporting progress; resolves to when it was kept. */
export async function keep(report: (message: OfflineReply) => void = () => {}): Promise<string> {
  const name = editionCacheName(config.build);
  await caches.delete(name);
  try {
    const list = await editionList();
    const cache = await caches.open(name);
    const keptAt = new Date().toISOString();
    const queue = [...list.files];
    const total = list.files.length;
    const bytesTotal = list.files.reduce((sum, file) => sum + file.size, 0);
    let done = 0;
    let bytesDone = 0;
    const downloader = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const response = await fetch(file.url, { cache: "no-cache" });
        if (response.status !== 200 || response.type !== "basic" || response.redirected)
          throw new Error(`${file.url} answered ${response.status}${response.redirected ? " (redirected)" : ""}`);
        await cache.put(file.url, stamped(response, keptAt));
        done += 1;
        bytesDone += file.size;
        report({ type: "progress", done, total, bytesDone, bytesTotal });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, downloader));
    const record: KeptRecord = { build: config.build, keptAt };
    await cache.put(
      RECORD_URL,
      new Response(JSON.stringify(record), { headers: { "content-type": "application/json" } }),
    );
    return keptAt;
  } catch (error) {
    await caches.delete(name);
    throw error;
  }
}

/// <reference lib="webworker" />
/**
 * The edition's service worker, bundled by src/integrations/offline-worker.ts after Pagefind has
 * written its index. Pages network-first with a short timeout, hashed files cache-first, and only
 * 200 responses from the edition's own origin and base; the whole edition is downloaded only when a
 * reader asks (kept-edition.ts). Every cache but the hashed files' is named by the build, so a new
 * build never mixes with an old one.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { CacheableResponsePlugin } from "workbox-cacheable-response";
import { ExpirationPlugin } from "workbox-expiration";
import type { WorkboxPlugin } from "workbox-core";
import { HASHED_FOLDERS } from "../../../lib/deploy/headers.ts";
import type { OfflineReply, OfflineRequest, WorkerConfig } from "../../../lib/offline/protocol.ts";
import { FROM_CACHE_METRIC, KEPT_AT_HEADER } from "../../../lib/offline/protocol.ts";
import { deleteKept, editionCacheName, keep, keptCopy, keptRecord, stamped } from "./kept-edition.ts";

declare const self: ServiceWorkerGlobalScope;
declare const __OFFLINE_CONFIG__: WorkerConfig;
const config = __OFFLINE_CONFIG__;

/** A network that has not answered in this long is treated as gone: the kept copy is shown. */
const NETWORK_TIMEOUT_SECONDS = 3;
const PAGES = `pages-${config.build}`;
const FILES = `files-${config.build}`;
const HASHED = "hashed-files";

const inEdition = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(config.base);
const isHashed = (url: URL) => HASHED_FOLDERS.some((folder) => url.pathname.startsWith(`${config.base}${folder}`));

/** Only a 200 is kept; and only first hand (no redirect, nothing opaque), stamped with when. */
const only200 = new CacheableResponsePlugin({ statuses: [200] });
const firstHandStamped: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.type === "basic" && !response.redirected ? stamped(response) : null,
};

/** One copy per page, whatever its query (`/search/?q=…`, `?highlight=…`, Pagefind's `?ts=`). */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = "";
    return url.href;
  },
};

/** Served from a cache, the kept edition's copy comes first: it is this build's, whole. */
const keptFirst: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => (await keptCopy(request.url)) ?? cachedResponse,
};

/** A page from a cache says so, with the day it was kept (read by the page from Server-Timing). */
const markedFromCache: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return null;
    const headers = new Headers(cachedResponse.headers);
    const keptAt = headers.get(KEPT_AT_HEADER) ?? "";
    headers.set("server-timing", `${FROM_CACHE_METRIC};desc="${keptAt}"`);
    return new Response(cachedResponse.body, { status: 200, statusText: "OK", headers });
  },
};

const pages = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [withoutQuery, only200, firstHandStamped, keptFirst, markedFromCache],
});
const files = new NetworkFirst({
  cacheName: FILES,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [withoutQuery, only200, firstHandStamped, keptFirst],
});
const hashed = new CacheFirst({
  cacheName: HASHED,
  plugins: [only200, firstHandStamped, keptFirst, new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true })],
});

// The offline page and what it links: the only files fetched without the reader opening them.
precacheAndRoute(config.shell);
cleanupOutdatedCaches();

registerRoute(
  ({ request, url }) => request.mode === "navigate" && inEdition(url),
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return (await matchPrecache(config.offlinePage)) ?? Response.error();
    }
  },
);
registerRoute(({ request, url }) => request.method === "GET" && inEdition(url) && isHashed(url), hashed);
registerRoute(({ request, url }) => request.method === "GET" && inEdition(url), files);

self.addEventListener("install", (event) => {
  // A reader who kept the edition gets the new build's whole edition before the new worker may take over.
  event.waitUntil(keptRecord().then((kept) => (kept ? keep() : undefined)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set([PAGES, FILES, HASHED, editionCacheName(config.build)]);
      const ours = /^(pages|files|edition)-/;
      for (const name of await caches.keys()) if (ours.test(name) && !current.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const request = event.data as OfflineRequest;
  const port = event.ports[0];
  const reply = (message: OfflineReply) => port?.postMessage(message);
  const failed = (error: unknown) =>
    reply({ type: "failed", reason: error instanceof Error ? error.message : String(error) });
  switch (request.type) {
    case "status":
      event.waitUntil(
        keptRecord().then((kept) =>
          reply({
            type: "status",
            build: config.build,
            bytes: config.bytes,
            files: config.files,
            keptAt: kept?.keptAt ?? null,
          }),
        ),
      );
      break;
    case "keep":
      event.waitUntil(keep(reply).then((keptAt) => reply({ type: "kept", keptAt }), failed));
      break;
    case "remove":
      event.waitUntil(deleteKept().then(() => reply({ type: "removed" }), failed));
      break;
    case "skip-waiting":
      void self.skipWaiting();
      break;
  }
});

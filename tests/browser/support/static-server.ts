import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { HASHED_FOLDERS, IMMUTABLE_CACHE } from "../../../src/lib/deploy/headers.ts";
import { READER_PREFIX, RECORDER_PATH, RECORDER_SCRIPT, framePage } from "./engines/reader-page.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
};

export interface ReaderOptions {
  /**
   * For the engine-neutral tests (support/engines/): every page first runs a script recording its
   * errors, and `/__reader__/frame.html` frames a page at a given size. Same origin, so the site's CSP
   * (script-src 'self') lets the recorder run.
   */
  forReaders?: boolean;
}

/**
 * Serves a built site as a static host would: `/2021/` → `2021/index.html`, unknown → `404.html`.
 * With `mount` (e.g. `/sub-path-test/`) the site is served under that path only, as a GitHub Pages
 * project site is; anything outside it is the host's bare 404.
 */
export async function serveStatic(
  root: string,
  port = 0,
  mount = "/",
  { forReaders = false }: ReaderOptions = {},
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = decodeURIComponent(url.pathname);
    if (forReaders && path.startsWith(READER_PREFIX)) {
      const script = path === RECORDER_PATH;
      res.writeHead(200, { "content-type": TYPES[script ? ".js" : ".html"] });
      res.end(script ? RECORDER_SCRIPT : framePage(url));
      return;
    }
    if (!path.startsWith(mount)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Not found: outside ${mount}`);
      return;
    }
    const safe = normalize(path.slice(mount.length - 1)).replace(/^(\.\.[/\\])+/, "");
    let file = join(root, safe);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      // The files whose names carry their content's hash are cached as the site's headers say
      // (src/lib/deploy/headers.ts), so that a tab going from page to page reads them once, as a
      // reader's browser does; pages are fetched each time.
      const hashed = HASHED_FOLDERS.some((folder) => path.startsWith(`${mount}${folder}`));
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        ...(hashed ? { "cache-control": IMMUTABLE_CACHE } : {}),
      });
      res.end(forReaders && extname(file) === ".html" ? withRecorder(body) : body);
    } catch {
      const notFound = await readFile(join(root, "404.html")).catch(() => Buffer.from("Not found"));
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(forReaders ? withRecorder(notFound) : notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { server, origin: `http://127.0.0.1:${actual}` };
}

/** The page with the error recorder as its first script, right after `<head>`. */
function withRecorder(html: Buffer): string {
  return html.toString("utf8").replace(/<head[^>]*>/, (head) => `${head}<script src="${RECORDER_PATH}"></script>`);
}

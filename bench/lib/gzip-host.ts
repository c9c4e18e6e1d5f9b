import { createServer, request, type IncomingHttpHeaders } from "node:http";
import { gzipSync } from "node:zlib";
import { serveStatic } from "../../tests/browser/support/static-server.ts";

/** Text a host would gzip on the wire; fonts, images and Pagefind's own gzipped chunks go as they are. */
export function isCompressible(contentType: string | undefined): boolean {
  return /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/.test(contentType ?? "");
}

/** Bytes on the wire: gzip at zlib's default level for text, raw for the rest. */
export function wireBytes(body: Uint8Array, contentType: string | undefined): number {
  return isCompressible(contentType) ? gzipSync(body).byteLength : body.byteLength;
}

/**
 * The test harness's static server behind a proxy that gzips text, as any static host does, so
 * that Lighthouse sees the transfer sizes a reader would get rather than uncompressed files.
 */
export async function serveLikeAHost(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const inner = await serveStatic(root);
  const innerUrl = new URL(inner.origin);
  const outer = createServer((req, res) => {
    const upstream = request(
      {
        host: innerUrl.hostname,
        port: innerUrl.port,
        path: req.url,
        method: req.method,
        headers: { host: innerUrl.host },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          const headers: IncomingHttpHeaders = { ...response.headers };
          delete headers["content-length"];
          const gzip =
            isCompressible(headers["content-type"]) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
          const sent = gzip ? gzipSync(body) : body;
          res.writeHead(response.statusCode ?? 500, {
            ...headers,
            "content-length": String(sent.byteLength),
            ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
          });
          res.end(sent);
        });
      },
    );
    upstream.on("error", (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    upstream.end();
  });
  await new Promise<void>((resolve) => outer.listen(0, "127.0.0.1", resolve));
  const address = outer.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((done) => outer.close(done));
      await new Promise((done) => inner.server.close(done));
    },
  };
}

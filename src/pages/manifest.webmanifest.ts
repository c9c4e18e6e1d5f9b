import { webManifest } from "../lib/offline/web-manifest.ts";

/** `manifest.webmanifest`: so that the edition can be put on a phone's home screen (src/lib/offline/). */
export function GET() {
  return new Response(`${JSON.stringify(webManifest(), null, 2)}\n`, {
    headers: { "Content-Type": "application/manifest+json" },
  });
}

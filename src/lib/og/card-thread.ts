import { parentPort } from "node:worker_threads";
import { drawOgImage, type OgCard } from "./og-image.ts";

/**
 * The worker thread that draws the Open Graph cards (drawn-cards.ts starts it): a card in, its PNG
 * or the error out, with the request's number. Run by Node itself, not bundled: nothing here or in
 * og-image.ts may need Vite.
 */
export interface CardRequest {
  id: number;
  card: OgCard;
}
export type CardReply = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("card-thread.ts runs as a worker thread (src/lib/og/drawn-cards.ts starts it)");
// One card at a time: the thread is to take one core, and the pages keep the other.
let queue = Promise.resolve();
port.on("message", ({ id, card }: CardRequest) => {
  queue = queue.then(() =>
    drawOgImage(card).then(
      (png) => port.postMessage({ id, png } satisfies CardReply),
      (error: unknown) =>
        port.postMessage({
          id,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies CardReply),
    ),
  );
});

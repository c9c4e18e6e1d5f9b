import { Worker } from "node:worker_threads";
import type { CardReply, CardRequest } from "./card-thread.ts";
import type { OgCard } from "./og-image.ts";

/** card-thread.ts's path, set by astro.config.mjs (Vite's `define`): Node runs it as it is. */
declare const __OG_CARD_THREAD__: string;

/**
 * The Open Graph cards as the build gets them: each drawn once (the EPUBs' covers are the same
 * cards), in a worker thread, so that laying a card out (satori), drawing it (resvg) and encoding
 * it (sharp) use the second core while the pages render on the first. The card route asks for every
 * card as soon as it lists them (drawCardsAhead), before the pages render: at 100 years (117
 * cards) the build went from 57.5 to 53.8 s.
 */
const drawn = new Map<string, Promise<Buffer>>();
const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void; card: OgCard }>();
let thread: Worker | undefined;
let requests = 0;

export function renderOgImage(card: OgCard): Promise<Buffer> {
  const key = JSON.stringify(card);
  let png = drawn.get(key);
  if (!png) {
    png = draw(card);
    drawn.set(key, png);
  }
  return png;
}

/** Starts drawing the cards; each is fetched later with renderOgImage, which reports its error. */
export function drawCardsAhead(cards: readonly OgCard[]): void {
  for (const card of cards) renderOgImage(card).catch(() => undefined);
}

function draw(card: OgCard): Promise<Buffer> {
  const worker = (thread ??= startThread());
  const id = ++requests;
  // The thread keeps the build alive only while a card is being drawn.
  if (waiting.size === 0) worker.ref();
  return new Promise<Buffer>((resolve, reject) => {
    waiting.set(id, { resolve, reject, card });
    worker.postMessage({ id, card } satisfies CardRequest);
  });
}

function startThread(): Worker {
  const worker = new Worker(__OG_CARD_THREAD__);
  worker.on("message", (reply: CardReply) => {
    const request = waiting.get(reply.id);
    if (!request) return;
    waiting.delete(reply.id);
    if (waiting.size === 0) worker.unref();
    if ("error" in reply)
      request.reject(new Error(`The Open Graph card of "${request.card.path}" could not be drawn: ${reply.error}`));
    else request.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
  });
  const failAll = (error: Error) => {
    for (const { reject, card } of waiting.values())
      reject(new Error(`The Open Graph card of "${card.path}" could not be drawn: ${error.message}`));
    waiting.clear();
    thread = undefined;
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => {
    if (waiting.size > 0) failAll(new Error(`the card thread (src/lib/og/card-thread.ts) exited with ${code}`));
  });
  return worker;
}

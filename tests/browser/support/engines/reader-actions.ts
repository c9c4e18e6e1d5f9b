import { afterAll, beforeAll, expect } from "vitest";
import { launchEngine } from "./launch.ts";
import type { Engine, EngineName, Reader, ViewportSize } from "./reader.ts";

/** Starts `name` for the tests of the enclosing describe, and says which version ran. */
export function useEngine(name: EngineName): () => Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await launchEngine(name);
    console.info(`${name}: ${engine.version}`);
  });
  afterAll(async () => {
    await engine?.quit();
  });
  return () => {
    if (!engine) throw new Error(`${name} did not start`);
    return engine;
  };
}

/** Opens `path` at `size` in a fresh tab, runs `use`, then checks the page recorded no error. */
export async function reading(
  engine: Engine,
  size: ViewportSize,
  path: string,
  use: (reader: Reader) => Promise<void>,
): Promise<void> {
  const reader = await engine.open(size);
  try {
    await reader.goto(path);
    // A web font arriving later reflows the text: a point measured before it could miss its element.
    await reader.run(() => document.fonts.ready.then(() => true));
    await use(reader);
    expect(await reader.errors()).toEqual([]);
  } finally {
    await reader.close();
  }
}

/** The centre of the `index`th element matching `selector`, in viewport coordinates. */
export async function centreOf(reader: Reader, selector: string, index = 0): Promise<{ x: number; y: number }> {
  const centre = await reader.run(
    (sel, i) => {
      const box = document.querySelectorAll(sel)[i]?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    },
    selector,
    index,
  );
  if (!centre) throw new Error(`nothing matches ${selector} (#${index})`);
  return centre;
}

/** A click where a reader would click: the middle of the element. */
export async function clickOn(reader: Reader, selector: string, index = 0): Promise<void> {
  const { x, y } = await centreOf(reader, selector, index);
  await reader.clickAt(x, y);
}

export const focusedId = (reader: Reader): Promise<string> => reader.run(() => document.activeElement?.id ?? "");

/** The bottom edge of the sticky site header, in viewport coordinates. */
export const headerBottom = (reader: Reader): Promise<number> =>
  reader.run(() => document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0);

export const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

import { describe, expect, test } from "vitest";
import { ENGINE_NAMES, type Reader } from "../support/engines/reader.ts";
import { headerBottom, pause, reading, useEngine } from "../support/engines/reader-actions.ts";

const SIZES = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
];

/** Where the element the address names sits, once the page has settled on it. */
const target = (reader: Reader) =>
  reader.run(() => {
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    return el ? { top: el.getBoundingClientRect().top, targeted: el.matches(":target"), height: innerHeight } : null;
  });

describe.each(ENGINE_NAMES)("deep links in %s", (name) => {
  const engine = useEngine(name);

  describe.each(SIZES)("at $width px", (size) => {
    test.each(["#p-12", "#viet-nams-diplomatic-highlights-in-2021", "#note-1"])(
      "loading /2021/%s lands its target in view, just under the sticky header",
      (hash) =>
        reading(engine(), size, `/2021/${hash}`, async (reader) => {
          const header = await headerBottom(reader);
          await expect.poll(async () => (await target(reader))?.targeted ?? false).toBe(true);
          // Where the page settles: fonts and scripts may still move it just after load.
          const inPlace = (top: number | undefined) => top !== undefined && top >= header - 1 && top <= header + 48;
          let landed = await target(reader);
          for (let waited = 0; waited < 3000 && !inPlace(landed?.top); waited += 100) {
            await pause(100);
            landed = await target(reader);
          }
          expect(landed?.top, "not hidden under the header").toBeGreaterThanOrEqual(header - 1);
          expect(landed?.top, "close under the header").toBeLessThanOrEqual(header + 48);
        }),
    );
  });
});

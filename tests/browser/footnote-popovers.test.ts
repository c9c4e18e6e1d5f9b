import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, inject, test } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { openPage } from "./support/chromium.ts";
import { chromiumPerFile } from "./support/chromium-per-file.ts";

const origin = inject("origin");
const REF = "a[data-footnote-ref]";
const OPEN = ".note-popover:popover-open";

/** The year pages in dist/ that have notes (`/2021/`, `/2022/` … or the fixture's `/2099/`). */
function yearsWithNotes(): string[] {
  const dist = resolve("dist");
  return readdirSync(dist)
    .filter((name) => /^\d{4}$/.test(name))
    .filter((year) => {
      const file = resolve(dist, year, "index.html");
      return existsSync(file) && readFileSync(file, "utf8").includes("data-footnote-ref");
    })
    .sort();
}

const years = yearsWithNotes();
const year = years[0] ?? "2099";
const browser = chromiumPerFile();

interface Visit extends BrowserContextOptions {
  path?: string;
  /** Runs before the page loads (init scripts, request listeners). */
  before?: (page: Page) => Promise<void>;
  /**
   * Whether the popovers' code is fetched before `use` (true unless told): it comes at a reader's
   * first approach to a reference, and most tests are about what it does once there.
   */
  loaded?: boolean;
}

/** Brings the popovers' code as focus on a reference would, and waits until it has set the references up. */
async function loadPopovers(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.querySelector("a[data-footnote-ref]")?.dispatchEvent(new FocusEvent("focusin", { bubbles: true })),
  );
  await expect.poll(() => page.locator(REF).first().getAttribute("aria-expanded")).toBe("false");
}

/** Opens a year page (1280 × 800 unless told), runs `use`, then checks the console stayed clean. */
async function onPage(
  { path = `/${year}/`, before, loaded = true, ...options }: Visit,
  use: (page: Page) => Promise<void>,
) {
  const { page, errors } = await openPage(browser(), { viewport: { width: 1280, height: 800 }, ...options });
  try {
    await before?.(page);
    await page.goto(`${origin}${path}`);
    if (loaded) await loadPopovers(page);
    await use(page);
    expect(errors).toEqual([]);
  } finally {
    await page.context().close();
  }
}

/** Puts the reference at `y` px from the top of the viewport (as far as the page can scroll). */
async function placeRef(page: Page, index: number, y: number): Promise<void> {
  await page.evaluate(
    ([i, at]) => {
      const ref = document.querySelectorAll("a[data-footnote-ref]")[i as number];
      if (ref) window.scrollBy(0, ref.getBoundingClientRect().top - (at as number));
    },
    [index, y],
  );
}

const openCount = (page: Page) => page.locator(OPEN).count();

async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
}

/** The popover's box, once it has settled, and the viewport, to check the one is inside the other. */
async function popoverFit(page: Page) {
  return page.evaluate(async () => {
    const pop = document.querySelector(".note-popover:popover-open");
    if (!pop) return undefined;
    await Promise.all(pop.getAnimations().map((a) => a.finished)); // the sheet slides in
    const r = pop.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: innerWidth, height: innerHeight };
  });
}

function expectInside(fit: Awaited<ReturnType<typeof popoverFit>>, label: string): void {
  expect(fit, `${label}: a popover is open`).toBeDefined();
  if (!fit) return;
  expect(fit.left, `${label}: left edge`).toBeGreaterThanOrEqual(0);
  expect(fit.top, `${label}: top edge`).toBeGreaterThanOrEqual(0);
  expect(fit.right, `${label}: right edge`).toBeLessThanOrEqual(fit.width + 0.5);
  expect(fit.bottom, `${label}: bottom edge`).toBeLessThanOrEqual(fit.height + 0.5);
}

describe(`footnote popovers on /${year}/`, () => {
  test("a click opens the note beside its reference, without scrolling or changing the address", () =>
    onPage({}, async (page) => {
      await placeRef(page, 0, 300);
      const before = await page.evaluate(() => ({ y: scrollY, url: location.href }));
      const ref = page.locator(REF).first();
      await ref.click();
      expect(await openCount(page)).toBe(1);
      expect(await ref.getAttribute("aria-expanded")).toBe("true");
      const popover = page.locator(OPEN);
      expect(await ref.getAttribute("aria-controls")).toBe(await popover.getAttribute("id"));
      expect(await popover.getAttribute("data-pagefind-ignore")).not.toBeNull();
      const noteText = await page.evaluate(
        (href) => {
          const copy = document.querySelector(`${href} .note-body`)?.cloneNode(true) as Element;
          copy.querySelector("[data-footnote-backref]")?.remove();
          return copy.textContent?.trim();
        },
        await ref.getAttribute("href"),
      );
      expect((await popover.locator(".note-popover-body").textContent())?.trim()).toBe(noteText);
      expect(await popover.locator("[data-footnote-backref], [id]").count()).toBe(0);
      expect(await duplicateIds(page)).toEqual([]);
      expect(await page.evaluate(() => ({ y: scrollY, url: location.href }))).toEqual(before);
    }));

  test("one popover at a time; a click elsewhere closes it", () =>
    onPage({}, async (page) => {
      const refs = page.locator(REF);
      await placeRef(page, 0, 300);
      await refs.first().click();
      if ((await refs.count()) > 1) {
        await refs.nth(1).scrollIntoViewIfNeeded();
        await refs.nth(1).click();
        expect(await openCount(page)).toBe(1);
        expect(await refs.first().getAttribute("aria-expanded")).toBe("false");
        expect(await refs.nth(1).getAttribute("aria-expanded")).toBe("true");
      }
      await page.mouse.click(5, (await page.evaluate(() => innerHeight)) - 5);
      expect(await openCount(page)).toBe(0);
      expect(await page.locator(`${REF}[aria-expanded="true"]`).count()).toBe(0);
    }));

  test("hovering opens it after a short delay; the pointer can move into it; leaving both closes it", () =>
    onPage({}, async (page) => {
      // The page's timers run on a paused, controlled clock, so the delays are tested exactly, whatever
      // the machine's load (install() alone lets time flow in real time).
      await page.clock.install();
      await placeRef(page, 0, 300);
      await page.clock.pauseAt(Date.now() + 5_000);
      await page.locator(REF).first().hover();
      await page.clock.runFor(100);
      expect(await openCount(page), "not at once: a passing pointer opens nothing").toBe(0);
      await page.clock.runFor(150);
      expect(await openCount(page), "open 250 ms after the pointer arrived").toBe(1);
      expect(await page.locator(REF).first().getAttribute("aria-expanded")).toBe("true");

      const box = await page.locator(OPEN).boundingBox();
      if (!box) throw new Error("the popover is not rendered");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
      await page.clock.runFor(800);
      expect(await openCount(page), "the popover stays open while hovered").toBe(1);

      await page.mouse.move(5, 600, { steps: 4 });
      await page.clock.runFor(100);
      expect(await openCount(page), "a short grace before closing").toBe(1);
      await page.clock.runFor(400);
      expect(await openCount(page)).toBe(0);
      expect(await page.locator(REF).first().getAttribute("aria-expanded")).toBe("false");
    }));

  test("a click on a reference whose note hovering opened keeps it open after the pointer leaves", () =>
    onPage({}, async (page) => {
      await placeRef(page, 0, 300);
      await page.locator(REF).first().hover();
      await expect.poll(() => openCount(page), { timeout: 1000 }).toBe(1);
      await page.locator(REF).first().click();
      await page.mouse.move(5, 600, { steps: 4 });
      await page.waitForTimeout(800);
      expect(await openCount(page)).toBe(1);
      await page.mouse.click(5, 600);
      expect(await openCount(page)).toBe(0);
    }));

  test.each(["Enter", "Space"])("%s on a focused reference opens it; Escape closes it and focus returns", (key) =>
    onPage({}, async (page) => {
      await placeRef(page, 0, 300);
      const ref = page.locator(REF).first();
      await ref.focus();
      const y = await page.evaluate(() => scrollY);
      await page.keyboard.press(key);
      expect(await openCount(page)).toBe(1);
      expect(await ref.getAttribute("aria-expanded")).toBe("true");
      expect(await page.evaluate(() => scrollY)).toBe(y);
      await page.keyboard.press("Escape");
      expect(await openCount(page)).toBe(0);
      expect(await ref.getAttribute("aria-expanded")).toBe("false");
      expect(await page.evaluate(() => document.activeElement?.matches("a[data-footnote-ref]"))).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(
        await ref.getAttribute("href"),
      );
    }),
  );

  test("a tap on a phone opens a full-width sheet at the bottom of the screen", () =>
    onPage({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true }, async (page) => {
      await placeRef(page, 0, 200);
      const y = await page.evaluate(() => scrollY);
      await page.locator(REF).first().tap();
      expect(await openCount(page)).toBe(1);
      const fit = await popoverFit(page);
      expectInside(fit, "360 px");
      expect(fit?.left).toBe(0);
      expect(fit?.right).toBeCloseTo(360, 0);
      expect(fit?.bottom).toBeCloseTo(740, 0);
      expect(await page.evaluate(() => scrollY)).toBe(y);
      await page.touchscreen.tap(180, 120);
      expect(await openCount(page)).toBe(0);
    }));

  test("a long note is capped at about 60% of the screen and scrolls inside", () =>
    onPage({ viewport: { width: 1024, height: 700 } }, async (page) => {
      await page.evaluate(() => {
        const body = document.querySelector("#notes .note-body");
        for (let i = 0; i < 30; i++)
          body?.append(Object.assign(document.createElement("p"), { textContent: "A long note. ".repeat(12) }));
      });
      await placeRef(page, 0, 350);
      await page.locator(REF).first().click();
      const size = await page.locator(OPEN).evaluate((el) => ({ h: el.clientHeight, scroll: el.scrollHeight }));
      expect(size.h).toBeLessThanOrEqual(700 * 0.6 + 2);
      expect(size.scroll).toBeGreaterThan(size.h);
      expectInside(await popoverFit(page), "long note");
    }));

  test("a note holding a link opens as a dialog named 'Note N' that Tab enters", () =>
    onPage({}, async (page) => {
      // Make sure the first note holds a link, whatever the real content has.
      await page.evaluate(() => {
        const p = document.querySelector("#notes .note-body p");
        if (p && !p.querySelector("a:not([data-footnote-backref])")) {
          p.prepend(
            Object.assign(document.createElement("a"), { href: "https://example.org/", textContent: "a link" }),
            " ",
          );
        }
      });
      await placeRef(page, 0, 300);
      const ref = page.locator(REF).first();
      const label = await ref.getAttribute("aria-label");
      await ref.focus();
      await page.keyboard.press("Enter");
      const popover = page.locator(OPEN);
      expect(await popover.getAttribute("role")).toBe("dialog");
      expect(await popover.getAttribute("aria-label")).toBe(label);
      expect(label).toMatch(/^Note \d+$/);
      expect(await popover.getAttribute("aria-modal")).toBeNull();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".note-popover")))).toBe(true);
      expect(await duplicateIds(page)).toEqual([]);
      await page.keyboard.press("Escape");
      expect(await openCount(page)).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(label);
    }));

  describe("the code comes at a reader's first approach", () => {
    /** Holds the popovers' code until `release()`; counts its requests. */
    async function holdCode(page: Page) {
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const requests: string[] = [];
      await page.route(/\/_astro\/popovers\.[\w-]+\.js$/, async (route) => {
        requests.push(route.request().url());
        await held;
        await route.continue();
      });
      return { release: () => release(), requests };
    }

    test("a click made before the code has arrived opens the note once it does, and does not jump to it", () =>
      // The service worker would fetch the code itself, past the page's route that holds it.
      onPage({ loaded: false, serviceWorkers: "block" }, async (page) => {
        const code = await holdCode(page);
        await page.reload();
        expect(code.requests, "nothing of it comes with the page").toEqual([]);
        await placeRef(page, 0, 300);
        const before = await page.evaluate(() => ({ y: scrollY, url: location.href }));
        await page.locator(REF).first().click();
        await expect.poll(() => code.requests.length).toBe(1);
        expect(await openCount(page)).toBe(0);
        code.release();
        await expect.poll(() => openCount(page)).toBe(1);
        expect(await page.locator(REF).first().getAttribute("aria-expanded")).toBe("true");
        expect(await page.evaluate(() => ({ y: scrollY, url: location.href }))).toEqual(before);
        expect(code.requests).toHaveLength(1);
      }));

    test("a mouse that came to rest on a reference before the code arrived opens its note when it does", () =>
      onPage({ loaded: false, serviceWorkers: "block" }, async (page) => {
        const code = await holdCode(page);
        await page.reload();
        await placeRef(page, 0, 300);
        await page.locator(REF).first().hover();
        await expect.poll(() => code.requests.length).toBe(1);
        code.release();
        await expect.poll(() => openCount(page)).toBe(1);
        await page.mouse.move(5, 600, { steps: 4 });
        await expect.poll(() => openCount(page)).toBe(0);
      }));
  });

  test("without anchor positioning, Floating UI places it inside the screen", async () => {
    const loaded: string[] = [];
    const before = async (page: Page) => {
      page.on("request", (request) => loaded.push(request.url()));
      await page.addInitScript(() => {
        const supports = CSS.supports.bind(CSS);
        CSS.supports = ((...args: [string, string?]) =>
          args.join(":").includes("anchor") ? false : supports(...(args as [string]))) as typeof CSS.supports;
      });
    };
    await onPage({ viewport: { width: 768, height: 800 }, before, loaded: false }, async (page) => {
      // Nothing of the popovers comes with the page (its references are far down); a reference in
      // view brings them, and without anchor positioning Floating UI with them.
      expect(loaded.filter((url) => /\/(popovers|floating-ui-placer)\.[\w-]+\.js$/.test(url))).toEqual([]);
      await placeRef(page, 0, 300);
      const ref = page.locator(REF).first();
      await expect.poll(() => loaded.some((url) => url.includes("floating-ui"))).toBe(true);
      await expect
        .poll(async () => {
          await page.keyboard.press("Escape");
          await ref.click();
          return openCount(page);
        })
        .toBe(1);
      const fit = await popoverFit(page);
      expectInside(fit, "Floating UI");
      const refBox = await ref.boundingBox();
      expect(fit && refBox && fit.top).toBeGreaterThanOrEqual((refBox?.y ?? 0) + (refBox?.height ?? 0));
    });
  });

  test("a click on a reference while Floating UI downloads, after anchor positioning misplaced the note hovering opened, opens the note instead of following the link", async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((done) => (release = done));
    let requested = false;
    const before = async (page: Page) => {
      // Floating UI is held on the wire, as a slow network (or a loaded machine) holds it.
      await page.route("**/floating-ui-placer*", async (route) => {
        requested = true;
        await held;
        await route.continue();
      });
    };
    // The offline worker would fetch the chunk itself, past the route.
    await onPage({ bypassCSP: true, serviceWorkers: "block", before }, async (page) => {
      // Anchor positioning that places the box away from its reference, as WebKit's did under load.
      await page.addStyleTag({ content: "a[data-footnote-ref] { anchor-name: none !important; }" });
      await placeRef(page, 0, 650);
      const ref = page.locator(REF).first();
      const y = await page.evaluate(() => scrollY);
      await ref.hover();
      await expect.poll(() => requested, { timeout: 5000 }).toBe(true);
      await ref.click();
      expect(await page.evaluate(() => location.hash), "the link was not followed").toBe("");
      expect(await page.evaluate(() => scrollY)).toBe(y);
      expect(await openCount(page)).toBe(1);
      release();
      await expect.poll(() => page.locator(OPEN).evaluate((el) => getComputedStyle(el).visibility)).toBe("visible");
      const fit = await popoverFit(page);
      expectInside(fit, "placed by Floating UI once it arrived");
      const refBox = await ref.boundingBox();
      const beside = fit && refBox && (fit.top >= refBox.y + refBox.height - 1 || fit.bottom <= refBox.y + 1);
      expect(beside, "just above or below its reference").toBe(true);
    });
  });

  test("printing hides the popover and shows the notes list", () =>
    onPage({}, async (page) => {
      await placeRef(page, 0, 300);
      await page.locator(REF).first().click();
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".note-popover").evaluate((el) => getComputedStyle(el).display)).toBe("none");
      expect(await page.locator("section.footnotes").isVisible()).toBe(true);
    }));
});

describe("without JavaScript", () => {
  test("a reference is a link to its note, the note links back, and Back returns", () =>
    onPage({ javaScriptEnabled: false, loaded: false }, async (page) => {
      await placeRef(page, 0, 300);
      const y = await page.evaluate(() => scrollY);
      const ref = page.locator(REF).first();
      const href = await ref.getAttribute("href");
      const refId = await ref.getAttribute("id");
      await ref.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      expect(await page.locator(`${href}`).evaluate((li) => li.matches(":target"))).toBe(true);
      await page.locator(`${href} [data-footnote-backref]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${refId}`);
      await page.goBack();
      await page.goBack();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe("");
      expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThan(2);
    }));
});

describe("loading a note's address", () => {
  test("marks the note", () =>
    onPage({ path: `/${year}/#note-1`, loaded: false }, async (page) => {
      const li = page.locator("#note-1");
      expect(await li.evaluate((el) => el.matches(":target"))).toBe(true);
      expect(await li.evaluate((el) => getComputedStyle(el).animationName)).toBe("arrive");
    }));
});

describe.each(years)("every note of /%s/", (y) => {
  test.each([320, 768, 1440])(
    "opens inside a %i px wide screen, below or above its reference, with the right role",
    (width) =>
      onPage({ path: `/${y}/`, viewport: { width, height: 800 }, hasTouch: width < 640 }, async (page) => {
        const count = await page.locator(REF).count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          for (const at of [120, 760]) {
            await placeRef(page, i, at);
            const ref = page.locator(REF).nth(i);
            await ref.click();
            const label = `note ${i + 1} at ${at}px`;
            // The first press may wait for the popovers' code (fetched on approach).
            await expect.poll(() => openCount(page), { message: label }).toBe(1);
            expectInside(await popoverFit(page), label);
            const refBox = await ref.boundingBox();
            const fit = await popoverFit(page);
            if (width >= 640 && refBox && fit) {
              const clear = fit.top >= refBox.y + refBox.height - 1 || fit.bottom <= refBox.y + 1;
              expect(clear, `${label}: the popover does not cover its reference`).toBe(true);
            }
            const hasLink = await page.evaluate(
              (href) => Boolean(document.querySelector(`${href} a[href]:not([data-footnote-backref])`)),
              await ref.getAttribute("href"),
            );
            expect(await page.locator(OPEN).getAttribute("role"), label).toBe(hasLink ? "dialog" : "tooltip");
            if (!hasLink)
              expect(await ref.getAttribute("aria-describedby")).toBe(await page.locator(OPEN).getAttribute("id"));
            await page.keyboard.press("Escape");
          }
        }
      }),
  );
});

import { describe, expect, test } from "vitest";
import {
  charactersOfCss,
  charactersOfHtml,
  charactersOfScript,
  inUnicodeRange,
  unicodeRange,
} from "../../../src/lib/fonts/displayed-characters.ts";

const text = (codes: Set<number>) => String.fromCodePoint(...[...codes].sort((a, b) => a - b));

describe("the characters a site shows", () => {
  test("a page's text and shown attributes count; its scripts, styles and head do not", () => {
    const html =
      "<!doctype html><html><head><title>Tab ŧ</title><style>p{content:'§'}</style></head>" +
      '<body><p title="ẞ">Sơn &amp; €</p><img alt="Ω"><input placeholder="ж"><script>"¤"</script></body></html>';
    expect(text(charactersOfHtml(html))).toBe(" &SnơΩжẞ€");
  });

  test("a <noscript>'s text counts as the page shows it without JavaScript, and a <template>'s does not", () => {
    const html =
      '<!doctype html><html><body><noscript><p class="x">Needs ✓</p></noscript>' +
      "<template><p>Later ✗</p></template></body></html>";
    expect(text(charactersOfHtml(html))).toBe(" Ndes✓");
  });

  test("a stylesheet's content strings count, escapes read", () => {
    expect(text(charactersOfCss('a::before{content:"¶ "}b::after{content:"\\2014"}i{color:red}'))).toBe(" ¶—");
  });

  test("a script's non-ASCII characters count, escaped or not", () => {
    expect(text(charactersOfScript('say("Setting side by side…");x="\\u2013"'))).toBe("–…");
  });

  test("unicode-range round trip: runs joined, wildcards read", () => {
    const range = unicodeRange([0x41, 0x42, 0x43, 0x1a1, 0x20]);
    expect(range).toBe("U+20,U+41-43,U+1A1");
    const has = inUnicodeRange(range);
    expect([0x20, 0x42, 0x1a1].every(has)).toBe(true);
    expect(has(0x44)).toBe(false);
    expect(inUnicodeRange("U+??, U+1EA0-1EF9")(0xff)).toBe(true);
    expect(inUnicodeRange("U+??")(0x100)).toBe(false);
    expect(inUnicodeRange(undefined)(0x10000)).toBe(true);
  });
});

import { describe, expect, test } from "vitest";
import { render } from "./render.ts";
import { renameNoteId } from "../../../src/lib/markdown/rehype-note-ids.ts";
import type { OutlineEntry } from "../../../src/lib/markdown/rehype-outline.ts";

const caption = {
  id: "photo-1",
  text: "The minister at the conference",
  credit: "VNA",
  creditAsPrinted: "_Photo: VNA",
};

describe("remark-caption-notes", () => {
  test("puts a caption at its place as a captioned note, with its credit and no image", async () => {
    const { html } = await render("Before.\n\n::caption{#photo-1}\n\nAfter.", { captions: [caption] });
    expect(html).toContain('<figure id="photo-1" class="photo-note"');
    expect(html).toContain(
      '<figcaption>The minister at the conference <span class="photo-credit">Photo: VNA</span></figcaption>',
    );
    expect(html).not.toContain("<img");
    expect(html.indexOf("Before.")).toBeLessThan(html.indexOf("photo-1"));
    expect(html.indexOf("photo-1")).toBeLessThan(html.indexOf("After."));
  });

  test("a directive naming no caption fails the build, naming its line", async () => {
    await expect(render("Text.\n\n::caption{#photo-9}", { captions: [caption] })).rejects.toThrow(/photo-9.*captions/);
    await expect(render("Text.\n\n::caption{#photo-9}", {})).rejects.toMatchObject({ line: 3 });
  });
});

describe("remark-literal-directives", () => {
  test("a colon before a word in running text stays text", async () => {
    const { html } = await render("The ratio was 3:1 and the meeting:Hanoi went well.");
    expect(html).toContain("The ratio was 3:1 and the meeting:Hanoi went well.");
  });
});

describe("rehype-note-ids", () => {
  test("notes get shareable ids and DPUB-ARIA roles, and link both ways", async () => {
    const { html } = await render("Progress[^1].\n\n[^1]: A note.");
    expect(html).toContain('href="#note-1" id="note-ref-1"');
    expect(html).toContain('role="doc-noteref"');
    expect(html).toContain('aria-label="Note 1"');
    expect(html).toMatch(/role="doc-noteref"[^>]*data-pagefind-ignore=""/);
    expect(html).toMatch(/<li id="note-1"[^>]*><div role="doc-footnote" class="note-body">/);
    expect(html).toMatch(/href="#note-ref-1"[^>]*role="doc-backlink"/);
    expect(html).toMatch(/<h2 id="notes-heading" class="notes-heading"[^>]*>Notes<\/h2>/);
    expect(html).not.toContain("user-content-");
    expect(html).not.toContain("doc-endnote");
  });

  test("renames remark-gfm's ids and leaves others alone", () => {
    expect(renameNoteId("user-content-fn-12")).toBe("note-12");
    expect(renameNoteId("user-content-fnref-3-2")).toBe("note-ref-3-2");
    expect(renameNoteId("global-fast")).toBe("global-fast");
  });
});

describe("rehype-ordinal-points and rehype-outline", () => {
  const md = [
    "## Results",
    "",
    "**Firstly, consolidating the position.** In the pandemic, the sector acted.",
    "",
    "### Second, economic diplomacy contributed.",
    "",
    "**Not a point.** Plain bold text.",
  ].join("\n");

  test("a run-in ordinal lead gets an id slugged from its words; a plain bold lead does not", async () => {
    const { html } = await render(md);
    expect(html).toContain('<strong id="firstly-consolidating-the-position" class="point-lead">');
    expect(html).toContain('<h3 id="second-economic-diplomacy-contributed" class="point">');
    expect(html).not.toMatch(/<strong id="not-a-point"/);
  });

  test("the outline lists sections and points in reading order", async () => {
    const { frontmatter } = await render(md);
    const outline = frontmatter["outline"] as OutlineEntry[];
    expect(outline.map((e) => [e.depth, e.id, e.point])).toEqual([
      [2, "results", false],
      [3, "firstly-consolidating-the-position", true],
      [3, "second-economic-diplomacy-contributed", true],
    ]);
  });

  test("two points with the same words get distinct ids", async () => {
    const { html } = await render("**Firstly, the same.** A.\n\n**Firstly, the same.** B.");
    expect(html).toContain('id="firstly-the-same"');
    expect(html).toContain('id="firstly-the-same-1"');
  });
});

describe("rehype-paragraph-anchors", () => {
  test("numbers paragraphs and lessons in reading order with a ¶ link search ignores", async () => {
    const { html } = await render(
      "One.\n\n## Head\n\nTwo.\n\n1. Lesson.\n2. Lesson two.\n\n> Quoted stays unnumbered.",
    );
    expect(html).toMatch(
      /<p id="p-1" data-paragraph="1"[^>]*>One\.<a href="#p-1" class="para-link" data-pagefind-ignore="">/,
    );
    expect(html).toMatch(/<p id="p-2" data-paragraph="2"[^>]*>Two\./);
    expect(html).toMatch(/<li id="p-3" data-paragraph="3"[^>]*>Lesson\./);
    expect(html).toMatch(/<li id="p-4" data-paragraph="4"[^>]*>Lesson two\./);
    expect(html).toContain('<span class="sr-only">Paragraph </span><span aria-hidden="true">¶ </span>3</a>');
    expect(html).not.toContain('id="p-5"');
  });
});

describe("rehype-search-passages", () => {
  test("paragraphs, lessons, captions and notes get the titles search results show; the notes heading is ignored", async () => {
    const markdown =
      "::caption{#photo-1}\n\nFirst[^1].\n\n1. One\n2. Two\n\nThird[^2].\n\n[^1]: Note one.\n[^2]: Note two.";
    const { html } = await render(markdown, { captions: [caption] });
    expect(html).toMatch(/<figure id="photo-1"[^>]*data-pagefind-title="Photo caption 1"/);
    expect(html).toMatch(/<p id="p-1"[^>]*data-pagefind-title="¶ 1"/);
    expect(html).toMatch(/<li id="p-3"[^>]*data-pagefind-title="¶ 3"/);
    expect(html).toMatch(/<li id="note-1" data-pagefind-title="Note 1 \(to ¶ 1\)"/);
    expect(html).toMatch(/<li id="note-2" data-pagefind-title="Note 2 \(to ¶ 4\)"/);
    expect(html).toMatch(/<h2 id="notes-heading"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/data-footnote-backref=""[^>]*data-pagefind-ignore/);
  });
});

describe("heading links", () => {
  test("each section heading gets a visible, labelled link that is not aria-hidden", async () => {
    const { html } = await render("## World enters new phase");
    expect(html).toContain(
      '<h2 id="world-enters-new-phase">World enters new phase<a class="heading-link" data-pagefind-ignore="" aria-label="Link to this section: World enters new phase" href="#world-enters-new-phase">',
    );
    expect(html).not.toMatch(/<a[^>]*heading-link[^>]*aria-hidden/);
  });

  test("the notes heading gets none", async () => {
    const { html } = await render("Text[^1].\n\n[^1]: Note.");
    expect(html).not.toContain('href="#notes-heading"');
  });
});

describe("rehype-anchor-aliases", () => {
  test("an old id keeps landing on the renamed heading", async () => {
    const { html } = await render("## New name", { anchorAliases: { "old-name": "new-name" } });
    expect(html).toContain(
      '<span id="old-name" class="anchor-alias" data-alias-of="new-name"></span><h2 id="new-name">',
    );
  });

  test("an alias pointing at no id fails the build", async () => {
    await expect(render("## New name", { anchorAliases: { "old-name": "nowhere" } })).rejects.toThrow(/nowhere/);
  });
});

describe("raw HTML", () => {
  test("a <script> in a review's Markdown does not reach the page", async () => {
    const { html } = await render('Text.\n\n<script>alert("x")</script>\n\nMore <img src=x onerror=alert(1)> text.');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).toContain("Text.");
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { reviewRehypePlugins } from "../../../src/lib/markdown/pipeline.ts";
import { indexDigest } from "../../../src/lib/name-index/index-digest.ts";

describe("the index's digest, which makes Astro render the reviews again when the index changes", () => {
  test("changes with a YAML file's content or name, and with nothing else in the folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "index-digest-"));
    writeFileSync(join(dir, "organisations.yaml"), "entries:\n  - slug: asean\n");
    const first = indexDigest(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(indexDigest(dir)).toBe(first);
    writeFileSync(join(dir, "notes.txt"), "not the index");
    expect(indexDigest(dir)).toBe(first);
    writeFileSync(join(dir, "organisations.yaml"), "entries:\n  - slug: asean\n    expansion: Association\n");
    const edited = indexDigest(dir);
    expect(edited).not.toBe(first);
    writeFileSync(join(dir, "places.yaml"), "entries: []\n");
    expect(indexDigest(dir)).not.toBe(edited);
  });

  test("is in the rehype plugins' options as Astro serialises its config (functions dropped)", () => {
    const serialised = JSON.stringify(reviewRehypePlugins("digest-of-the-index"));
    expect(serialised).toContain('"nameIndexDigest":"digest-of-the-index"');
    expect(JSON.stringify(reviewRehypePlugins("another"))).not.toBe(serialised);
  });
});

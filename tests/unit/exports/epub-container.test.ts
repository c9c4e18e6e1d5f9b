import { unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { epubZip } from "../../../src/lib/exports/epub/epub-zip.ts";
import { editionUrn, nameBasedUuid } from "../../../src/lib/exports/edition-urn.ts";

const files = [
  { path: "EPUB/package.opf", data: "<package/>" },
  { path: "EPUB/images/cover.png", data: new Uint8Array([137, 80, 78, 71]) },
];
const modified = new Date("2022-07-20T01:20:00Z");

/** Runs `make` with the process in another time zone (Node reads TZ afresh). */
function inTimeZone<T>(zone: string, make: () => T): T {
  const before = process.env["TZ"];
  process.env["TZ"] = zone;
  try {
    return make();
  } finally {
    if (before === undefined) delete process.env["TZ"];
    else process.env["TZ"] = before;
  }
}

describe("the EPUB container", () => {
  test("gives the same bytes for the same files, whatever the machine's time zone", () => {
    const hanoi = inTimeZone("Asia/Ho_Chi_Minh", () => epubZip(files, modified));
    const honolulu = inTimeZone("Pacific/Honolulu", () => epubZip(files, modified));
    expect(Buffer.from(hanoi).equals(Buffer.from(honolulu))).toBe(true);
    expect(Buffer.from(epubZip(files, modified)).equals(Buffer.from(hanoi))).toBe(true);
  });

  test("holds mimetype first, then container.xml, then the files in the order given", () => {
    expect(Object.keys(unzipSync(epubZip(files, modified)))).toEqual([
      "mimetype",
      "META-INF/container.xml",
      "EPUB/package.opf",
      "EPUB/images/cover.png",
    ]);
  });

  test("refuses two files at one path", () => {
    expect(() => epubZip([...files, { path: "EPUB/package.opf", data: "again" }], modified)).toThrow(
      /two files at EPUB\/package\.opf/,
    );
  });
});

describe("the edition's URNs", () => {
  test("are RFC 9562 version 5 UUIDs (the RFC's DNS namespace example: python.org)", () => {
    expect(nameBasedUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
  });

  test("depend on the name alone", () => {
    expect(editionUrn("review/2021")).toBe(editionUrn("review/2021"));
    expect(editionUrn("review/2021")).not.toBe(editionUrn("review/2022"));
    expect(editionUrn("edition")).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

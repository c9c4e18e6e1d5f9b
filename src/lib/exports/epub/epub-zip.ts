import { strToU8, zipSync, type Zippable } from "fflate";

/** One file of the container, at its path inside the zip. */
export interface ContainerFile {
  path: string;
  data: string | Uint8Array;
}

/**
 * The EPUB container (OCF): `mimetype` first and stored, then `META-INF/container.xml`, then the
 * files in the order given, all dated `modified`. The same files give the same bytes on any machine:
 * zip dates are local times, so the date is given as local fields equal to its UTC ones, at noon so
 * that no daylight-saving gap can move it.
 */
export function epubZip(files: readonly ContainerFile[], modified: Date): Uint8Array<ArrayBuffer> {
  // fflate writes zip dates of 1980 to 2099 only; a later date (a synthetic year) is written as 2099's last day.
  const late = modified.getUTCFullYear() > 2099;
  const mtime = late
    ? new Date(2099, 11, 31, 12, 0, 0)
    : new Date(modified.getUTCFullYear(), modified.getUTCMonth(), modified.getUTCDate(), 12, 0, 0);
  const entries: Zippable = {
    mimetype: [strToU8("application/epub+zip"), { level: 0, mtime }],
    "META-INF/container.xml": [strToU8(CONTAINER_XML), { level: 9, mtime }],
  };
  for (const file of files) {
    if (file.path in entries) throw new Error(`epubZip: two files at ${file.path}`);
    // PNG and WOFF2 are compressed already: stored as they are.
    const level = /\.(png|woff2)$/.test(file.path) ? 0 : 9;
    entries[file.path] = [typeof file.data === "string" ? strToU8(file.data) : file.data, { level, mtime }];
  }
  return new Uint8Array(zipSync(entries));
}

export const PACKAGE_PATH = "EPUB/package.opf";

const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
  <rootfiles>
    <rootfile full-path="${PACKAGE_PATH}" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

import { createHash } from "node:crypto";

/**
 * The URNs this edition mints for what it publishes: name-based UUIDs (RFC 9562, version 5) of a
 * fixed name under the edition's own namespace, so an identifier depends on nothing that may change
 * (not the site's address, not the build) and is the same on every build, forever:
 * `review/2021` → the review of 2021, `edition` → the whole edition.
 */
const EDITION_NAMESPACE = "d7c8b1c5-aed6-45a9-aaed-4f43c9bf8825";

export function editionUrn(name: string): string {
  return `urn:uuid:${nameBasedUuid(EDITION_NAMESPACE, name)}`;
}

/** A version 5 UUID: SHA-1 of the namespace's 16 bytes and the name's UTF-8, version and variant set. */
export function nameBasedUuid(namespace: string, name: string): string {
  const space = Buffer.from(namespace.replaceAll("-", ""), "hex");
  const bytes = createHash("sha1").update(space).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const reviewUrn = (year: number) => editionUrn(`review/${year}`);
export const wholeEditionUrn = () => editionUrn("edition");

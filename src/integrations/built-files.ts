import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every file of a built site (or any folder), as absolute paths in a stable order. */
export async function builtFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./prepare-corpus.ts";

/**
 * Where the bench writes corpora and builds: a folder under os.tmpdir(), reached from the project
 * through a link in node_modules/.cache. Astro keeps a build's prerender chunks inside outDir only
 * when outDir lies under the working directory; otherwise it puts them in <project>/.astro/, which
 * every other out-of-tree build in the checkout shares and deletes when it is done, so concurrent
 * builds break each other. The chunks import packages by name, hence the node_modules link back.
 */
export interface WorkFolder {
  /** The path to give Astro: inside the project, through the link. */
  root: string;
  /** The real folder in os.tmpdir(). */
  realRoot: string;
  remove: () => void;
}

export function createWorkFolder(): WorkFolder {
  const realRoot = mkdtempSync(path.join(tmpdir(), "bench-out-"));
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(realRoot, "node_modules"), "dir");
  const linkDir = path.join(PROJECT_ROOT, "node_modules", ".cache");
  mkdirSync(linkDir, { recursive: true });
  const root = path.join(linkDir, path.basename(realRoot));
  symlinkSync(realRoot, root, "dir");
  return {
    root,
    realRoot,
    remove: () => {
      rmSync(root, { force: true });
      rmSync(realRoot, { recursive: true, force: true });
    },
  };
}

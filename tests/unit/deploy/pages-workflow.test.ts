import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test } from "vitest";

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { branches?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
}

const workflow = parse(readFileSync(".github/workflows/pages.yml", "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const using = (action: string) => steps.find((step) => step.uses?.startsWith(`${action}@`));

/** The build command of README's "Publishing" section, without its variables. */
function readmeBuildCommand(): string {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(
    readme.indexOf("## Publishing"),
    readme.indexOf("\n## ", readme.indexOf("## Publishing") + 1),
  );
  const line = /^SITE_URL=\S+ BASE_PATH=\S+ (.+)$/m.exec(section);
  if (!line?.[1]) throw new Error('README.md, "Publishing": no `SITE_URL=… BASE_PATH=… <command>` line');
  return line[1];
}

test("the Pages workflow builds on Node 24 with README's build command, SITE_URL and BASE_PATH from the Pages settings", () => {
  expect(workflow.on.push?.branches).toContain("main");
  expect(using("actions/setup-node")?.with?.["node-version"]).toBe(24);
  const settings = using("actions/configure-pages");
  expect(settings?.id).toBeTruthy();
  const build = steps.find((step) => step.run === readmeBuildCommand());
  expect(build, `a step running \`${readmeBuildCommand()}\``).toBeDefined();
  expect(build?.env?.["SITE_URL"]).toBe(`\${{ steps.${settings?.id}.outputs.origin }}`);
  expect(build?.env?.["BASE_PATH"]).toBe(`\${{ steps.${settings?.id}.outputs.base_path }}`);
  expect(steps.indexOf(build as Step)).toBeGreaterThan(steps.indexOf(settings as Step));
});

test("the Pages workflow uploads dist/ and deploys it with the official actions and the permissions they need", () => {
  expect(using("actions/upload-pages-artifact")?.with?.["path"]).toBe("dist");
  const deploy = Object.values(workflow.jobs).find((job) =>
    job.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")),
  );
  expect(deploy?.needs).toBe("build");
  expect(deploy?.environment?.name).toBe("github-pages");
  expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
});

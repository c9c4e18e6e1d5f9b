import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Every project takes two files at a time (two cores), so that all run in one group, side by
          // side: a project left at Vitest's default of one goes to a group of its own, run after the
          // others, a file at a time (3 min of the suite's 16 in CI before).
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          environment: "node",
          maxWorkers: 2,
          globalSetup: ["tests/browser/support/global-setup.ts"],
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/support/global-setup.ts"],
          // A test opens several pages; each navigation may take up to 30 s on a loaded machine.
          testTimeout: 60_000,
          // What a poll waits for (a dialog whose code is fetched on first use, a copy, a search) can
          // take seconds at a load of 25 on two cores; Vitest's default gives it one.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 60_000,
          // One Chromium per file; two cores, so files run two at a time.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "sub-path",
          include: ["tests/sub-path/**/*.test.ts"],
          environment: "node",
          // Builds the site once more under BASE_PATH=/sub-path-test/ and serves it there.
          globalSetup: ["tests/sub-path/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});

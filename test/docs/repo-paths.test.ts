import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

// Files of this repository the README, docs/ and BENCHMARKS.md name in their prose
// (`test/state/big-payload.test.ts`, `src/user-error.ts`) exist: a test moved to the stress suite
// or a module split in two leaves a reader looking for a file that is gone. Code blocks are left
// out (their paths are a user's: `schemas/push.schema.json` in a flow package's tree), and so are
// `.codex/`, the state a run writes, and `.github/`, where the docs name a user's files
// (`.github/flows.toml`). A `*` stands for any text within one name (`src/generated/meta-*.ts`).

const files = ["README.md", "BENCHMARKS.md", ...readdirSync("docs").filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];
const named = files.flatMap((file) => {
  const prose = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  const paths = [...prose.matchAll(/(?<![\w./-])(?:src|test|scripts|bench|schemas|examples)\/[\w./*-]*[\w*]/g)].map((m) => m[0]);
  return [...new Set(paths)].filter((path) => !path.includes("/.codex/")).map((path) => ({ file, path }));
});

/** Whether `path` is there; with `*` in its last name, whether a file of its folder matches. */
function exists(path: string): boolean {
  if (!path.includes("*")) return existsSync(path);
  const pattern = new RegExp(`^${basename(path).replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*")}$`);
  return existsSync(dirname(path)) && readdirSync(dirname(path)).some((name) => pattern.test(name));
}

describe("repository paths named in the README, docs/ and BENCHMARKS.md", () => {
  it("are found", () => {
    expect(named.length).toBeGreaterThanOrEqual(50);
  });

  it.each(named)("$file: $path exists", ({ path }) => {
    expect(exists(path)).toBe(true);
  });
});

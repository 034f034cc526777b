// The rules of ../shared/architecture.md's "Never" section, checked on the sources: a change
// that breaks one fails here instead of waiting for a reader to notice.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");

type Source = { file: string; folder: string; relatives: string[]; packages: string[] };

function sources(): Map<string, Source> {
  const found = new Map<string, Source>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(path);
      } else if (/\.(ts|js)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        const file = relative(SRC, path);
        const text = readFileSync(path, "utf8");
        const specifiers = [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
          (match) => match[1] ?? match[2] ?? "",
        );
        found.set(file, {
          file,
          folder: file.includes("/") ? file.split("/")[0] ?? "" : "",
          relatives: specifiers.filter((spec) => spec.startsWith(".")).map((spec) => relative(SRC, resolve(dirname(path), spec)).replace(/\.js$/, ".ts")),
          packages: specifiers.filter((spec) => !spec.startsWith(".") && !spec.startsWith("node:")),
        });
      }
    }
  };
  walk(SRC);
  return found;
}

const all = sources();

/** Every source file `file` reaches through relative imports, itself included. */
function reach(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const target of all.get(next)?.relatives ?? []) if (all.has(target)) stack.push(target);
  }
  return seen;
}

const folderOf = (file: string): string => all.get(file)?.folder ?? "";

describe("the architecture's rules hold in src/", () => {
  it("reads the sources (a sanity check that the walk found them)", () => {
    expect(all.size).toBeGreaterThan(300);
    expect(all.get("engine/dispatch.ts")?.relatives.length).toBeGreaterThan(5);
  });

  it("flows/, runners/, engine/ and events/ reach nothing in github/, report/, action/ or cli/, even through shared modules", () => {
    const core = new Set(["flows", "runners", "engine", "events"]);
    const outside = new Set(["github", "report", "action", "cli"]);
    const broken: string[] = [];
    for (const source of all.values()) {
      if (!core.has(source.folder)) continue;
      for (const reached of reach(source.file)) if (outside.has(folderOf(reached))) broken.push(`${source.file} → ${reached}`);
    }
    expect(broken).toEqual([]);
  });

  it("report/ imports nothing from action/", () => {
    const broken = [...all.values()].filter((source) => source.folder === "report").flatMap((source) =>
      source.relatives.filter((target) => folderOf(target) === "action").map((target) => `${source.file} → ${target}`),
    );
    expect(broken).toEqual([]);
  });

  it("only github/ imports Octokit and the toolkit's GitHub clients (@actions/github, @actions/artifact)", () => {
    // @octokit/webhooks-methods signs HTTP mode's requests to a flow backend; it calls no API.
    const api = (name: string): boolean =>
      (name.startsWith("@octokit/") && name !== "@octokit/webhooks-methods") || name === "@actions/github" || name === "@actions/artifact";
    const broken = [...all.values()].filter((source) => source.folder !== "github").flatMap((source) => source.packages.filter(api).map((name) => `${source.file} → ${name}`));
    expect(broken).toEqual([]);
  });

  it("only action/ imports @actions/core", () => {
    const broken = [...all.values()].filter((source) => source.folder !== "action" && source.packages.includes("@actions/core")).map((source) => source.file);
    expect(broken).toEqual([]);
  });
});

// `flows new` is code no other command needs: the CLI loads it only when that command runs, and
// the GitHub Action never imports it (its start pays for what it loads).
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { flowEvent, rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const NEW_MODULES = ["src/cli/new-command.ts", "src/cli/new-names.ts", "src/cli/new-templates.ts"];

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-new-lazy-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** The sources a real Bun process of `flows ARGV...` loaded (a preloaded Bun plugin sees each one). */
async function sourcesLoaded(argv: string[]): Promise<{ code: number | null; loaded: string[] }> {
  const seen = join(repo.dir, "seen.txt");
  const preload = join(repo.dir, "preload.ts");
  await writeText(
    preload,
    `import { plugin } from "bun";
import { appendFileSync, readFileSync } from "node:fs";
plugin({ name: "seen", setup(build) {
  build.onLoad({ filter: /\\.ts$/ }, (args) => {
    appendFileSync(${JSON.stringify(seen)}, args.path + "\\n");
    return { contents: readFileSync(args.path, "utf8"), loader: "ts" };
  });
} });
`,
  );
  await writeText(seen, "");
  const child = spawnSync(BUN, ["--preload", preload, join(ROOT, "src", "cli.ts"), "--repo", repo.dir, ...argv], { env: cliTestEnv(), encoding: "utf8" });
  const loaded = (await readFile(seen, "utf8")).split("\n").filter((line) => line.startsWith(ROOT)).map((path) => relative(ROOT, path));
  return { code: child.status, loaded };
}

describe("flows new's code", () => {
  it("is loaded by `flows new` only, not by --version, help or fire", async () => {
    await writeFlow(repo.dir, { name: "hello", steps: [{ name: "s", trigger: "push", source: rawStep("completed") }] });
    await writeText(join(repo.dir, "event.json"), JSON.stringify(flowEvent("push", "lazy:1")));
    for (const argv of [["--version"], ["help"], ["fire", "--event", join(repo.dir, "event.json"), "--state", "none"]]) {
      const { code, loaded } = await sourcesLoaded(argv);
      expect(code, argv.join(" ")).toBe(0);
      // The probe works: the command's own modules were seen.
      expect(loaded).toContain("src/cli/main.ts");
      for (const module of NEW_MODULES) expect(loaded, argv.join(" ")).not.toContain(module);
    }
    const made = await sourcesLoaded(["new", "second"]);
    expect(made.code).toBe(0);
    expect(made.loaded).toEqual(expect.arrayContaining(NEW_MODULES));
  });

  it("is not among the modules the GitHub Action's entry reaches, dynamic imports included", async () => {
    const result = await build({
      entryPoints: [join(ROOT, "src", "action-entry.ts")],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    // The probe works: the action's own code is there.
    expect(inputs).toContain("src/main.ts");
    for (const module of NEW_MODULES) expect(inputs).not.toContain(module);
  });
});

// Moved from manifest-bounds.test.ts: the scale case of a hostile package's cost at load (4,000
// steps, a folder of 8,000 files).
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadFlowManifest } from "../../src/flows/manifest.js";
import { cpuTimed } from "../helpers/stalls.js";
import { makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
  await mkdir(join(repo.root, "repo", ".git"), { recursive: true });
});
afterEach(async () => {
  await repo.cleanup();
});

const PKG = "repo/flows/pkg";

async function load(toml: string, extra: Record<string, string> = {}) {
  await writeFiles(join(repo.root, PKG), { "flow.toml": toml, "exec/run.ts": "", ...extra });
  return loadFlowManifest(join(repo.root, PKG, "flow.toml"));
}

const errors = (result: Awaited<ReturnType<typeof load>>) => result.problems.filter((p) => p.severity === "error");

describe("a hostile package's cost at load", () => {
  const steps = (count: number, step: (i: number) => string): string =>
    `name = "pkg"\nversion = 1\n${Array.from({ length: count }, (_, i) => `[[steps]]\nname="s${i}"\nrunner="bun"\n${step(i)}\n`).join("")}`;

  it("4,000 steps whose scripts are missing from a folder of 8,000 files are each told so, in seconds", async () => {
    const files = Object.fromEntries(Array.from({ length: 8_000 }, (_, i) => [`exec/file-${i}.ts`, ""]));
    await writeFiles(join(repo.root, PKG), files);
    // It took a listing of the folder per step: 30 s here, minutes for folders of more files. Now
    // 0.3 s alone, 2.4 s of wall clock beside busy loops: bounded in CPU time (listing a folder is
    // system CPU time, counted), which a busy machine does not stretch.
    const { value: result, cpuMs } = await cpuTimed(() => load(steps(4_000, (i) => `script = "exec/${i}"`)));
    expect(cpuMs).toBeLessThan(10_000);
    expect(errors(result)).toHaveLength(4_000);
    expect(errors(result)[0]?.message).toContain('steps[0].script "exec/0" does not exist');
  });
});

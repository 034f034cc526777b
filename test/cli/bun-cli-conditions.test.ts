// `flows` on Bun runs a CommonJS build that loads most packages from node_modules with require().
// @actions/expressions exports only to `import`, so Bun's require() could not find it and every
// command crashed ("Cannot find module '@actions/expressions'", "This is a bug") as soon as a
// flow had an `if` condition. The shipped CLI, on Bun and on Node, must read, validate and match
// conditions the same.
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(".");
/** Node's folder only: the launcher finds the repository's own Bun, as for a user. */
const PLAIN_PATH = `${dirname(process.execPath)}:/usr/bin:/bin`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-bun-conditions-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

it("reads, validates and matches `if` conditions on Bun as on Node", async () => {
  await writeFlow(dir, {
    name: "deploy",
    steps: [{ name: "go", trigger: "push", condition: "event.payload.ref == 'refs/heads/main'", source: rawStep("completed", "deployed") }],
  });
  await writeFile(join(dir, "main.json"), JSON.stringify(flowEvent("push", "push-main", { ref: "refs/heads/main" })));
  await writeFile(join(dir, "dev.json"), JSON.stringify(flowEvent("push", "push-dev", { ref: "refs/heads/dev" })));
  const launcher = join(ROOT, "dist", "cli", "index.js");
  const run = (host: "bun" | "node", ...args: string[]) => {
    const env = { PATH: PLAIN_PATH, FLOWS_CACHE_DIR: process.env.FLOWS_CACHE_DIR, ...(host === "node" ? { FLOWS_CLI_HOST: "node" } : {}) };
    const child = spawnSync(launcher, [...args, "--repo", dir, "--no-color"], { env, encoding: "utf8" });
    return { code: child.status, out: child.stdout, err: child.stderr };
  };
  for (const host of ["bun", "node"] as const) {
    const listed = run(host, "list");
    expect(listed.err, host).toBe("");
    expect(listed.out).toContain("on push if event.payload.ref == 'refs/heads/main'");
    const validated = run(host, "validate");
    expect(validated.code, validated.err).toBe(0);
    const matched = run(host, "fire", "--event", join(dir, "main.json"), "--state", "none");
    expect(matched.code, matched.err).toBe(0);
    expect(matched.out).toMatch(/ran=1[\s\S]*deploy\/go[\s\S]*deployed/);
    const skipped = run(host, "fire", "--event", join(dir, "dev.json"), "--state", "none");
    expect(skipped.code, skipped.err).toBe(0);
    expect(skipped.out).toContain('is false: event.payload.ref = "refs/heads/dev"');
    expect(`${listed.err}${validated.err}${matched.err}${skipped.err}`).not.toMatch(/Cannot find module|This is a bug/);
  }
}, 300_000);

// `flows` keeps compiled trigger schemas per user (src/flows/schema-cache.ts): the second run
// checks payloads with the cached validator, on Bun (dist/cli/bun) and on Node (dist/lib) alike.
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

const ROOT = resolve(".");
const BUN = join(ROOT, "node_modules", ".bin", "bun");
const PLAIN_PATH = `${dirname(process.execPath)}:/usr/bin:/bin`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-schema-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SCHEMA = {
  type: "object",
  required: ["tag"],
  properties: { tag: { type: "string", pattern: "^rust-v\\d+$" }, mail: { type: "string", format: "email" } },
};

async function cacheFiles(cacheDir: string): Promise<string[]> {
  return (await readdir(join(cacheDir, "schemas")).catch(() => [])).filter((name) => name.endsWith(".cjs"));
}

// A build of dist/ is waited for here, not within the time of the tests that run it (DIST_BUILD_WAIT_MS).
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

describe("flows and the compiled-schema cache", () => {
  it("the second run on Bun and on Node uses the validator the first one cached; --no-cache and FLOWS_CACHE=0 do not", async () => {
    await ensureFreshDist();
    await writeFlow(dir, { name: "release", steps: [{ name: "go", trigger: "upstream.release", schema: SCHEMA, source: rawStep("completed", "ran") }] });
    const events = {
      matching: flowEvent("upstream.release", "evt-1", { tag: "rust-v1", mail: "a@b.io" }),
      "bad-tag": flowEvent("upstream.release", "evt-2", { tag: "v1", mail: "nope" }),
    };
    for (const [name, event] of Object.entries(events)) await writeFile(join(dir, `${name}.json`), JSON.stringify(event));
    const launcher = join(ROOT, "dist", "cli", "index.js");
    for (const host of ["bun", "node"] as const) {
      const cacheDir = join(dir, `cache-${host}`);
      const run = (extraEnv: Record<string, string>, ...args: string[]) => {
        const env = { PATH: PLAIN_PATH, FLOWS_CACHE_DIR: cacheDir, ...(host === "node" ? { FLOWS_CLI_HOST: "node" } : {}), ...extraEnv };
        // On Bun, the launcher started by Bun itself: Node would start only to hand over to it.
        const child = spawnSync(host === "bun" ? BUN : process.execPath, [launcher, ...args, "--repo", dir, "--no-color"], { env, encoding: "utf8" });
        return { code: child.status, out: child.stdout, err: child.stderr };
      };
      const explain = (extraEnv: Record<string, string> = {}, ...args: string[]) =>
        run(extraEnv, "explain", "--event", join(dir, "bad-tag.json"), ...args).out;

      const first = explain();
      expect(first).toMatch(/payload\/tag must match pattern/);
      expect(first).toMatch(/payload\/mail must match format "email"/);
      const files = await cacheFiles(cacheDir);
      expect(files).toHaveLength(1);
      const path = join(cacheDir, "schemas", files[0] as string);
      const written = await readFile(path, "utf8");
      expect(explain()).toBe(first);
      const fired = run({}, "fire", "--event", join(dir, "matching.json"), "--state", "none");
      expect(fired.code, fired.err).toBe(0);
      expect(fired.out).toContain("release/go");
      expect(await readFile(path, "utf8")).toBe(written);

      // Proof that the second run reads the file: a validator planted under the same name is used.
      const lines = written.split("\n");
      const planted =
        '"use strict";module.exports = function v() { v.errors = [{ instancePath: "/tag", schemaPath: "#/x", keyword: "x", params: {}, message: "came from the cache" }]; return false; };';
      await writeFile(path, [lines[0], lines[1], planted, lines.at(-1)].join("\n"));
      expect(explain()).toContain("payload/tag came from the cache");
      expect(explain({}, "--no-cache")).toBe(first);
      expect(explain({ FLOWS_CACHE: "0" })).toBe(first);
      expect(await cacheFiles(cacheDir)).toHaveLength(1);
    }
  }, 300_000);

  it("a cache folder that cannot be created changes nothing", async () => {
    await ensureFreshDist();
    await writeFlow(dir, { name: "release", steps: [{ name: "go", trigger: "upstream.release", schema: SCHEMA, source: rawStep("completed", "ran") }] });
    await writeFile(join(dir, "bad-tag.json"), JSON.stringify(flowEvent("upstream.release", "evt-2", { tag: "v1" })));
    await writeFile(join(dir, "a-file"), "not a folder");
    const launcher = join(ROOT, "dist", "cli", "index.js");
    const env = { PATH: PLAIN_PATH, FLOWS_CACHE_DIR: join(dir, "a-file", "cache") };
    const child = spawnSync(process.execPath, [launcher, "explain", "--event", join(dir, "bad-tag.json"), "--repo", dir, "--no-color"], { env, encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.stdout).toMatch(/payload\/tag must match pattern/);
  }, 300_000);

  it("a hit on Bun loads neither ajv nor its code generator", async () => {
    await writeFile(join(dir, "s.json"), JSON.stringify(SCHEMA));
    const script = `import { SchemaRegistry, isAjvLoaded } from ${JSON.stringify(join(ROOT, "src", "flows", "schemas.ts"))};
const registry = new SchemaRegistry({ cache: { dir: ${JSON.stringify(join(dir, "cache"))} } });
const compiled = await registry.compile(${JSON.stringify(join(dir, "s.json"))});
console.log(JSON.stringify({ ajv: isAjvLoaded(), hits: registry.cacheHitCount, check: compiled.check({ tag: "v1" }) }));`;
    const runs = [0, 1].map(() => spawnSync(BUN, ["-e", script], { cwd: ROOT, encoding: "utf8" }));
    const [first, second] = runs.map((child) => {
      expect(child.stderr).toBe("");
      return JSON.parse(child.stdout);
    });
    expect(first).toMatchObject({ ajv: true, hits: 0 });
    expect(second).toMatchObject({ ajv: false, hits: 1 });
    expect(second.check).toEqual(first.check);
    expect(second.check.message).toContain("must match pattern");
  });
});

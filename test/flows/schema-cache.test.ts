// The compiled-schema cache (src/flows/schema-cache.ts): ajv's standalone code for a trigger
// schema, kept per user so a later `flows` run checks payloads without loading ajv.
import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { describe, expect, it } from "vitest";
import { createAjv, keywordsUsed, prepareToCompile } from "../../src/flows/schema-ajv.js";
import { AJV_VERSION, readCachedValidator, schemaCacheKey, writeCachedValidator } from "../../src/flows/schema-cache.js";
import { schemaCacheDir, useSchemaCache } from "../../src/flows/schema-cache-config.js";
import { SchemaRegistry, sharedSchemaRegistry } from "../../src/flows/schemas.js";
import { type CacheWithLines, eachTestRepoWithCache, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
let cache: CacheWithLines;
eachTestRepoWithCache((made, madeCache) => {
  repo = made;
  cache = madeCache;
});

/** A schema with every kind of code the cache must carry: patterns, formats, a $ref, equality, lengths. */
const SCHEMA = {
  type: "object",
  required: ["tag", "when"],
  properties: {
    tag: { type: "string", pattern: "^rust-v\\d+\\.\\d+$", minLength: 7 },
    when: { type: "string", format: "date-time" },
    mail: { type: "string", format: "email" },
    odd: { format: "no-such-format" },
    labels: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/label" } },
    nested: { type: "object", properties: { deep: { type: "object", patternProperties: { "^x-": { type: "integer" } } } } },
  },
  definitions: { label: { enum: [{ name: "bug" }, "docs", 3] } },
};

const PAYLOADS: unknown[] = [
  { tag: "rust-v1.2", when: "2026-12-02T06:00:00Z" },
  { tag: "v1", when: "yesterday", mail: "nope", labels: ["docs", "docs", { name: "bug" }, "x"] },
  { tag: 7, when: "2026-12-02T06:00:00Z", nested: { deep: { "x-a": 1.5, "x-b": 2, y: "z" } } },
  { labels: [{ name: "bug" }, { name: "bug" }] },
  "not an object",
  { tag: "rust-v1.2", when: "2026-12-02T06:00:00Z", mail: "a@b.io", labels: [3, "docs"] },
];

async function cacheFiles(): Promise<string[]> {
  return (await readdir(join(cache.dir, "schemas")).catch(() => [])).filter((name) => name.endsWith(".cjs"));
}

async function compiled(registry: SchemaRegistry, file: string) {
  const result = await registry.compile(join(repo.root, file));
  if (!result.ok) throw new Error(result.diagnostic.message);
  return result;
}

describe("the compiled-schema cache", () => {
  it("names the ajv it was built for", () => {
    const ajvPackage = createRequire(import.meta.url)("ajv/package.json") as { version: string };
    expect(AJV_VERSION).toBe(ajvPackage.version);
  });

  it("writes a self-contained schema once, and a later registry uses it without compiling", async () => {
    await writeFiles(repo.root, { "a/s.json": JSON.stringify(SCHEMA), "b/copy.json": JSON.stringify(SCHEMA, null, 2) });
    const first = new SchemaRegistry({ cache });
    const fresh = await compiled(first, "a/s.json");
    expect(first.ajvCompileCount).toBe(1);
    expect(await cacheFiles()).toHaveLength(1);

    const second = new SchemaRegistry({ cache });
    const hit = await compiled(second, "b/copy.json");
    expect(second.ajvCompileCount).toBe(0);
    expect(second.cacheHitCount).toBe(1);
    expect(cache.lines.some((line) => line.startsWith("schema cache hit: "))).toBe(true);
    for (const payload of PAYLOADS) expect(hit.check(payload)).toEqual(fresh.check(payload));
    expect(hit.check(PAYLOADS[1])).toMatchObject({ ok: false, message: expect.stringContaining('must match pattern "^rust-v') });
    // ajv's warnings come back with the validator: an unknown format is still reported.
    expect(hit.warnings.map((warning) => warning.message)).toEqual(fresh.warnings.map((warning) => warning.message));
    expect(hit.warnings[0]?.message).toContain('unknown format "no-such-format"');
  });

  it("gives the same errors objects as the validator ajv compiled, for every draft", async () => {
    for (const draft of ["draft-07", "2019-09", "2020-12"] as const) {
      const schema = structuredClone(SCHEMA) as Record<string, unknown>;
      if (draft !== "draft-07") schema.$defs = schema.definitions;
      const ajv = await createAjv(draft, { logger: false as never, loadSchema: async () => ({}), metaSchemas: false, source: true });
      await prepareToCompile(ajv, keywordsUsed(schema));
      const validate = await ajv.compileAsync(schema);
      const key = schemaCacheKey(`${draft}\0${JSON.stringify(schema)}`);
      await writeCachedValidator(cache, key, ajv, validate, []);
      const cached = await readCachedValidator(cache, key);
      if (!cached) throw new Error(cache.lines.join("\n"));
      const run = (check: ValidateFunction, payload: unknown) => ({ valid: check(payload), errors: check.errors });
      for (const payload of PAYLOADS) expect(run(cached.validate, payload)).toEqual(run(validate, payload));
    }
  });

  it("a hit, and a copy in the same process, skip the meta-schema check: it passed when the validator was made", async () => {
    const declared = { $schema: "http://json-schema.org/draft-07/schema#", ...SCHEMA };
    await writeFiles(repo.root, { "a/s.json": JSON.stringify(SCHEMA), "b/copy.json": JSON.stringify(declared), "c/bad.json": '{"type": 12}' });
    const first = new SchemaRegistry({ cache });
    await compiled(first, "a/s.json");
    await compiled(first, "b/copy.json");
    expect(first.metaCheckCount).toBe(1);
    expect(first.ajvCompileCount).toBe(1);

    const second = new SchemaRegistry({ cache });
    await compiled(second, "b/copy.json");
    expect(second.cacheHitCount).toBe(1);
    expect(second.metaCheckCount).toBe(0);
    // A schema that fails the check is never kept, so it is checked (and fails) every time.
    for (const registry of [second, new SchemaRegistry({ cache })]) {
      const bad = await registry.compile(join(repo.root, "c/bad.json"));
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.diagnostic.message).toContain("schema is invalid");
    }
    expect(await cacheFiles()).toHaveLength(1);
  });

  it("a changed schema is a miss, and its own file", async () => {
    await writeFiles(repo.root, {
      "one.json": JSON.stringify(SCHEMA),
      "two.json": JSON.stringify({ ...SCHEMA, required: ["tag"] }),
    });
    await compiled(new SchemaRegistry({ cache }), "one.json");
    const registry = new SchemaRegistry({ cache });
    const changed = await compiled(registry, "two.json");
    expect(registry.cacheHitCount).toBe(0);
    expect(registry.ajvCompileCount).toBe(1);
    expect(changed.check({ tag: "rust-v1.2" })).toEqual({ ok: true });
    expect(await cacheFiles()).toHaveLength(2);
  });

  it("a truncated, corrupt or foreign cache file is a miss, replaced by a fresh compile", async () => {
    await writeFiles(repo.root, { "s.json": JSON.stringify(SCHEMA) });
    const fresh = await compiled(new SchemaRegistry({ cache }), "s.json");
    const [name] = await cacheFiles();
    const path = join(cache.dir, "schemas", name as string);
    const good = await readFile(path, "utf8");
    const [header, logged] = good.split("\n");
    const footer = good.slice(good.lastIndexOf("\n") + 1);
    const spoiled = [
      good.slice(0, good.length / 2),
      "",
      `${header}\n${logged}\nthis is not JavaScript(\n${footer}`,
      `${header}\n${logged}\nmodule.exports = require("node:child_process").execSync;\n${footer}`,
      `${header}\n${logged}\nconst r = require; module.exports = r("fs").readFileSync;\n${footer}`,
      `${header}\n${logged}\nmodule.exports = 42;\n${footer}`,
    ];
    for (const text of spoiled) {
      await writeFile(path, text);
      const registry = new SchemaRegistry({ cache });
      const again = await compiled(registry, "s.json");
      expect(registry.cacheHitCount).toBe(0);
      expect(registry.ajvCompileCount).toBe(1);
      for (const payload of PAYLOADS) expect(again.check(payload)).toEqual(fresh.check(payload));
      expect(await readFile(path, "utf8")).toBe(good);
    }
    expect(cache.lines.filter((line) => line.startsWith("schema cache file ignored: "))).toHaveLength(spoiled.length);
  });

  it("a cache folder that cannot be created or read is a miss, never an error", async () => {
    await writeFiles(repo.root, { "s.json": JSON.stringify(SCHEMA), "home/file": "not a folder" });
    for (const dir of [join(repo.root, "home", "file", "cache"), join(repo.root, "readonly")]) {
      await mkdir(join(repo.root, "readonly"), { recursive: true });
      await chmod(join(repo.root, "readonly"), 0o500);
      const options = { ...cache, dir };
      const registry = new SchemaRegistry({ cache: options });
      const result = await compiled(registry, "s.json");
      expect(result.check(PAYLOADS[0])).toEqual({ ok: true });
      expect(registry.ajvCompileCount).toBe(1);
    }
    await chmod(join(repo.root, "readonly"), 0o700);
    // As root, a mode does not stop writing; the file below a file cannot be written by anyone.
    expect(cache.lines.some((line) => line.startsWith("schema cache not written: "))).toBe(true);
  });

  it("a hit never skips a check made before compiling: a cached validator for a $ref cycle is not used", async () => {
    const cycle = { properties: { a: { $ref: "#" } }, $ref: "#" };
    await writeFiles(repo.root, { "cycle.json": JSON.stringify(cycle) });
    const key = schemaCacheKey(`draft-07\0${JSON.stringify(cycle)}`);
    await mkdir(join(cache.dir, "schemas"), { recursive: true });
    const planted = '"use strict";module.exports = function validate() { return true; };';
    await writeFile(join(cache.dir, "schemas", `${key}.cjs`), `// flows-action compiled schema 1\n// logged: []\n${planted}\n// end ${key}`);
    const registry = new SchemaRegistry({ cache });
    const result = await registry.compile(join(repo.root, "cycle.json"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.message).toContain("refers back to itself");
    expect(registry.cacheHitCount).toBe(0);
  });

  it("is off unless asked, and where it lives follows the environment", async () => {
    await writeFiles(repo.root, { "s.json": JSON.stringify(SCHEMA) });
    await compiled(new SchemaRegistry(), "s.json");
    expect(schemaCacheDir({ FLOWS_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/c");
    expect(schemaCacheDir({ XDG_CACHE_HOME: "/x", HOME: "/h" })).toBe("/x/flows-action");
    expect(schemaCacheDir({ HOME: "/h" })).toBe("/h/.cache/flows-action");
    for (const off of ["0", "false", "off"]) expect(schemaCacheDir({ FLOWS_CACHE: off, HOME: "/h" })).toBeUndefined();
  });

  it("a library turns it on for the process-wide registry (matchSteps, dispatch) with useSchemaCache", async () => {
    await writeFiles(repo.root, { "one.json": JSON.stringify(SCHEMA), "two.json": JSON.stringify({ type: "object" }) });
    useSchemaCache(cache);
    try {
      await compiled(sharedSchemaRegistry(), "one.json");
      expect(await cacheFiles()).toHaveLength(1);
    } finally {
      useSchemaCache(undefined);
    }
    await compiled(sharedSchemaRegistry(), "two.json");
    expect(await cacheFiles()).toHaveLength(1);
  });
});

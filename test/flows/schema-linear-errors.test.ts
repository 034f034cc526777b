// Trigger schemas compiled at run time gather a called validator's errors in linear time
// (src/flows/ajv-linear-errors.js, applied by createAjv's code.process and by the
// compiled-schema cache). ajv's own code concatenates them: a payload of N items that each fail
// a $ref'd item schema took 2.3 s to check at N = 20,000, 23 s at 50,000 and 86 s at 100,000.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv, type Ajv as AjvCore, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import { describe, expect, it } from "vitest";
import { concatenatesErrors, linearErrors } from "../../src/flows/ajv-linear-errors.js";
import { createAjv, type Draft } from "../../src/flows/schema-ajv.js";
import { readCachedValidator, schemaCacheKey, writeCachedValidator } from "../../src/flows/schema-cache.js";
import { SchemaRegistry } from "../../src/flows/schemas.js";
import { type CacheWithLines, eachTestRepoWithCache, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
let cache: CacheWithLines;
eachTestRepoWithCache((made, madeCache) => {
  repo = made;
  cache = madeCache;
});

const ITEMS_SCHEMA = {
  type: "object",
  properties: { items: { type: "array", items: { $ref: "#/definitions/x" } } },
  definitions: { x: { type: "string" } },
};
/** Failing items: 50,000 took 23 s with ajv's concat, about 0.1 s appended in place. */
const FAILING = 50_000;
const failingPayload = (count: number) => ({ items: Array.from({ length: count }, () => 1) });
/** Generous for a loaded machine: linear checking takes about a tenth of it. */
const BOUND_MS = 5_000;

/** Time of `check(payload)`, in milliseconds. */
function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** ajv's standalone code for a validator and the ones it calls, as ajv writes it. */
const standaloneCode = standalone.default as (ajv: AjvCore, validate: ValidateFunction) => string;

const ajvStatement = /vErrors = vErrors === null \? [\w.]+\.errors : vErrors\.concat\([\w.]+\.errors\);/;

describe("errors of called validators, gathered in linear time", () => {
  it("a payload of 50,000 items failing a $ref'd item schema is checked in seconds, fresh and from the cache", async () => {
    await writeFiles(repo.root, { "a/s.json": JSON.stringify(ITEMS_SCHEMA) });
    const payload = failingPayload(FAILING);
    const first = new SchemaRegistry({ cache });
    const fresh = await first.compile(join(repo.root, "a/s.json"));
    if (!fresh.ok) throw new Error(fresh.diagnostic.message);
    expect(first.ajvCompileCount).toBe(1);
    const freshCheck = timed(() => fresh.check(payload));
    expect(freshCheck.result).toMatchObject({ ok: false, message: expect.stringContaining("payload/items/0 must be string (got 1)") });
    expect(freshCheck.ms).toBeLessThan(BOUND_MS);

    const files = (await readdir(join(cache.dir, "schemas"))).filter((name) => name.endsWith(".cjs"));
    expect(files).toHaveLength(1);
    const written = await readFile(join(cache.dir, "schemas", files[0] as string), "utf8");
    expect(written).not.toMatch(ajvStatement);
    expect(written).toContain("vErrors.push(calledError)");

    const second = new SchemaRegistry({ cache });
    const hit = await second.compile(join(repo.root, "a/s.json"));
    if (!hit.ok) throw new Error(hit.diagnostic.message);
    expect(second.cacheHitCount).toBe(1);
    const hitCheck = timed(() => hit.check(payload));
    expect(hitCheck.result).toEqual(freshCheck.result);
    expect(hitCheck.ms).toBeLessThan(BOUND_MS);
  }, 120_000);

  it("keeps every error: one per failing item, as ajv's own code gives", async () => {
    const ajv = await createAjv("draft-07", { logger: false as never, loadSchema: async () => ({}), metaSchemas: false });
    const validate = ajv.compile(ITEMS_SCHEMA);
    const { result, ms } = timed(() => validate(failingPayload(FAILING)));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(validate.errors).toHaveLength(FAILING);
    expect(validate.errors?.[FAILING - 1]).toMatchObject({ instancePath: `/items/${FAILING - 1}`, keyword: "type" });
  }, 120_000);

  it("a cache file written with ajv's concatenating code is rewritten when it is loaded", async () => {
    const ajv = await createAjv("draft-07", { logger: false as never, loadSchema: async () => ({}), metaSchemas: false, source: true });
    const validate = await ajv.compileAsync(ITEMS_SCHEMA);
    const key = schemaCacheKey(`draft-07\0${JSON.stringify(ITEMS_SCHEMA)}`);
    await writeCachedValidator(cache, key, ajv, validate, []);
    const path = join(cache.dir, "schemas", `${key}.cjs`);
    // What a flows-action before the rewrite wrote: ajv's standalone code as it is.
    const written = await readFile(path, "utf8");
    const old = written.replace(
      /if\(vErrors === null\)\{vErrors = ([\w.]+)\.errors;\}else\{for\(const calledError of \1\.errors\)\{vErrors\.push\(calledError\);\}\}/g,
      "vErrors = vErrors === null ? $1.errors : vErrors.concat($1.errors);",
    );
    expect(old).toMatch(ajvStatement);
    await writeFile(path, old);
    const cached = await readCachedValidator(cache, key);
    if (!cached) throw new Error(cache.lines.join("\n"));
    const { result, ms } = timed(() => cached.validate(failingPayload(FAILING)));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(cached.validate.errors).toHaveLength(FAILING);
  }, 120_000);
});

/** $refs called from items, properties, anyOf, oneOf, not, if/then and themselves (a tree). */
const TANGLED = {
  type: "object",
  properties: {
    list: { type: "array", items: { $ref: "#/definitions/entry" } },
    tree: { $ref: "#/definitions/node" },
    either: { anyOf: [{ $ref: "#/definitions/entry" }, { $ref: "#/definitions/small" }] },
    one: { oneOf: [{ $ref: "#/definitions/small" }, { $ref: "#/definitions/even" }] },
    never: { not: { $ref: "#/definitions/small" } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
    when: { if: { $ref: "#/definitions/small" }, then: { $ref: "#/definitions/even" }, else: { $ref: "#/definitions/entry" } },
  },
  definitions: {
    entry: { type: "object", required: ["name"], properties: { name: { type: "string", minLength: 2 }, size: { $ref: "#/definitions/small" } } },
    small: { type: "integer", maximum: 10 },
    even: { type: "integer", multipleOf: 2 },
    node: { type: "object", properties: { value: { $ref: "#/definitions/even" }, children: { type: "array", items: { $ref: "#/definitions/node" } } } },
  },
};
const TANGLED_PAYLOADS: unknown[] = [
  { list: [{ name: "ok", size: 3 }, { name: "x", size: 30 }, {}, 7], either: 20, one: 4, never: 3, when: 5 },
  { tree: { value: 3, children: [{ value: 1, children: [{ value: "a" }, { children: [{ value: 5 }] }] }, 9] }, one: 11, when: 12 },
  { list: [], tree: { value: 2 }, either: { name: "ab" }, one: 3, never: 30, when: "s" },
  "not an object",
];

describe("the rewrite", () => {
  it("gives the same errors as ajv's concatenating code, for every draft", async () => {
    for (const draft of ["draft-07", "2019-09", "2020-12"] as const satisfies readonly Draft[]) {
      const schema = JSON.parse(JSON.stringify(TANGLED).replaceAll("#/definitions/", draft === "draft-07" ? "#/definitions/" : "#/$defs/"));
      if (draft !== "draft-07") {
        schema.$defs = schema.definitions;
        delete schema.definitions;
      }
      const ajv = await createAjv(draft, { logger: false as never, loadSchema: async () => ({}), metaSchemas: false });
      const linear = ajv.compile(schema);
      const options = { strict: false, allErrors: true, validateSchema: false, inlineRefs: false };
      const Constructor = { "draft-07": Ajv, "2019-09": Ajv2019, "2020-12": Ajv2020 }[draft];
      const plain = new Constructor(options).compile(schema);
      const run = (check: ValidateFunction, payload: unknown) => ({ valid: check(payload), errors: check.errors });
      for (const payload of TANGLED_PAYLOADS) expect(run(linear, payload)).toEqual(run(plain, payload));
      expect(run(linear, TANGLED_PAYLOADS[1]).errors?.length).toBeGreaterThan(3);
    }
  });

  it("applies to the code of the ajv flows-action pins: no concat is left in a trigger schema's code", async () => {
    for (const draft of ["draft-07", "2019-09", "2020-12"] as const satisfies readonly Draft[]) {
      const ajv = await createAjv(draft, { logger: false as never, loadSchema: async () => ({}), metaSchemas: false, source: true });
      const code = standaloneCode(ajv, ajv.compile(TANGLED));
      // ajv's statement is there before the rewrite (a newer ajv may write it otherwise: then
      // this fails, and src/flows/ajv-linear-errors.js needs to learn the new form).
      expect(code).toMatch(ajvStatement);
      expect(concatenatesErrors(code)).toBe(true);
      expect(concatenatesErrors(linearErrors(code))).toBe(false);
    }
  });

  it("leaves code it does not know as it is, and never throws", () => {
    const unknown = "vErrors = vErrors === null ? a.errors : [...vErrors, ...a.errors];";
    expect(linearErrors(unknown)).toBe(unknown);
    expect(linearErrors("")).toBe("");
    const once = linearErrors("vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);");
    expect(linearErrors(once)).toBe(once);
  });
});

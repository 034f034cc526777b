// Trigger schemas are checked against their draft's meta-schema by validators compiled when
// flows-action is built (src/generated/meta-*.ts), not by ajv at run time. These tests pin that
// the result is what ajv.validateSchema says, message for message.
import { join } from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Draft, metaSchemaErrors } from "../../src/flows/schema-ajv.js";
import { describeSchemaErrors } from "../../src/flows/schema-errors.js";
import { type CompiledSchema, SchemaRegistry } from "../../src/flows/schemas.js";
import { makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** ajv checking a schema itself, as the registry did before the validators were generated. */
function ajvValidateSchema(draft: Draft, schema: object): ErrorObject[] | undefined {
  const Constructor = { "draft-07": Ajv, "2019-09": Ajv2019, "2020-12": Ajv2020 }[draft];
  const ajv = new Constructor({ strict: false, allErrors: true, inlineRefs: false });
  return ajv.validateSchema(schema) ? undefined : (ajv.errors ?? []);
}

const INVALID: Array<[string, object]> = [
  ["a type that is not a type", { type: "object", properties: { repo: { type: "strin" } } }],
  ["negative and mistyped limits", { minLength: -1, maxItems: "3", required: "repo" }],
  ["many problems at once", { type: "objec", required: "x", properties: { a: { enum: 3 }, b: { type: 5 } }, additionalProperties: 3 }],
  ["non-unique required names", { required: ["a", "a"] }],
  ["an $anchor that is not a name", { $anchor: "1bad" }],
];
const DRAFTS: Draft[] = ["draft-07", "2019-09", "2020-12"];

function expectFailed(compiled: CompiledSchema): Extract<CompiledSchema, { ok: false }> {
  if (compiled.ok) throw new Error("expected the schema to fail to compile");
  return compiled;
}

describe("meta-schema checks", () => {
  for (const draft of DRAFTS) {
    for (const [what, schema] of INVALID) {
      it(`a ${draft} schema with ${what} gets ajv's own meta-schema errors`, async () => {
        const expected = ajvValidateSchema(draft, schema);
        expect(await metaSchemaErrors(draft, schema)).toEqual(expected);
      });
    }
    it(`a valid ${draft} schema passes its meta-schema`, async () => {
      const schema = { type: "object", required: ["repo"], properties: { repo: { type: "string", pattern: "^a" } } };
      expect(await metaSchemaErrors(draft, schema)).toBeUndefined();
    });
  }

  it("an invalid trigger schema reads the same as before: the problems, the draft, the line", async () => {
    const schema = { $schema: "https://json-schema.org/draft/2020-12/schema", properties: { repo: { type: "strin" } } };
    await writeFiles(repo.root, { "s.json": json(schema) });
    const failed = expectFailed(await new SchemaRegistry().compile(join(repo.root, "s.json")));
    const errors = ajvValidateSchema("2020-12", schema);
    expect(failed.diagnostic).toMatchObject({ line: 5, column: 7 });
    expect(failed.diagnostic.message).toBe(
      `schema is invalid: ${describeSchemaErrors(errors)}. Fix it to follow JSON Schema 2020-12.`,
    );
    expect(failed.diagnostic.message).toContain("/properties/repo/type must be equal to one of the allowed values");
  });

  it("a misspelt type is told the allowed type names, not the other branches of the meta-schema's anyOf", () => {
    for (const draft of DRAFTS) {
      for (const type of ["strin", 5]) {
        const errors = ajvValidateSchema(draft, { properties: { repo: { type } } });
        expect(describeSchemaErrors(errors)).toBe(
          '/properties/repo/type must be equal to one of the allowed values: "array", "boolean", "integer", "null", "number", "object", "string"',
        );
      }
    }
    // Where no branch fits better, every branch is still told.
    expect(describeSchemaErrors(ajvValidateSchema("draft-07", { required: "repo" }))).toBe("/required must be array");
  });

  it("a $ref to a file that breaks the meta-schema is reported in that file, at the keyword", async () => {
    const common = { $schema: "http://json-schema.org/draft-07/schema#", type: "object", properties: { x: { type: "strin" } } };
    await writeFiles(repo.root, {
      "s/release.json": json({ properties: { repo: { $ref: "common.json" } } }),
      "s/common.json": json(common),
    });
    const failed = expectFailed(await new SchemaRegistry().compile(join(repo.root, "s/release.json")));
    expect(failed.diagnostic).toMatchObject({ file: join(repo.root, "s/common.json"), line: 6, column: 7 });
    expect(failed.diagnostic.message).toBe(
      `schema is invalid: ${describeSchemaErrors(ajvValidateSchema("draft-07", common))} ` +
        `(referenced by a $ref in ${join(repo.root, "s/release.json")}). Fix it to follow JSON Schema draft-07.`,
    );
  });

  it("accepts the https spelling of the draft-07 $schema", async () => {
    await writeFiles(repo.root, {
      "s.json": json({ $schema: "https://json-schema.org/draft-07/schema#", type: "object", required: ["repo"] }),
    });
    const compiled = await new SchemaRegistry().compile(join(repo.root, "s.json"));
    expect(compiled).toMatchObject({ ok: true, warnings: [] });
    if (compiled.ok) expect(compiled.check({})).toMatchObject({ ok: false });
  });

  it("a $ref to a meta-schema is still followed, with its patterns and formats", async () => {
    await writeFiles(repo.root, {
      "s.json": json({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        properties: { schema: { $ref: "https://json-schema.org/draft/2020-12/schema" } },
      }),
    });
    const compiled = await new SchemaRegistry().compile(join(repo.root, "s.json"));
    if (!compiled.ok) throw new Error(compiled.diagnostic.message);
    expect(compiled.warnings).toEqual([]);
    expect(compiled.check({ schema: { type: "string" } })).toEqual({ ok: true });
    expect(compiled.check({ schema: { $anchor: "1bad" } })).toMatchObject({ ok: false });
  });

  it("a file loaded by a $ref that refers to a meta-schema is followed too", async () => {
    await writeFiles(repo.root, {
      "s/release.json": json({ properties: { schema: { $ref: "nested.json" }, tag: { type: "string" } } }),
      "s/nested.json": json({ $ref: "http://json-schema.org/draft-07/schema#" }),
      "s/plain.json": json({ properties: { tag: { type: "string" } } }),
    });
    const registry = new SchemaRegistry();
    // A schema compiled first without the meta-schemas, so that the next one must add them.
    expect((await registry.compile(join(repo.root, "s/plain.json"))).ok).toBe(true);
    const compiled = await registry.compile(join(repo.root, "s/release.json"));
    if (!compiled.ok) throw new Error(compiled.diagnostic.message);
    expect(compiled.check({ schema: { type: "string" } })).toEqual({ ok: true });
    expect(compiled.check({ schema: { type: "strin" } })).toMatchObject({ ok: false });
  });
});

describe("copies of one schema", () => {
  const release = { type: "object", required: ["repo", "tag"], properties: { repo: { type: "string" }, tag: { type: "string", format: "nonsense" } } };

  it("copies of a self-contained schema in several packages are compiled once, each with its own warnings", async () => {
    await writeFiles(repo.root, {
      "a/s.json": json(release),
      "b/s.json": json(release),
      "c/s.json": json({ ...release, required: ["repo"] }),
    });
    const registry = new SchemaRegistry();
    const [a, b, c] = await Promise.all(["a", "b", "c"].map((dir) => registry.compile(join(repo.root, dir, "s.json"))));
    expect(registry.ajvCompileCount).toBe(2);
    expect(registry.compiledCount).toBe(3);
    for (const [compiled, dir] of [[a, "a"], [b, "b"]] as const) {
      if (!compiled?.ok) throw new Error("expected the copy to compile");
      expect(compiled.check({ repo: "r" })).toEqual({ ok: false, message: "payload must have required property 'tag'" });
      expect(compiled.warnings).toMatchObject([{ severity: "warning", file: join(repo.root, dir, "s.json"), line: 13 }]);
    }
    if (!c?.ok) throw new Error("expected the third schema to compile");
    expect(c.check({ repo: "r" })).toEqual({ ok: true });
  });

  it("copies that refer to files beside them are compiled each against their own files", async () => {
    const referring = json({ properties: { repo: { $ref: "repo.json" } } });
    await writeFiles(repo.root, {
      "a/s.json": referring,
      "a/repo.json": json({ const: "a/a" }),
      "b/s.json": referring,
      "b/repo.json": json({ const: "b/b" }),
    });
    const registry = new SchemaRegistry();
    const a = await registry.compile(join(repo.root, "a/s.json"));
    const b = await registry.compile(join(repo.root, "b/s.json"));
    expect(registry.ajvCompileCount).toBe(2);
    if (!a.ok || !b.ok) throw new Error("expected both to compile");
    expect(a.check({ repo: "a/a" })).toEqual({ ok: true });
    expect(b.check({ repo: "a/a" })).toMatchObject({ ok: false });
  });
});

import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CompiledSchema, SchemaRegistry } from "../../src/flows/schemas.js";
import { makeTempRepo, releaseEvent, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const payload = (overrides: Record<string, unknown> = {}): unknown =>
  releaseEvent(overrides).payload;

function expectCompiled(compiled: CompiledSchema): Extract<CompiledSchema, { ok: true }> {
  if (!compiled.ok)
    throw new Error(`expected the schema to compile: ${compiled.diagnostic.message}`);
  return compiled;
}

function expectFailed(compiled: CompiledSchema): Extract<CompiledSchema, { ok: false }> {
  if (compiled.ok) throw new Error("expected the schema to fail to compile");
  return compiled;
}

describe("SchemaRegistry", () => {
  it("checks a draft 2020-12 schema that uses $defs and a $ref to a sibling file", async () => {
    await writeFiles(repo.root, {
      "schemas/release.schema.json": json({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "object",
        required: ["repo", "tag"],
        properties: {
          repo: { $ref: "common.schema.json#/$defs/repo" },
          tag: { $ref: "#/$defs/tag" },
        },
        $defs: { tag: { type: "string", pattern: "^rust-v\\d+\\.\\d+\\.\\d+$" } },
      }),
      "schemas/common.schema.json": json({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $defs: { repo: { type: "string", pattern: "^[^/]+/[^/]+$" } },
      }),
    });
    const registry = new SchemaRegistry();
    const compiled = expectCompiled(
      await registry.compile(join(repo.root, "schemas/release.schema.json")),
    );

    expect(compiled.check(payload())).toEqual({ ok: true });
    expect(compiled.check(payload({ repo: "no-slash" }))).toEqual({
      ok: false,
      message: 'payload/repo must match pattern "^[^/]+/[^/]+$" (got "no-slash")',
    });
    expect(compiled.check(payload({ tag: "v1" }))).toMatchObject({ ok: false });
  });

  it("checks a draft-07 schema whose $ref names definitions in a sibling file", async () => {
    await writeFiles(repo.root, {
      "schemas/release.schema.json": json({
        type: "object",
        properties: { provider: { $ref: "common.schema.json#/definitions/provider" } },
      }),
      "schemas/common.schema.json": json({
        definitions: { provider: { enum: ["github", "gitlab"] } },
      }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "schemas/release.schema.json")),
    );

    expect(compiled.check(payload())).toEqual({ ok: true });
    expect(compiled.check(payload({ provider: "svn" }))).toEqual({
      ok: false,
      message: 'payload/provider must be equal to one of the allowed values: "github", "gitlab" (got "svn")',
    });
  });

  it("rejects a publishedAt that is not a date-time when the schema says format date-time", async () => {
    await writeFiles(repo.root, {
      "release.schema.json": json({
        type: "object",
        properties: { publishedAt: { type: "string", format: "date-time" } },
      }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "release.schema.json")),
    );

    expect(compiled.check(payload())).toEqual({ ok: true });
    expect(compiled.check(payload({ publishedAt: "last tuesday" }))).toEqual({
      ok: false,
      message: 'payload/publishedAt must match format "date-time" (got "last tuesday")',
    });
  });

  it("reports every problem and names unexpected properties", async () => {
    await writeFiles(repo.root, {
      "strict.schema.json": json({
        type: "object",
        additionalProperties: false,
        required: ["repo"],
        properties: { repo: { type: "string", minLength: 3 }, tag: { const: "v1" } },
      }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "strict.schema.json")),
    );

    const check = compiled.check({ repo: "ab", tag: "v2", extra: true });
    expect(check).toEqual({
      ok: false,
      message:
        'payload must NOT have additional properties: "extra"; ' +
        'payload/repo must NOT have fewer than 3 characters (got "ab"); ' +
        'payload/tag must be equal to constant: "v1" (got "v2")',
    });
  });

  it("names the value each check got, cut short, and an object or array only by its kind", async () => {
    await writeFiles(repo.root, {
      "shown.schema.json": json({
        type: "object",
        properties: {
          ref: { const: "refs/heads/main" },
          tag: { type: "string" },
          "a/b": { enum: ["x"] },
          labels: { type: "object" },
          title: { type: "string" },
        },
        required: ["title"],
      }),
    });
    const compiled = expectCompiled(await new SchemaRegistry().compile(join(repo.root, "shown.schema.json")));
    const long = "refs/heads/".padEnd(500, "x");
    const check = compiled.check({ ref: long, tag: { name: "v1" }, "a/b": "y", labels: ["bug"] });
    expect(check.ok).toBe(false);
    const message = check.ok ? "" : check.message;
    expect(message).toContain(`payload/ref must be equal to constant: "refs/heads/main" (got ${JSON.stringify(long).slice(0, 79)}…)`);
    expect(message).toContain("payload/tag must be string (got an object)");
    expect(message).toContain('payload/a~1b must be equal to one of the allowed values: "x" (got "y")');
    expect(message).toContain("payload/labels must be object (got an array)");
    // A missing property has no value to show.
    expect(message).toContain("payload must have required property 'title';");
    expect(message).not.toContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  });

  it("ignores keywords it does not know, as the old runtime did", async () => {
    await writeFiles(repo.root, {
      "legacy.schema.json": json({
        type: "object",
        "x-owner": "release-team",
        properties: { repo: { type: "string", deprecatedHint: "use slug" } },
      }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "legacy.schema.json")),
    );
    expect(compiled.check({ repo: "openai/codex" })).toEqual({ ok: true });
    expect(compiled.check({ repo: 7 })).toEqual({
      ok: false,
      message: "payload/repo must be string (got 7)",
    });
    expect(compiled.warnings).toEqual([]);
  });

  it("warns about an unknown format and does not check it", async () => {
    await writeFiles(repo.root, {
      "semver.schema.json": json({ properties: { tag: { type: "string", format: "semver" } } }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "semver.schema.json")),
    );
    expect(compiled.check({ tag: "not-a-version" })).toEqual({ ok: true });
    expect(compiled.warnings.map((w) => [w.severity, w.file, w.line])).toEqual([
      ["warning", join(repo.root, "semver.schema.json"), 5],
    ]);
    expect(compiled.warnings[0]?.message).toContain('unknown format "semver" ignored');
  });

  it("compiles two copies of a schema that share one $id", async () => {
    const schema = (pinned: string) =>
      json({
        $id: "https://example.com/schemas/release.json",
        type: "object",
        properties: { repo: { const: pinned } },
      });
    await writeFiles(repo.root, {
      "a/release.json": schema("a/a"),
      "b/release.json": schema("b/b"),
    });
    const registry = new SchemaRegistry();
    const a = expectCompiled(await registry.compile(join(repo.root, "a/release.json")));
    const b = expectCompiled(await registry.compile(join(repo.root, "b/release.json")));

    expect(a.check({ repo: "a/a" })).toEqual({ ok: true });
    expect(b.check({ repo: "b/b" })).toEqual({ ok: true });
    expect(b.check({ repo: "a/a" })).toMatchObject({ ok: false });
  });

  it("follows a relative $ref from a schema with an https $id to the file beside it", async () => {
    await writeFiles(repo.root, {
      "s/release.json": json({
        $id: "https://example.com/schemas/release.json",
        properties: { repo: { $ref: "parts/repo.json" } },
      }),
      "s/parts/repo.json": json({ type: "string", maxLength: 5 }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "s/release.json")),
    );
    expect(compiled.check({ repo: "a/b" })).toEqual({ ok: true });
    expect(compiled.check({ repo: "openai/codex" })).toMatchObject({ ok: false });
  });

  it("reports a $ref to a missing sibling at the line of the $ref", async () => {
    await writeFiles(repo.root, {
      "s/release.json":
        '{\n  "type": "object",\n  "properties": {\n    "repo": { "$ref": "nope.json#/definitions/repo" }\n  }\n}\n',
    });
    const failed = expectFailed(
      await new SchemaRegistry().compile(join(repo.root, "s/release.json")),
    );
    expect(failed.diagnostic).toMatchObject({
      severity: "error",
      file: join(repo.root, "s/release.json"),
      line: 4,
      column: 15,
    });
    expect(failed.diagnostic.message).toContain(
      `${join(repo.root, "s/nope.json")}, which does not exist`,
    );
  });

  it("warns when a draft-07 schema uses a later draft's keyword, which draft-07 ignores", async () => {
    await writeFiles(repo.root, {
      "modern.json": json({
        type: "object",
        properties: {
          repo: { type: "string" },
          // A property named like a keyword is no keyword.
          prefixItems: { type: "array" },
          tags: { type: "array", prefixItems: [{ type: "string" }] },
        },
        unevaluatedProperties: false,
      }),
      "declared.json": json({ $schema: "http://json-schema.org/draft-07/schema#", dependentRequired: { tag: ["repo"] } }),
      "modern-2020.json": json({ $schema: "https://json-schema.org/draft/2020-12/schema", unevaluatedProperties: false }),
    });
    const registry = new SchemaRegistry();
    const modern = expectCompiled(await registry.compile(join(repo.root, "modern.json")));
    // Still draft-07, as before: the keywords are ignored, and now the author is told.
    expect(modern.check({ repo: "o/r", extra: 1 })).toEqual({ ok: true });
    expect(modern.warnings.map((w) => [w.severity, w.line, w.message.split(",")[0]])).toEqual([
      ["warning", 12, "prefixItems is a keyword of JSON Schema 2020-12 and later"],
      ["warning", 19, "unevaluatedProperties is a keyword of JSON Schema 2019-09 and later"],
    ]);
    expect(modern.warnings[1]?.message).toBe(
      "unevaluatedProperties is a keyword of JSON Schema 2019-09 and later, but this schema is checked as draft-07 " +
        "(because it has no $schema), which ignores it: payloads are not checked against it. " +
        'Add "$schema": "https://json-schema.org/draft/2020-12/schema" at the top of the schema, or remove the keyword.',
    );
    const declared = expectCompiled(await registry.compile(join(repo.root, "declared.json")));
    expect(declared.warnings[0]?.message).toContain('(because of its $schema), which ignores it: payloads are not checked against it. Set $schema to "https://json-schema.org/draft/2020-12/schema"');
    const modern2020 = expectCompiled(await registry.compile(join(repo.root, "modern-2020.json")));
    expect(modern2020.warnings).toEqual([]);
    expect(modern2020.check({ extra: 1 })).toMatchObject({ ok: false });
  });

  it("warns that an unsupported $schema is checked as draft-07", async () => {
    await writeFiles(repo.root, {
      "old.json": json({
        $schema: "http://json-schema.org/draft-04/schema#",
        type: "object",
        required: ["repo"],
      }),
    });
    const compiled = expectCompiled(
      await new SchemaRegistry().compile(join(repo.root, "old.json")),
    );
    expect(compiled.check({})).toEqual({
      ok: false,
      message: "payload must have required property 'repo'",
    });
    expect(compiled.warnings).toHaveLength(1);
    expect(compiled.warnings[0]).toMatchObject({ severity: "warning", line: 2 });
    expect(compiled.warnings[0]?.message).toContain("checked as draft-07");
  });

  it("accepts boolean schemas", async () => {
    await writeFiles(repo.root, { "any.json": "true\n", "none.json": "false\n" });
    const registry = new SchemaRegistry();
    const any = expectCompiled(await registry.compile(join(repo.root, "any.json")));
    const none = expectCompiled(await registry.compile(join(repo.root, "none.json")));
    expect(any.check({ anything: 1 })).toEqual({ ok: true });
    expect(none.check({})).toMatchObject({ ok: false });
  });

  it("returns the same compiled schema for the same file however the path is written", async () => {
    await writeFiles(repo.root, { "s/x.json": json({ type: "object" }) });
    const registry = new SchemaRegistry();
    const first = await registry.compile(join(repo.root, "s/x.json"));
    const second = await registry.compile(join(repo.root, "s/../s/x.json"));
    expect(second).toBe(first);
    expect(registry.compiledCount).toBe(1);
  });
});

import { execFileSync } from "node:child_process";
import { mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type CompiledSchema, SchemaRegistry } from "../../src/flows/schemas.js";
import { MAX_SCHEMA_BYTES, MAX_SCHEMA_DEPTH } from "../../src/flows/schema-budget.js";
import { makeTempRepo, type TempRepo, writeFiles } from "../flows/helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes a package with flow.toml and the given schema files; compiles `schemas/main.json`. */
async function compileMain(files: Record<string, string>): Promise<{ compiled: CompiledSchema; registry: SchemaRegistry; path: string }> {
  await writeFiles(join(repo.root, "pkg"), { "flow.toml": 'name = "pkg"\nversion = 1\n', ...files });
  const registry = new SchemaRegistry();
  const path = join(repo.root, "pkg/schemas/main.json");
  return { compiled: await registry.compile(path), registry, path };
}

function failure(compiled: CompiledSchema): { message: string; line?: number } {
  if (compiled.ok) throw new Error("expected the schema to be refused");
  return { message: compiled.diagnostic.message, ...(compiled.diagnostic.line ? { line: compiled.diagnostic.line } : {}) };
}

function usable(compiled: CompiledSchema): Extract<CompiledSchema, { ok: true }> {
  if (!compiled.ok) throw new Error(`expected the schema to compile: ${compiled.diagnostic.message}`);
  return compiled;
}

describe("trigger schemas under hostile input", () => {
  it("checks a catastrophic-backtracking pattern in linear time", async () => {
    const { compiled } = await compileMain({
      "schemas/main.json": json({ type: "object", properties: { title: { type: "string", pattern: "^(a+)+$" } } }),
    });
    const check = usable(compiled).check({ title: `${"a".repeat(5000)}!` });
    expect(check).toMatchObject({ ok: false });
    expect(usable(compiled).check({ title: "aaaa" })).toEqual({ ok: true });
  });

  it("refuses a backreference with the line of the pattern and what to change", async () => {
    const { compiled } = await compileMain({
      "schemas/main.json": json({ type: "object", properties: { title: { type: "string", pattern: "^(a)\\1$" } } }),
    });
    const { message, line } = failure(compiled);
    expect(message).toContain("backreferences");
    expect(line).toBe(6);
  });

  it("refuses lookahead in patternProperties", async () => {
    const { compiled } = await compileMain({
      "schemas/main.json": json({ type: "object", patternProperties: { "^(?!x)": { type: "string" } } }),
    });
    expect(failure(compiled).message).toContain("lookahead");
  });

  it('refuses {"$ref": "#"} instead of overflowing the stack on every payload', async () => {
    const { compiled } = await compileMain({ "schemas/main.json": json({ $ref: "#" }) });
    expect(failure(compiled)).toMatchObject({ message: expect.stringContaining("refers back to itself"), line: 2 });
  });

  it("refuses a $ref cycle through allOf and definitions", async () => {
    const { compiled } = await compileMain({
      "schemas/main.json": json({ definitions: { a: { allOf: [{ $ref: "#/definitions/b" }] }, b: { anyOf: [{ $ref: "#/definitions/a" }] } }, $ref: "#/definitions/a" }),
    });
    expect(failure(compiled).message).toContain("refers back to itself");
  });

  it("keeps a recursive schema that steps into the payload", async () => {
    const { compiled } = await compileMain({
      "schemas/main.json": json({ type: "object", properties: { child: { $ref: "#" } } }),
    });
    expect(usable(compiled).check({ child: { child: {} } })).toEqual({ ok: true });
  });

  it("turns a cycle across files that overflows the stack into a problem of that schema", async () => {
    const { compiled, registry, path } = await compileMain({
      "schemas/main.json": json({ $ref: "other.json" }),
      "schemas/other.json": json({ allOf: [{ $ref: "main.json" }] }),
    });
    const check = compiled.ok ? compiled.check({}) : { ok: false as const, message: compiled.diagnostic.message };
    expect(check.ok).toBe(false);
    expect((await registry.problemsOf(path)).length).toBeGreaterThan(0);
  });

  it("refuses a schema over the size budget, saying the limit", async () => {
    const properties = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`field_${i}`, { type: "string", description: "x".repeat(20) }]));
    const { compiled } = await compileMain({ "schemas/main.json": json({ type: "object", properties }) });
    expect(JSON.stringify(properties).length).toBeGreaterThan(MAX_SCHEMA_BYTES);
    expect(failure(compiled).message).toMatch(/at most 512 KiB/);
  });

  it("refuses a schema nested deeper than the depth budget", async () => {
    let schema: Record<string, unknown> = { type: "string" };
    for (let i = 0; i < MAX_SCHEMA_DEPTH; i++) schema = { type: "object", properties: { a: schema } };
    const { compiled } = await compileMain({ "schemas/main.json": JSON.stringify(schema) });
    expect(failure(compiled).message).toContain(`more than ${MAX_SCHEMA_DEPTH} levels`);
  });

  it("refuses a chain of definitions that each use the previous twice (exponential checks)", async () => {
    const definitions: Record<string, unknown> = { d0: { type: "string" } };
    for (let i = 1; i <= 40; i++) definitions[`d${i}`] = { allOf: [{ $ref: `#/definitions/d${i - 1}` }, { $ref: `#/definitions/d${i - 1}` }] };
    const { compiled } = await compileMain({ "schemas/main.json": json({ definitions, $ref: "#/definitions/d40" }) });
    expect(failure(compiled).message).toContain("expands to more than 100,000 subschemas");
  });

  it.each([
    ["a relative path out of the package", "../../../../../../../etc/passwd"],
    ["a file: URL", "file:///proc/self/environ"],
    ["an http URL", "http://example.com/schema.json"],
  ])("refuses a $ref to %s", async (_, ref) => {
    const { compiled } = await compileMain({ "schemas/main.json": json({ type: "object", properties: { a: { $ref: ref } } }) });
    const { message, line } = failure(compiled);
    expect(message).toMatch(/leaves the flow package|never URLs/);
    expect(line).toBe(5);
  });

  it("refuses a $ref through a symlink that leads out of the package", async () => {
    await writeFiles(repo.root, { "outside/secret.json": json({ type: "string" }) });
    await writeFiles(join(repo.root, "pkg"), { "flow.toml": 'name = "pkg"\nversion = 1\n' });
    await symlink(join(repo.root, "outside"), join(repo.root, "pkg/linked"));
    const { compiled } = await compileMain({ "schemas/main.json": json({ $ref: "../linked/secret.json" }) });
    expect(failure(compiled).message).toContain("leaves the flow package");
  });

  // A FIFO never ends a read: the old code waited on it for ever (and a signal could not stop the command).
  it.skipIf(process.platform === "win32").each([
    ["a $ref to a FIFO inside the package", "schemas/part.json", "schemas/main.json"],
    ["a schema that is a FIFO", "schemas/main.json", undefined],
  ])("refuses %s, at once", async (_, fifo, referrer) => {
    await writeFiles(join(repo.root, "pkg"), referrer === undefined ? {} : { [referrer]: json({ $ref: "part.json" }) });
    await mkdir(join(repo.root, "pkg/schemas"), { recursive: true });
    execFileSync("mkfifo", [join(repo.root, "pkg", fifo)]);
    const { compiled } = await compileMain({});
    expect(failure(compiled).message).toContain(`schema file ${join(repo.root, "pkg", fifo)} is a FIFO (named pipe), not a plain file`);
  }, 5_000);

  it("still loads a $ref to a sibling file inside the package", async () => {
    const { compiled } = await compileMain({
      "schemas/main.json": json({ $ref: "../shared/common.json" }),
      "shared/common.json": json({ type: "string" }),
    });
    expect(usable(compiled).check("x")).toEqual({ ok: true });
  });
});

// A process that runs command after command (`flows daemon`) starts each with a new trigger-schema
// registry (forgetSharedSchemaRegistry), as the files may have changed, but keeps the validators
// of self-contained schemas by their content: an unchanged schema is not compiled again, an edited
// one is, and a schema whose checks depend on another file is always compiled from the files.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forgetSharedSchemaRegistry, MAX_KEPT_FILE_CHARS, sharedSchemaRegistry } from "../../src/flows/schemas.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-kept-compiles-"));
});
afterEach(async () => {
  forgetSharedSchemaRegistry();
  await rm(dir, { recursive: true, force: true });
});

const TAG = { type: "object", required: ["tag"], properties: { tag: { type: "string", pattern: "^v" } } };

/** A command's registry: the one the next command gets once this one is forgotten. */
async function command(schemaPath: string, payload: unknown, keep = true) {
  forgetSharedSchemaRegistry({ keepSelfContained: keep });
  const registry = sharedSchemaRegistry();
  const compiled = await registry.compile(schemaPath);
  if (!compiled.ok) throw new Error(compiled.diagnostic.message);
  return { ok: compiled.check(payload).ok, compiles: registry.ajvCompileCount, cacheHits: registry.cacheHitCount };
}

/** A command's compile of `schemaPath`: its warnings, and whether the file was taken as an earlier command compiled it. */
async function warningsOf(schemaPath: string) {
  forgetSharedSchemaRegistry({ keepSelfContained: true });
  const registry = sharedSchemaRegistry();
  const compiled = await registry.compile(schemaPath);
  return { warnings: compiled.warnings.map((warning) => warning.message), keptFile: registry.keptFileHitCount };
}

describe("validators kept across commands", () => {
  it("are used again for a schema whose content has not changed: no compile, no cache read", async () => {
    const schema = join(dir, "tag.schema.json");
    await writeFile(schema, JSON.stringify(TAG));
    expect(await command(schema, { tag: "v1" })).toEqual({ ok: true, compiles: 1, cacheHits: 0 });
    expect(await command(schema, { tag: "v1" })).toEqual({ ok: true, compiles: 0, cacheHits: 0 });
    expect(await command(schema, { tag: "1" })).toEqual({ ok: false, compiles: 0, cacheHits: 0 });
    // A copy of it elsewhere (each seed package ships its own) is the same content.
    const copy = join(dir, "copy.schema.json");
    await writeFile(copy, JSON.stringify(TAG));
    expect(await command(copy, { tag: "v1" })).toEqual({ ok: true, compiles: 0, cacheHits: 0 });
  });

  it("count an edit at once: the edited schema is new content, compiled and checked as it is now", async () => {
    const schema = join(dir, "tag.schema.json");
    await writeFile(schema, JSON.stringify(TAG));
    expect((await command(schema, { tag: "1" })).ok).toBe(false);
    await writeFile(schema, JSON.stringify({ ...TAG, properties: { tag: { type: "string" } } }));
    const edited = await command(schema, { tag: "1" });
    expect(edited.ok).toBe(true);
    expect(edited.compiles + edited.cacheHits).toBe(1);
  });

  it("are not kept for a schema that refers to another file: an edit of that file counts", async () => {
    const schema = join(dir, "release.schema.json");
    const shared = join(dir, "tag.schema.json");
    await writeFile(shared, JSON.stringify(TAG));
    await writeFile(schema, JSON.stringify({ type: "object", properties: { release: { $ref: "tag.schema.json" } } }));
    expect((await command(schema, { release: { tag: "1" } })).ok).toBe(false);
    await writeFile(shared, JSON.stringify({ type: "object" }));
    const after = await command(schema, { release: { tag: "1" } });
    expect(after.ok).toBe(true);
    expect(after.compiles).toBe(1);
  });

  it("keep the file too: unchanged, it is not parsed again and says the same warnings; edited, it is read as it is now", async () => {
    const schema = join(dir, "tag.schema.json");
    // A keyword misspelt (a warning from the text) and a format ajv does not know (one ajv logs as it compiles).
    await writeFile(schema, JSON.stringify({ ...TAG, requierd: ["tag"], properties: { tag: { type: "string", format: "semver-ish" } } }));
    const first = await warningsOf(schema);
    expect(first.keptFile).toBe(0);
    expect(first.warnings.some((message) => message.includes("requierd"))).toBe(true);
    const second = await warningsOf(schema);
    expect(second).toEqual({ warnings: first.warnings, keptFile: 1 });
    expect(await warningsOf(schema)).toEqual({ warnings: first.warnings, keptFile: 1 });
    await writeFile(schema, JSON.stringify(TAG));
    expect(await warningsOf(schema)).toEqual({ warnings: [], keptFile: 0 });
  });

  it("keep no file larger than MAX_KEPT_FILE_CHARS by its text (its validator still by content)", async () => {
    const schema = join(dir, "large.schema.json");
    await writeFile(schema, JSON.stringify({ ...TAG, description: "x".repeat(MAX_KEPT_FILE_CHARS) }));
    expect((await warningsOf(schema)).keptFile).toBe(0);
    expect((await warningsOf(schema)).keptFile).toBe(0);
    expect(await command(schema, { tag: "v1" })).toEqual({ ok: true, compiles: 0, cacheHits: 0 });
  });

  it("are not kept unless asked: each command's registry starts empty", async () => {
    const schema = join(dir, "tag.schema.json");
    await writeFile(schema, JSON.stringify(TAG));
    await command(schema, { tag: "v1" }, false);
    const again = await command(schema, { tag: "v1" }, false);
    expect(again.compiles + again.cacheHits).toBe(1);
  });
});

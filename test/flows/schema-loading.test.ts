// Its own file so that no other test has loaded re2js in this module graph yet.
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { isRe2Loaded } from "../../src/flows/schema-budget.js";
import { SchemaRegistry } from "../../src/flows/schemas.js";
import { makeTempRepo, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

it("re2js is loaded only once a schema has a pattern, and patterns still run on it", async () => {
  await writeFiles(repo.root, {
    "plain.json": JSON.stringify({ type: "object", required: ["tag"] }),
    "patterned.json": JSON.stringify({ properties: { tag: { $ref: "tag.json" } } }),
    "tag.json": JSON.stringify({ type: "string", pattern: "^rust-v\\d+$" }),
    "backtracking.json": JSON.stringify({ properties: { tag: { type: "string", pattern: "(a)\\1" } } }),
  });
  const registry = new SchemaRegistry();
  expect((await registry.compile(join(repo.root, "plain.json"))).ok).toBe(true);
  expect(isRe2Loaded()).toBe(false);

  const patterned = await registry.compile(join(repo.root, "patterned.json"));
  expect(isRe2Loaded()).toBe(true);
  if (!patterned.ok) throw new Error(patterned.diagnostic.message);
  expect(patterned.check({ tag: "rust-v1" })).toEqual({ ok: true });
  expect(patterned.check({ tag: "v1" })).toEqual({ ok: false, message: 'payload/tag must match pattern "^rust-v\\d+$" (got "v1")' });

  // RE2 has no backreferences: the pattern is a problem of its schema, never run on JavaScript's engine.
  const backtracking = await registry.compile(join(repo.root, "backtracking.json"));
  expect(backtracking.ok).toBe(false);
  if (!backtracking.ok) expect(backtracking.diagnostic.message).toContain("linear-time engine (RE2)");
});

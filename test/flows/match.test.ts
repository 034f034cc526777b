import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { matchSteps, typeMatches } from "../../src/flows/match.js";
import { SchemaRegistry } from "../../src/flows/schemas.js";
import type { FlowPackage } from "../../src/flows/types.js";
import {
  copyPackage,
  makeTempRepo,
  releaseEvent,
  type TempRepo,
  writeFiles,
  writeSimplePackage,
} from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

async function seedFlows(): Promise<FlowPackage[]> {
  await copyPackage("openai-codex-bindings", repo.root, "flows/openai-codex-bindings");
  await copyPackage("codex-pinned-release", repo.root, "flows/codex-pinned-release");
  const { flows, problems } = await discoverFlows({ repoRoot: repo.root });
  expect(problems).toEqual([]);
  return flows;
}

const names = (refs: { flow: FlowPackage; step: { name: string } }[]): string[] =>
  refs.map(({ flow, step }) => `${flow.name}/${step.name}`);

describe("matching the seed contract", () => {
  it("an openai/codex release matches both upstream.release steps, in discovery order", async () => {
    const flows = await seedFlows();
    const result = await matchSteps(flows, releaseEvent(), { schemas: new SchemaRegistry() });

    expect(names(result.matched)).toEqual([
      "codex-pinned-release/announce",
      "openai-codex-bindings/regenerate-bindings",
    ]);
    expect(result.mismatches).toHaveLength(1);
    expect(result.mismatches[0]).toMatchObject({ reason: "no-trigger" });
    expect(result.mismatches[0]?.step.name).toBe("manual-only");
  });

  it("a release of another repo matches only the unpinned flow and names the enum", async () => {
    const flows = await seedFlows();
    const event = releaseEvent({ repo: "other/repo" });
    const result = await matchSteps(flows, event, { schemas: new SchemaRegistry() });

    expect(names(result.matched)).toEqual(["openai-codex-bindings/regenerate-bindings"]);
    const schemaMismatch = result.mismatches.find((mismatch) => mismatch.reason === "schema");
    expect(schemaMismatch?.step.name).toBe("announce");
    expect(schemaMismatch?.message).toBe(
      "payload does not match schemas/upstream-release.schema.json: " +
        'payload/repo must be equal to one of the allowed values: "openai/codex" (got "other/repo")',
    );
  });

  it("a payload without the required tag is rejected with the missing property named", async () => {
    const flows = await seedFlows();
    const event = releaseEvent();
    delete (event.payload as Record<string, unknown>).tag;
    const result = await matchSteps(flows, event, { schemas: new SchemaRegistry() });

    expect(result.matched).toEqual([]);
    const messages = result.mismatches.filter((m) => m.reason === "schema").map((m) => m.message);
    expect(messages).toHaveLength(2);
    for (const message of messages)
      expect(message).toContain("payload must have required property 'tag'");
  });

  it("an event of another type matches nothing and says which types differ", async () => {
    const flows = await seedFlows();
    const event = { ...releaseEvent(), type: "pull_request.opened" };
    const result = await matchSteps(flows, event, { schemas: new SchemaRegistry() });

    expect(result.matched).toEqual([]);
    expect(result.mismatches.map((m) => m.reason)).toEqual(["type", "no-trigger", "type"]);
    expect(result.mismatches[0]?.message).toBe(
      'trigger type "upstream.release" does not match event type "pull_request.opened"',
    );
  });
});

describe("a trigger type that looks meant for the event says why it does not match", () => {
  it.each([
    ["pull_request", '; a GitHub event with an action is typed <event>.<action>: write "pull_request.opened", or "pull_request.*" for every action'],
    ["Pull_Request.opened", '; types are case-sensitive: write "pull_request.opened"'],
    ["pull_request.opened ", "; the trigger type has spaces around it: remove them"],
    ["push", ""],
  ])("trigger type %j", async (type, hint) => {
    await writeSimplePackage(repo.root, "flows/pr", { name: "pr", steps: [{ name: "s", type }] });
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const result = await matchSteps(flows, { ...releaseEvent(), type: "pull_request.opened" });
    expect(result.mismatches.map((m) => m.message)).toEqual([
      `trigger type ${JSON.stringify(type)} does not match event type "pull_request.opened"${hint}`,
    ]);
  });
});

describe("matching order", () => {
  it("keeps flows in the given order and steps in manifest order", async () => {
    await writeSimplePackage(repo.root, "flows/b", {
      name: "b",
      steps: [
        { name: "b1", type: "x" },
        { name: "b2", type: "y" },
        { name: "b3", type: "x" },
      ],
    });
    await writeSimplePackage(repo.root, "flows/a", {
      name: "a",
      steps: [
        { name: "a1", type: "*" },
        { name: "a2", type: "x" },
      ],
    });
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const event = { ...releaseEvent(), type: "x" };

    const result = await matchSteps(flows, event);
    expect(names(result.matched)).toEqual(["a/a1", "a/a2", "b/b1", "b/b3"]);
    expect(names(result.mismatches)).toEqual(["b/b2"]);

    const reversed = await matchSteps([...flows].reverse(), event);
    expect(names(reversed.matched)).toEqual(["b/b1", "b/b3", "a/a1", "a/a2"]);
  });
});

describe("wildcard trigger types", () => {
  it.each([
    ["pull_request.*", "pull_request.opened", true],
    ["pull_request.*", "pull_request_target.opened", false],
    ["pull_request.*", "pull_request", false],
    ["*", "anything.at.all", true],
    ["*.release", "upstream.release", true],
    ["*.release", "upstream.released", false],
    ["issue*.opened", "issues.opened", true],
    ["upstream.release", "upstream.release", true],
    ["upstream.release", "upstreamXrelease", false],
    ["a+b(c)", "a+b(c)", true],
    ["a+b(c)*", "aab(c)", false],
  ])("trigger type %s against event type %s is %s", (pattern, type, expected) => {
    expect(typeMatches(pattern, type)).toBe(expected);
  });

  it("a pull_request.* step runs for pull_request.opened but not pull_request_target.opened", async () => {
    await writeSimplePackage(repo.root, "flows/pr", {
      name: "pr",
      steps: [{ name: "review", type: "pull_request.*" }],
    });
    const { flows } = await discoverFlows({ repoRoot: repo.root });
    const opened = await matchSteps(flows, { ...releaseEvent(), type: "pull_request.opened" });
    const target = await matchSteps(flows, {
      ...releaseEvent(),
      type: "pull_request_target.opened",
    });

    expect(names(opened.matched)).toEqual(["pr/review"]);
    expect(target.matched).toEqual([]);
    expect(target.mismatches[0]?.reason).toBe("type");
  });
});

describe("schema compilation during matching", () => {
  it("compiles nothing when no step's trigger type matches", async () => {
    const flows = await seedFlows();
    const registry = new SchemaRegistry();
    const compile = vi.spyOn(registry, "compile");

    const result = await matchSteps(
      flows,
      { ...releaseEvent(), type: "push" },
      { schemas: registry },
    );

    expect(result.matched).toEqual([]);
    expect(compile).not.toHaveBeenCalled();
    expect(registry.compiledCount).toBe(0);
  });

  it("compiles each schema file once across matchSteps calls", async () => {
    const flows = await seedFlows();
    const registry = new SchemaRegistry();
    const compileNow = vi.spyOn(
      registry as unknown as { compileNow: (path: string) => Promise<unknown> },
      "compileNow",
    );

    await matchSteps(flows, releaseEvent(), { schemas: registry });
    await matchSteps(flows, releaseEvent({ repo: "other/repo" }), { schemas: registry });

    expect(compileNow).toHaveBeenCalledTimes(2);
    const compiledPaths = compileNow.mock.calls.map(([path]) => path).sort();
    expect(compiledPaths).toEqual([
      join(repo.root, "flows/codex-pinned-release/schemas/upstream-release.schema.json"),
      join(repo.root, "flows/openai-codex-bindings/schemas/upstream-release.schema.json"),
    ]);
    expect(registry.compiledCount).toBe(2);
  });

  it("a schema that does not compile is a schema mismatch, not an exception", async () => {
    await writeSimplePackage(repo.root, "flows/bad", {
      name: "bad",
      steps: [{ name: "s", type: "upstream.release", schema: "schemas/bad.json" }],
    });
    await writeFiles(repo.root, {
      "flows/bad/schemas/bad.json": '{ "type": "object", "required": "repo" }\n',
    });
    const { flows, problems } = await discoverFlows({ repoRoot: repo.root });
    expect(problems).toEqual([]);

    const result = await matchSteps(flows, releaseEvent(), { schemas: new SchemaRegistry() });

    expect(result.matched).toEqual([]);
    expect(result.mismatches[0]?.reason).toBe("schema");
    expect(result.mismatches[0]?.message).toContain("schema schemas/bad.json cannot be used");
    expect(result.mismatches[0]?.message).toContain("/required must be array");
  });
});

import { performance } from "node:perf_hooks";
import { afterEach, beforeEach, expect, it } from "vitest";
import { discoverFlows } from "../../src/flows/discovery.js";
import { matchSteps } from "../../src/flows/match.js";
import { SchemaRegistry } from "../../src/flows/schemas.js";
import { makeTempRepo, releaseEvent, type TempRepo, writeFiles } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

const PACKAGES = 1000;

it("discovers 1,000 packages quickly and compiles only the schemas an event needs", async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < PACKAGES; i++) {
    const dir = `flows/pkg-${String(i).padStart(4, "0")}`;
    const type = i % 100 === 0 ? "upstream.release" : `other.event-${i}`;
    files[`${dir}/flow.toml`] = [
      `name = "pkg-${i}"`,
      "version = 1",
      "[[steps]]",
      'name = "run"',
      'runner = "bun"',
      'script = "exec/run.ts"',
      "[steps.trigger]",
      `type = "${type}"`,
      'schema = "schemas/event.schema.json"',
      "",
    ].join("\n");
    files[`${dir}/exec/run.ts`] = "\n";
    files[`${dir}/schemas/event.schema.json`] = '{ "type": "object", "required": ["repo"] }\n';
  }
  // Written in parallel batches: arranging 3,000 files serially would dominate the test's time.
  const entries = Object.entries(files);
  for (let i = 0; i < entries.length; i += 300) {
    await Promise.all(
      entries.slice(i, i + 300).map(([path, text]) => writeFiles(repo.root, { [path]: text })),
    );
  }

  const started = performance.now();
  const { flows, problems } = await discoverFlows({ repoRoot: repo.root });
  const discoveryMs = performance.now() - started;

  expect(problems).toEqual([]);
  expect(flows).toHaveLength(PACKAGES);
  expect(flows[1]?.name).toBe("pkg-1");
  // Typically well under a second; the bound only catches accidental quadratic or serial work.
  expect(discoveryMs).toBeLessThan(5000);

  const registry = new SchemaRegistry();
  const result = await matchSteps(flows, releaseEvent(), { schemas: registry });
  expect(result.matched).toHaveLength(PACKAGES / 100);
  expect(registry.compiledCount).toBe(PACKAGES / 100);
});

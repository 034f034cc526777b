// Its own file so that no other test has loaded ajv in this module graph yet.
import { afterEach, beforeEach, expect, it } from "vitest";
import { discoverFlows, matchSteps } from "../../src/flows/index.js";
import { isAjvLoaded } from "../../src/flows/schemas.js";
import { copyPackage, makeTempRepo, releaseEvent, type TempRepo } from "./helpers.js";

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

it("ajv is loaded only once an event's type matches a step that has a schema", async () => {
  await copyPackage("openai-codex-bindings", repo.root, "flows/openai-codex-bindings");
  await copyPackage("codex-pinned-release", repo.root, "flows/codex-pinned-release");
  const { flows } = await discoverFlows({ repoRoot: repo.root });
  expect(flows).toHaveLength(2);

  const unrelated = await matchSteps(flows, { ...releaseEvent(), type: "issue_comment.created" });
  expect(unrelated.matched).toEqual([]);
  expect(unrelated.mismatches).toHaveLength(3);
  expect(isAjvLoaded()).toBe(false);

  const release = await matchSteps(flows, releaseEvent());
  expect(release.matched).toHaveLength(2);
  expect(isAjvLoaded()).toBe(true);
});

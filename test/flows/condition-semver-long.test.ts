// semver() over a payload text of millions of prerelease identifiers (`1.2.3-a.a.a…`): V8 kept a
// backtrack entry for each, and on Node 24 the condition "could not be evaluated (Maximum call
// stack size exceeded)". A version that long is none (semver parses 256 characters at most): the
// condition is false.
import semver from "semver";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { toExpressionData } from "../../src/flows/condition-data.js";
import { satisfies } from "../../src/flows/condition-functions.js";
import { inDeepStack } from "../helpers/deep-stack.js";
import { Rng } from "../runners/line-fuzz.js";
import { makeTempRepo, releaseEvent, type TempRepo, writeConditionPackage } from "./helpers.js";

const MI = 1024 * 1024;
const HOSTILE_TAGS = {
  "prerelease identifiers": `1.2.3-a${".a".repeat(4 * MI)}`,
  "build identifiers": `1.2.3+a${".a".repeat(4 * MI)}`,
  "prerelease identifiers after a word": `v 1.2.3-a${".a".repeat(4 * MI)}`,
};

let repo: TempRepo;
beforeEach(async () => {
  repo = await makeTempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** satisfies() as it was before the bound, to compare with on small texts. */
function oldSatisfies(text: string, range: string): boolean {
  const found = /(?<!\d)(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?/.exec(text)?.[0];
  const parsed = (found === undefined ? null : semver.parse(found)) ?? semver.coerce(text, { includePrerelease: true });
  return parsed !== null && new semver.Range(range).test(parsed);
}

describe("semver() over millions of version identifiers", () => {
  it("a release tag of 4 Mi prerelease identifiers is no version: the condition is false, and the other flow runs", async () => {
    await writeConditionPackage(repo.root, "hostile", `if = "semver(event.payload.tag, '>=0.0.0-0')"`);
    await writeConditionPackage(repo.root, "fine", `if = "event.payload.repo == 'openai/codex'"`);
    const outcome = await dispatch(releaseEvent({ tag: HOSTILE_TAGS["prerelease identifiers"] }), { repoRoot: repo.root, dryRun: true });
    expect(outcome.runs.map((run) => run.flowName)).toEqual(["fine"]);
    expect(outcome.mismatches.map((miss) => miss.flow.name)).toEqual(["hostile"]);
    expect(outcome.mismatches[0]?.message).toMatch(/^condition `semver\(event\.payload\.tag, '>=0\.0\.0-0'\)` is false: /);
  });

  for (const [name, tag] of Object.entries(HOSTILE_TAGS)) {
    it(`${name} by the million are no version, from deep in the stack`, () => {
      const result = inDeepStack(5_000, () => satisfies(toExpressionData(tag), toExpressionData(">=0.0.0-0")));
      expect(result).toBe(false);
    });
  }

  it("answers what it answered before on small texts, and at the 128-identifier bound", () => {
    const texts: string[] = [];
    for (let count = 100; count <= 140; count++) {
      const ids = ".a".repeat(count);
      texts.push(`1.2.3-a${ids}`, `1.2.3+a${ids}`, `1.2.3-a${ids}+b`, `1.2.3-a+b${ids}`, `v1-x 1.2.3-a${ids}`, `01.2.3-a${ids}`);
    }
    const rng = new Rng(24);
    const pieces = ["1", "2", "0", "01", ".", "-", "+", "a", "rc", "v", " ", "..", "1.2.3", "9.9.9-beta.1"];
    for (let round = 0; round < 3_000; round++) {
      let text = "";
      const count = rng.int(1, 10);
      for (let i = 0; i < count; i++) text += rng.pick(pieces);
      texts.push(text);
    }
    for (const text of texts) {
      for (const range of [">=0.0.0-0", ">=1.2.3", "^1.2", "<1.2.3"]) {
        expect(satisfies(toExpressionData(text), toExpressionData(range)), `${text} ${range}`).toBe(oldSatisfies(text, range));
      }
    }
  });
});

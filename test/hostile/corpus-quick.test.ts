import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempRepo } from "../helpers/flow-packages.js";
import { EVENT_CASES, PACKAGE_CASES } from "./corpus.js";
import { type CorpusRun, linesAbout, runBatch, runEventCase, writeHealthy } from "./run-corpus.js";

// A quick slice of the hostile-input corpus through dist/index.js: one job with a handful of
// hostile packages beside a healthy flow, and two hostile events. The whole corpus is
// corpus.stress.test.ts (npm run test:stress).

const QUICK_PACKAGES = ["s-redos-nested-plus", "s-ref-self", "s-ref-etc-passwd", "s-backreference", "r-too-large", "r-deep-300", "m-dotted-50k"];
const QUICK_EVENTS = ["e-type-newline", "e-deep-3000"];

describe("hostile input, quick slice through dist/index.js", () => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  let run: CorpusRun;
  const cases = PACKAGE_CASES.filter((each) => QUICK_PACKAGES.includes(each.id));
  beforeAll(async () => {
    repo = await tempRepo("flows-hostile-quick-");
    run = await runBatch(repo.dir, cases);
  }, 60_000);
  afterAll(async () => {
    await repo.cleanup();
  });

  it("runs the healthy flow beside hostile packages and names each hostile one", () => {
    expect(run.stderr).not.toMatch(/This is a bug|Maximum call stack/);
    expect(run.summary).toMatch(/\| healthy \| still-runs \| ✅ completed \| healthy ran \|/);
    for (const each of cases) if (each.expect) expect(linesAbout(run, each), each.id).toMatch(each.expect);
  });

  it.each(QUICK_EVENTS)("handles the hostile event %s", async (id) => {
    const each = EVENT_CASES.find((candidate) => candidate.id === id)!;
    await writeHealthy(repo.dir);
    const result = await runEventCase(repo.dir, each);
    expect(result.stdout.split("\n").filter((line) => line.startsWith("::error::injected"))).toEqual([]);
    if (each.refused) expect(result.stdout).toMatch(each.refused);
    else expect(`${result.stdout}\n${result.summary}`).toMatch(each.expect!);
  });
});

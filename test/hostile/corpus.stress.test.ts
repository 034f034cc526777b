import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergedOutputOf } from "../helpers/cli-process.js";
import { tempRepo, writeText } from "../helpers/flow-packages.js";
import { EVENT_CASES, PACKAGE_CASES, type PackageCase } from "./corpus.js";
import { type CorpusRun, linesAbout, listFiles, runAction, runBatch, runEventCase, writeHealthy } from "./run-corpus.js";

// The whole hostile-input corpus through dist/index.js (run `npm run bundle` first). Every job
// must end within 10 s with a summary, the healthy flow must still run, and each hostile
// package must carry a message saying what to change.

const JOB_BUDGET_MS = 10_000;

/** `flows validate` from the bundled CLI, in the repository. */
async function validate(repo: string): Promise<{ code: number | null; output: string }> {
  const { code, out } = await mergedOutputOf(spawn(process.execPath, [resolve("dist/cli/index.js"), "validate"], { cwd: repo }));
  return { code, output: out };
}

/** Package cases in a few jobs (one per area), each with the healthy flow beside them. */
const BATCHES: Array<[string, PackageCase[]]> = [
  ["schemas", PACKAGE_CASES.filter((each) => each.area === "schema")],
  ["manifests and names", PACKAGE_CASES.filter((each) => each.area === "manifest" || each.area === "name")],
  ["FLOW_RESULT lines", PACKAGE_CASES.filter((each) => each.area === "flow-result")],
];

describe.each(BATCHES)("hostile packages: %s, one job", (_, cases) => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  let run: CorpusRun;
  beforeAll(async () => {
    repo = await tempRepo("flows-hostile-batch-");
    run = await runBatch(repo.dir, cases);
  }, 120_000);
  afterAll(async () => {
    await repo.cleanup();
  });

  it("finishes within the budget with a summary, and the healthy flow still runs", () => {
    expect(run.elapsedMs, run.stdout.slice(-3000)).toBeLessThan(JOB_BUDGET_MS);
    expect(run.stderr).not.toMatch(/This is a bug|RangeError|Maximum call stack/);
    expect(run.summary).toMatch(/\| healthy \| still-runs \| ✅ completed \| healthy ran \|/);
    expect(run.stdout.split("\n").filter((line) => /^::(error|warning)::injected|^::stop-commands::token/.test(line))).toEqual([]);
  });

  it("flows validate exits 1 and lists every schema problem", async () => {
    const schemaCases = cases.filter((each) => each.area === "schema" && each.expect !== undefined);
    if (schemaCases.length === 0) return;
    const { code, output } = await validate(repo.dir);
    expect(code).toBe(1);
    for (const each of schemaCases) expect(output, each.id).toContain(`flows/${each.id}/`);
  });

  it.each(cases.filter((each) => each.expect !== undefined).map((each) => [each.id, each] as const))(
    "%s carries a message saying what to change",
    (_, each) => {
      expect(linesAbout(run, each)).toMatch(each.expect!);
    },
  );
});

describe("hostile event corpus, one job per event", () => {
  let repo: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    repo = await tempRepo("flows-hostile-events-");
    await writeHealthy(repo.dir);
    await writeText(`${repo.dir}/flows/redos/s.ts`, 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed" }));');
    await writeText(`${repo.dir}/flows/redos/schemas/t.json`, JSON.stringify({ properties: { clientPayload: { properties: { title: { pattern: "^(a+)+$" } } } } }));
    await writeText(
      `${repo.dir}/flows/redos/flow.toml`,
      'name = "redos"\nversion = 1\n\n[[steps]]\nname = "s"\nrunner = "bun"\nscript = "s.ts"\n\n[steps.trigger]\ntype = "repository_dispatch.*"\nschema = "schemas/t.json"\n',
    );
  });
  afterAll(async () => {
    await repo.cleanup();
  });

  it.each(EVENT_CASES.map((each) => [each.id, each] as const))("%s", async (_, each) => {
    const before = await listFiles(repo.dir);
    const run = await runEventCase(repo.dir, each);
    expect(run.elapsedMs).toBeLessThan(JOB_BUDGET_MS);
    expect(run.stderr + run.stdout).not.toMatch(/This is a bug|Maximum call stack/);
    expect(run.stdout.split("\n").filter((line) => /^::(error|warning)::injected|^::stop-commands::token/.test(line))).toEqual([]);
    if (each.refused) {
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(each.refused);
      expect(await listFiles(repo.dir)).toEqual(before);
    } else {
      expect(run.summary).toMatch(/\| healthy \| still-runs \| ✅ completed/);
      expect(`${run.stdout}\n${run.summary}`).toMatch(each.expect!);
    }
  }, 60_000);

  it("caps a next fan-out of 6 events per level at 100 runs and says so", async () => {
    const fan = await tempRepo("flows-hostile-fan-");
    try {
      await writeHealthy(fan.dir, "repository_dispatch.start");
      await writeText(
        `${fan.dir}/flows/fan/s.ts`,
        'const ctx = JSON.parse(await Bun.stdin.text());\nconst id = ctx.flow.event.id;\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [1, 2, 3, 4, 5, 6].map((i) => ({ id: id + "." + i, type: "fan" })) }));',
      );
      await writeText(`${fan.dir}/flows/fan/flow.toml`, 'name = "fan"\nversion = 1\n\n[[steps]]\nname = "root"\nrunner = "bun"\nscript = "s.ts"\n[steps.trigger]\ntype = "repository_dispatch.start"\n\n[[steps]]\nname = "spread"\nrunner = "bun"\nscript = "s.ts"\n[steps.trigger]\ntype = "fan"\n');
      const run = await runAction({ repo: fan.dir, eventName: "repository_dispatch", event: { action: "start", client_payload: {}, repository: { full_name: "octo-org/octo-repo" } } });
      expect(run.elapsedMs).toBeLessThan(JOB_BUDGET_MS);
      expect(run.summary).toMatch(/\| healthy \| still-runs \| ✅ completed/);
      expect(run.summary).toMatch(/budget of 100 step runs/);
    } finally {
      await fan.cleanup();
    }
  }, 60_000);
});

import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { artifactWorld } from "./artifact-helpers.js";

// Two jobs of one event with `state: artifact` can both run a step (README, State: this store
// cannot claim a start). Typically the first does the work and the second, finding it done,
// fails. Their records merge; the run read as failed when the failing job had started a moment
// later, so the next delivery (a later workflow run) ran the step a third time.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-artifact-same-event-");
});
afterEach(async () => {
  await repo.cleanup();
});

/** A step that publishes once: it writes `published`, waits for `release`, and completes; finding `published` there, it fails. */
function publishOnce(files: { published: string; release: string; log: string }): string {
  return [
    'import { appendFileSync, existsSync, writeFileSync } from "node:fs";',
    "await Bun.stdin.text();",
    `appendFileSync(${JSON.stringify(files.log)}, "ran\\n");`,
    `if (existsSync(${JSON.stringify(files.published)})) { console.error("already published"); process.exit(1); }`,
    `writeFileSync(${JSON.stringify(files.published)}, "");`,
    `while (!existsSync(${JSON.stringify(files.release)})) await Bun.sleep(20);`,
    "console.log('FLOW_RESULT {\"status\":\"changed\"}');",
  ].join("\n");
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !check(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > 30_000) throw new Error(`timed out waiting for ${what}`);
  }
}

describe("two jobs of one event at once with the artifact store", () => {
  it("both run the step, as the README says, and a later delivery runs it no more once one of them did its work", async () => {
    const files = { published: join(repo.dir, "published"), release: join(repo.dir, "release"), log: join(repo.dir, "ran.log") };
    await writeFlow(repo.dir, { name: "rel", steps: [{ name: "publish", trigger: "t", source: publishOnce(files) }] });
    const world = await artifactWorld();
    const event = flowEvent("t", "delivery-1");

    const first = world.store(201);
    const second = world.store(202);
    const firstJob = dispatch(event, { repoRoot: repo.dir, store: first });
    await until(() => existsSync(files.published), "the first job's step to publish");
    const secondOutcome = await dispatch(event, { repoRoot: repo.dir, store: second });
    expect(secondOutcome.runs.map((run) => run.effectiveStatus)).toEqual(["failed"]);
    await writeFile(files.release, "");
    const firstOutcome = await firstJob;
    expect(firstOutcome.runs.map((run) => run.effectiveStatus)).toEqual(["changed"]);
    await second.flush();
    await first.flush();
    // Both ran it: the store cannot claim.
    expect((await readFile(files.log, "utf8")).split("\n").filter(Boolean)).toHaveLength(2);

    // The event again, in a later workflow run: the step was done, by the first job.
    const later = world.store(203);
    const stored = await later.loadEvent(event.id);
    expect(stored?.runs[0]?.attempts).toHaveLength(2);
    expect(stored?.runs[0]?.effectiveStatus).toBe("changed");
    const again = await dispatch(event, { repoRoot: repo.dir, store: later });
    await later.flush();
    expect(again.status).toBe("duplicate");
    expect((await readFile(files.log, "utf8")).split("\n").filter(Boolean)).toHaveLength(2);
    world.assertNoViolations();
  }, 60_000);
});

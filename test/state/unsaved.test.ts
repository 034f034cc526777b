import { existsSync } from "node:fs";
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { flushActionStore } from "../../src/action/state.js";
import { main } from "../../src/cli/main.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { validateCliError } from "../../src/generated/validators.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { rawStep, writeFlow } from "../helpers/flow-packages.js";
import { git, originWithCheckout, tempDir } from "./helpers.js";

/**
 * A checkout whose origin refuses every push, one flow matching the event `id`, and its event
 * file. `source`: the step's script.
 */
async function refusingBranch(id: string, source = rawStep("changed")): Promise<{ origin: string; checkout: string; eventFile: string }> {
  const { origin, checkout } = await originWithCheckout();
  const hook = join(origin, "hooks", "pre-receive");
  await writeFile(hook, "#!/bin/sh\necho 'rejected by policy' >&2\nexit 1\n");
  await chmod(hook, 0o755);
  await writeFlow(checkout, { name: "notes", steps: [{ name: "write", trigger: "release.published", source }] });
  const eventFile = join(checkout, "event.json");
  await writeFile(eventFile, JSON.stringify({ id, type: "release.published", payload: {} }));
  return { origin, checkout, eventFile };
}

/** The branch store keeps starts in memory until the job ends, as before claims (FLOWS_STATE_CLAIM=false). */
function withoutClaims(): void {
  const before = process.env.FLOWS_STATE_CLAIM;
  process.env.FLOWS_STATE_CLAIM = "false";
  onTestFinished(() => {
    if (before === undefined) delete process.env.FLOWS_STATE_CLAIM;
    else process.env.FLOWS_STATE_CLAIM = before;
  });
}

describe("records that cannot be saved", () => {
  it("`flows fire --state branch` whose claim of a step's start is refused starts no step, exits 1 and says what git said", async () => {
    const marker = join(await tempDir(), "ran");
    const { checkout, eventFile, origin } = await refusingBranch("evt-claim-refused", `await Bun.write(${JSON.stringify(marker)}, "ran");`);
    let stderr = "";

    const code = await main(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile, "--no-color"], {
      out: () => undefined,
      err: (text) => {
        stderr += text;
      },
    });

    expect(code).toBe(1);
    expect(stderr).toMatch(/The start of notes\/write for event "evt-claim-refused" could not be saved, so it was not started/);
    expect(stderr).toMatch(/the remote refused the push to the state branch "flows-state"/);
    expect(stderr).toMatch(/rejected by policy/);
    // No step ran, so nothing claims that steps ran and were not remembered.
    expect(stderr).not.toMatch(/NOT saved/);
    expect(existsSync(marker)).toBe(false);
    expect(() => git(origin, "rev-parse", "--verify", "flows-state")).toThrow();
  });

  it("makes `flows fire --state branch` exit non-zero and name the event when every push is rejected", async () => {
    withoutClaims();
    const { origin, checkout, eventFile } = await refusingBranch("evt-unsaved-1");
    let stderr = "";

    const code = await main(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile, "--no-color"], {
      out: () => undefined,
      err: (text) => {
        stderr += text;
      },
    });

    expect(code).not.toBe(0);
    expect(stderr).toMatch(/could not be saved: 1 event record\(s\) were NOT saved to the state branch "flows-state" .*: evt-unsaved-1\./);
    expect(stderr).toMatch(/rejected by policy/);
    expect(stderr).toMatch(/a redelivery goes by that save, so steps that ran since would run again/);
    expect(() => git(origin, "rev-parse", "--verify", "flows-state")).toThrow();
  });

  it("`flows fire --json` whose records the state branch refuses prints one error document carrying the result, not a result that reads as done", async () => {
    withoutClaims();
    const { checkout, eventFile } = await refusingBranch("evt-unsaved-json");
    let stdout = "";

    const code = await main(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile, "--json"], {
      out: (text) => {
        stdout += text;
      },
      err: () => undefined,
    });

    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(validateCliError(document)).toBe(true);
    expect(document.error).toMatchObject({
      kind: "failed",
      exitCode: 1,
      command: "fire",
      message: expect.stringMatching(/^The state store could not be saved: .*NOT saved.*evt-unsaved-json/s),
      result: { eventId: "evt-unsaved-json", matched: 1 },
    });
  });

  it("`flows forget` that the state branch refuses says it was not saved, not 'Forgot'", async () => {
    const { origin, checkout } = await originWithCheckout();
    await writeFlow(checkout, { name: "notes", steps: [{ name: "write", trigger: "release.published", source: rawStep("changed") }] });
    const eventFile = join(checkout, "event.json");
    await writeFile(eventFile, JSON.stringify({ id: "evt-forget-1", type: "release.published", payload: {} }));
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(["fire", "--repo", checkout, "--state", "branch", "--event", eventFile, "--no-color"], quiet)).toBe(0);
    const hook = join(origin, "hooks", "pre-receive");
    await writeFile(hook, "#!/bin/sh\necho 'rejected by policy' >&2\nexit 1\n");
    await chmod(hook, 0o755);
    let stdout = "";
    let stderr = "";

    const code = await main(["forget", "evt-forget-1", "--repo", checkout, "--state", "branch", "--no-color"], {
      out: (text) => {
        stdout += text;
      },
      err: (text) => {
        stderr += text;
      },
    });

    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("The forget of evt-forget-1 was NOT saved, so the event still counts as handled:");
    expect(stderr).toMatch(/rejected by policy/);
    expect(stderr).not.toMatch(/Their steps ran/);
  });

  it("lists the unsaved event ids in the job summary before the action fails", async () => {
    const store = new MemoryStateStore();
    store.flush = () =>
      Promise.reject(new StateNotSavedError({ eventIds: ["evt-a", "evt-`b`"], where: 'the state branch "flows-state"', reason: "no." }));
    let summary = "";
    const io = {
      appendSummary: async (markdown: string) => {
        summary += markdown;
      },
      error: () => undefined,
      warning: () => undefined,
    };

    await expect(flushActionStore(store, io, process.cwd())).rejects.toThrow(/2 event record\(s\) were NOT saved .*evt-a, evt-`b`/);
    expect(summary).toContain("State not saved");
    expect(summary).toContain("- `evt-a`");
    expect(summary).toContain("- `` evt-`b` ``");
  });
});

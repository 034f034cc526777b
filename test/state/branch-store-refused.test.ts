import { chmod, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { StateBranchError } from "../../src/state/branch-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { git, lines, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

// A record the remote refuses (a hook, GitHub's 100 MB limit) or that is over the write limits
// would be refused again by every later push. Reported as not saved, it leaves pending: later
// flushes of the process push only the other records, as one batch, and do not report it again.

/**
 * A bare origin whose pre-receive hook refuses any push whose tip holds the record of `refusedId`,
 * and the log where the hook writes one line per push it receives.
 */
async function originRefusing(refusedId: string): Promise<{ origin: string; pushLog: string }> {
  const { origin } = await originWithCheckout();
  const pushLog = join(await tempDir(), "pushes.log");
  const path = eventRecordPath(refusedId);
  const hook = join(origin, "hooks", "pre-receive");
  await writeFile(
    hook,
    `#!/bin/sh
while read old new ref; do
  echo "$ref" >> '${pushLog}'
  if git ls-tree -r --name-only "$new" | grep -qxF '${path}'; then
    echo "error: policy refuses ${path}" >&2
    exit 1
  fi
done
exit 0
`,
  );
  await chmod(hook, 0o755);
  return { origin, pushLog };
}

async function flushError(store: BranchStateStore): Promise<StateNotSavedError> {
  const error = await store.flush().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StateNotSavedError);
  return error as StateNotSavedError;
}

/** What a flush threw, or undefined when it saved everything. */
function flushOutcome(store: BranchStateStore): Promise<unknown> {
  return store.flush().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
}

async function readBack(origin: string, ids: string[]): Promise<Record<string, unknown>> {
  const reader = new BranchStateStore({ remoteUrl: origin });
  try {
    const records: Record<string, unknown> = {};
    for (const id of ids) records[id] = await reader.loadEvent(id);
    return records;
  } finally {
    await reader.close();
  }
}

describe("BranchStateStore: a refused record leaves pending once reported", () => {
  it("saves the others, names only the refused event, and a later flush of a new event costs one push", async () => {
    const { origin, pushLog } = await originRefusing("evt-refused");
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.saveEvent(makeRecord("evt-refused", ["run_a"]));
    await store.saveEvent(makeRecord("evt-2", ["run_b"]));

    const error = await flushError(store);

    expect(error.eventIds).toEqual(["evt-refused"]);
    expect(error.message).toMatch(/1 event record\(s\) were NOT saved .*: evt-refused\./);
    expect(error.message).toContain("each was pushed on its own: 2 saved, 1 refused.");
    expect(error.message).toContain(`evt-refused: the remote refused the push`);
    expect(error.message).toContain(`policy refuses ${eventRecordPath("evt-refused")}`);
    expect(error.message).toContain("The other 2 event record(s) of this flush were saved.");
    expect((error.cause as StateBranchError).kind).toBe("refused");
    expect(await readBack(origin, ["evt-1", "evt-2", "evt-refused"])).toEqual({
      "evt-1": makeRecord("evt-1", ["run_a"]),
      "evt-2": makeRecord("evt-2", ["run_b"]),
      "evt-refused": undefined,
    });

    const pushes = store.stats.pushes;
    const received = (await lines(pushLog)).length;
    await store.saveEvent(makeRecord("evt-3", ["run_c"]));
    // Before: the batch of evt-refused and evt-3 was pushed, refused, then each pushed alone (3
    // pushes), and the flush failed naming evt-refused again.
    const second = await flushOutcome(store);

    expect(store.stats.pushes - pushes).toBe(1);
    expect((await lines(pushLog)).length - received).toBe(1);
    expect(second).toBeUndefined();
    expect(git(origin, "show", `flows-state:${eventRecordPath("evt-3")}`)).toContain('"evt-3"');
    expect((await readBack(origin, ["evt-3"]))["evt-3"]).toEqual(makeRecord("evt-3", ["run_c"]));
  });

  it("a flush of the refused record alone reports it once; the next flush pushes only the new event", async () => {
    const { origin, pushLog } = await originRefusing("evt-refused");
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-refused", ["run_a"]));

    const error = await flushError(store);

    expect(error.eventIds).toEqual(["evt-refused"]);
    expect(error.message).toContain(`policy refuses ${eventRecordPath("evt-refused")}`);
    const pushes = store.stats.pushes;
    const received = (await lines(pushLog)).length;
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    const second = await flushOutcome(store);

    expect(store.stats.pushes - pushes).toBe(1);
    expect((await lines(pushLog)).length - received).toBe(1);
    expect(second).toBeUndefined();
    expect(await readBack(origin, ["evt-1", "evt-refused"])).toEqual({ "evt-1": makeRecord("evt-1", ["run_a"]), "evt-refused": undefined });
  });

  it("a record over the write limits is reported once and not tried again; the next flush saves the new event", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin, maxRecordBytes: 20_000 });
    onTestFinished(() => store.close());
    const big = makeRecord("evt-big", ["run_a"]);
    big.event.payload = { text: "x".repeat(50_000) };
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.saveEvent(big);

    const error = await flushError(store);

    expect(error.eventIds).toEqual(["evt-big"]);
    expect(error.message).toContain(`the record of event "evt-big" (${eventRecordPath("evt-big")}) would be`);
    expect(error.message).toContain("The other 1 event record(s) of this flush were saved.");
    const pushes = store.stats.pushes;
    await store.saveEvent(makeRecord("evt-2", ["run_b"]));
    // Before: the batch was built, refused for evt-big, then each record built alone, and the
    // flush failed naming evt-big again.
    const second = await flushOutcome(store);

    expect(second).toBeUndefined();
    expect(store.stats.pushes - pushes).toBe(1);
    expect(await readBack(origin, ["evt-1", "evt-2", "evt-big"])).toEqual({
      "evt-1": makeRecord("evt-1", ["run_a"]),
      "evt-2": makeRecord("evt-2", ["run_b"]),
      "evt-big": undefined,
    });
  });

  it("a push that fails for a reason a retry can fix (the remote unreachable) keeps every record pending", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin, retryBaseMs: 1, retryMaxMs: 5 });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("evt-1")).toBeUndefined(); // opened: the private git directory exists
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));
    await store.saveEvent(makeRecord("evt-2", ["run_b"]));
    const away = `${origin}.away`;
    await rename(origin, away);

    const error = await flushError(store);

    expect(error.eventIds).toEqual(["evt-1", "evt-2"]);
    expect((error.cause as StateBranchError).kind).toBe("git");
    await rename(away, origin);
    await store.flush();

    expect(await readBack(origin, ["evt-1", "evt-2"])).toEqual({
      "evt-1": makeRecord("evt-1", ["run_a"]),
      "evt-2": makeRecord("evt-2", ["run_b"]),
    });
  });
});

describe("BranchStateStore: a hook's refusal in a race's words", () => {
  it("is a refusal, pushed once, not a moved branch retried until the budget is spent and blamed on other jobs", async () => {
    const { origin } = await originWithCheckout();
    const hook = join(origin, "hooks", "pre-receive");
    await writeFile(hook, '#!/bin/sh\necho "[rejected] unsigned commits: fetch first, then sign them" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const store = new BranchStateStore({ remoteUrl: origin, pushBudgetMs: 5_000, retryBaseMs: 10 });
    onTestFinished(() => store.close());
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    const error = await flushError(store);

    expect((error.cause as StateBranchError).kind).toBe("refused");
    expect(error.message).toContain("the remote refused the push");
    expect(error.message).toContain("unsigned commits: fetch first, then sign them");
    expect(error.message).not.toContain("other jobs kept updating it");
    expect(store.stats.pushes).toBe(1);
  });
});

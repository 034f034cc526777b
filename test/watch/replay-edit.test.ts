import { describe, expect, it } from "vitest";
import { applyReplayOverrides } from "../../src/action/replay-edit.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { upstreamReleaseEvent } from "../../src/events/pass-through.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { repoWithReleaseFlow, UPSTREAM } from "./helpers.js";

const stored = upstreamReleaseEvent({ repo: UPSTREAM, tag: "rust-v0.42.0", url: "https://github.com/openai/codex/releases/tag/rust-v0.42.0" }, new Date("2025-06-01T00:00:00Z"));

describe("replaying an event with an edited payload", () => {
  it("runs the step with the edited payload, as a replay attempt that records the edit, and keeps the stored event", async () => {
    const flows = await repoWithReleaseFlow();
    const store = new MemoryStateStore();
    await dispatch(stored, { repoRoot: flows.dir, store });
    const edited = applyReplayOverrides((await store.loadEvent(stored.id))!.event, '{"payload": {"tag": "rust-v0.42.1", "url": null}}');

    const outcome = await dispatch(edited, { repoRoot: flows.dir, store, replay: true });

    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v0.42.0`, `${UPSTREAM} rust-v0.42.1`]);
    const record = (await store.loadEvent(stored.id))!;
    expect(record.event.payload).toMatchObject({ tag: "rust-v0.42.0", url: expect.any(String) });
    const attempts = record.runs[0]!.attempts;
    expect(attempts.map((attempt) => [attempt.number, attempt.replay ?? false, attempt.edit?.changed])).toEqual([
      [1, false, undefined],
      [2, true, ["payload.tag", "payload.url"]],
    ]);
    expect(attempts[1]?.edit?.payload).toEqual({ provider: "github", repo: UPSTREAM, tag: "rust-v0.42.1" });
    expect(outcome.runs[0]?.attempts.at(-1)?.edit?.changed).toEqual(["payload.tag", "payload.url"]);

    // A plain replay records no edit.
    await dispatch(record.event, { repoRoot: flows.dir, store, replay: true });
    expect((await store.loadEvent(stored.id))!.runs[0]!.attempts[2]?.edit).toBeUndefined();
  });

  it("refuses overrides that are not an object, or that change the event's id or type", () => {
    expect(() => applyReplayOverrides(stored, "{")).toThrow(/Input "event" \(overrides for the replay of github:upstream.release:openai\/codex:rust-v0.42.0\) is not valid JSON/);
    expect(() => applyReplayOverrides(stored, "[1]")).toThrow(/must be a JSON object of overrides/);
    expect(() => applyReplayOverrides(stored, '{"type": "push"}')).toThrow(/changes the type of the replayed event \("upstream.release" → "push"\); a replay keeps both/);
    expect(applyReplayOverrides(stored, `{"id": "${stored.id}", "occurredAt": "2025-07-01T00:00:00Z"}`)).toMatchObject({ id: stored.id, occurredAt: "2025-07-01T00:00:00Z" });
  });
});

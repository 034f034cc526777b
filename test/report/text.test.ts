import { describe, expect, it } from "vitest";
import type { DispatchOutcome } from "../../src/engine/dispatch.js";
import { renderText } from "../../src/report/text.js";
import { outcomeOf, pushEvent, run } from "./github-fixtures.js";

const event = { ...pushEvent(), id: "evt" };
const outcome = (overrides: Partial<DispatchOutcome> = {}): DispatchOutcome => outcomeOf(event, [run()], overrides);

describe("renderText: the event line counts what the dispatch ran", () => {
  it("gives the steps run, and those handled before apart", () => {
    const text = renderText(outcome({ matched: 1, runs: [run(), run({ id: "run_2", stepName: "earlier", alreadyHandled: true })] }));
    expect(text.split("\n")[0]).toBe("event evt type=push ran=1 already handled: 1 step");
  });

  it("gives ran=0 for a duplicate", () => {
    const text = renderText(outcome({ status: "duplicate", idempotent: true, matched: 0, runs: [run({ alreadyHandled: true })] }));
    expect(text.split("\n")[0]).toBe("event evt type=push ran=0 already handled: 1 step (duplicate: nothing new ran)");
  });

  it("gives the steps that would run in a dry run", () => {
    const queued = run({ processStatus: "queued", effectiveStatus: "queued", resultStatus: undefined, resultPayload: undefined });
    const text = renderText(outcome({ dryRun: true, matched: 1, runs: [queued] }));
    expect(text.split("\n")[0]).toBe("event evt type=push would-run=1 (dry run)");
  });
});

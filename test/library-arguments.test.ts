import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";

// What a JavaScript caller (no types to stop it) gets for a call the function cannot use: each
// of these threw a TypeError such as "Cannot read properties of undefined (reading 'roots')".
type Call = [name: string, call: () => unknown, message: string];

// Any function, called as plain JavaScript would.
const js = (fn: unknown) => fn as (...args: unknown[]) => unknown;
const event = { id: "e-1", type: "t" };
const flow = { name: "f", steps: [{ name: "s" }] };

const calls: Call[] = [
  ["dispatch", () => js(lib.dispatch)(event), "dispatch needs an options object like { repoRoot: process.cwd() }; got nothing."],
  ["discoverFlows", () => js(lib.discoverFlows)(), "discoverFlows: options must be an options object like { repoRoot: process.cwd() }; got nothing."],
  ["discoverFlows", () => js(lib.discoverFlows)("."), 'discoverFlows: options must be an options object like { repoRoot: process.cwd() }; got ".".'],
  ["discoverFlows", () => js(lib.discoverFlows)({ repoRoot: ".", roots: "flows" }), 'discoverFlows: options.roots must be an array of folder paths (strings), e.g. ["flows"]; got "flows".'],
  ["validateFlows", () => js(lib.validateFlows)({}), "validateFlows: options.repoRoot must be the repository folder, as a string; got nothing."],
  ["loadFlowManifest", () => js(lib.loadFlowManifest)(), "loadFlowManifest: manifestPath must be the path of a flow.toml, as a string; got nothing."],
  ["loadFlowManifest", () => js(lib.loadFlowManifest)(5), "loadFlowManifest: manifestPath must be the path of a flow.toml, as a string; got number 5."],
  ["matchSteps", () => js(lib.matchSteps)(), "matchSteps: flows must be an array of flow packages, e.g. (await discoverFlows({ repoRoot })).flows; got nothing."],
  ["matchSteps", () => js(lib.matchSteps)({ flows: [] }, event), "matchSteps: flows must be an array of flow packages, e.g. (await discoverFlows({ repoRoot })).flows; got an object."],
  ["matchSteps", () => js(lib.matchSteps)([flow]), 'matchSteps: event must be a FlowEvent like { id: "...", type: "..." }; got nothing.'],
  ["matchingSteps", () => js(lib.matchingSteps)([flow]), 'matchingSteps: event must be a FlowEvent like { id: "...", type: "..." }; got nothing.'],
  ["normalizeFlowEvent", () => js(lib.normalizeFlowEvent)(event, "2026-01-01"), 'normalizeFlowEvent: now must be a valid Date, or left out; got "2026-01-01".'],
  ["flowEventFromGitHub", () => js(lib.flowEventFromGitHub)(), "flowEventFromGitHub: input must be an object like { eventName, payload, context: readGitHubRunContext(process.env) }; got nothing."],
  ["flowEventFromGitHub", () => js(lib.flowEventFromGitHub)({ eventName: "push", payload: {} }), "flowEventFromGitHub: input.context must be the run context, e.g. readGitHubRunContext(process.env); got nothing."],
  ["runFlowStep", () => js(lib.runFlowStep)(), "runFlowStep: options must be an options object like { flow, step, event, runtime }; got nothing."],
  ["runFlowStep", () => js(lib.runFlowStep)({ flow, step: flow.steps[0], event, runtime: {} }), "runFlowStep: options.env must be an object of environment variables, like { PATH: process.env.PATH }; got nothing."],
  ["buildStepContext", () => js(lib.buildStepContext)({ flow, step: "s", event, runtime: {} }), "buildStepContext: options.step must be a step of options.flow (an element of options.flow.steps); got \"s\"."],
  ["createStateStore", () => js(lib.createStateStore)(), 'createStateStore: options must be an options object like { kind: "file" }; got nothing.'],
  ["forgetEvent", () => js(lib.forgetEvent)("e-1"), 'forgetEvent: store must be a StateStore (createStateStore, FileStateStore or MemoryStateStore); got "e-1".'],
  ["forgetEvent", () => js(lib.forgetEvent)(new lib.MemoryStateStore()), "forgetEvent: eventId must be the id of a stored event, as a string; got nothing."],
  ["requestEventRedelivery", () => js(lib.requestEventRedelivery)(new lib.MemoryStateStore(), "github:upstream.release:o/r:v1"), 'requestEventRedelivery: event must be a stored FlowEvent, e.g. (await forgetEvent(store, id)).record.event; got "github:upstream.release:o/r:v1".'],
  ["watchAndDispatch", () => js(lib.watchAndDispatch)(), "watchAndDispatch: options must be an options object like { client, store, watches, dispatchOptions: { repoRoot } }; got nothing."],
  ["watchAndDispatch", () => js(lib.watchAndDispatch)({ client: {}, store: new lib.MemoryStateStore(), watches: [] }), "watchAndDispatch: options.dispatchOptions must be dispatch's options, like { repoRoot: process.cwd() }; got nothing."],
  ["upstreamReleaseEventId", () => js(lib.upstreamReleaseEventId)(), 'upstreamReleaseEventId: repo must be the upstream repository as "owner/repo"; got nothing.'],
  ["upstreamReleaseEventId", () => js(lib.upstreamReleaseEventId)("o/r", 3), "upstreamReleaseEventId: tag must be the release's tag, as a string; got number 3."],
  ["renderSummary", () => js(lib.renderSummary)(), "renderSummary: outcome must be a DispatchOutcome (what dispatch returns); got nothing."],
  ["renderText", () => js(lib.renderText)({ runs: [] }), "renderText: outcome must be a DispatchOutcome (what dispatch returns); got an object."],
];

describe("the library's functions called from JavaScript with arguments they cannot use", () => {
  it.each(calls)("%s names itself, the argument and what it takes, as a UserError", async (name, call, message) => {
    const error = await (async () => call())().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(lib.LibraryArgumentError);
    expect(lib.isUserError(error)).toBe(true);
    expect((error as Error).message).toBe(message);
    expect((error as lib.LibraryArgumentError).functionName).toBe(name);
  });

  it("tells dispatch's option mistakes apart by option, as before, and as LibraryArgumentErrors", async () => {
    const error = await lib.dispatch(event, { repoRoot: ".", concurrency: 0 }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(lib.DispatchOptionsError);
    expect(error).toBeInstanceOf(lib.LibraryArgumentError);
    expect(error).toMatchObject({ functionName: "dispatch", argument: "options.concurrency", option: "concurrency" });
  });

  it("still renders a real outcome and runs a real match (the checks let good arguments through)", async () => {
    const outcome = await lib.dispatch(event, { repoRoot: ".", roots: ["no-such-root"], dryRun: true });
    expect(lib.renderText(outcome)).toContain("event e-1");
    expect(lib.renderSummary(outcome)).toContain("e-1");
    expect(await lib.matchingSteps([], lib.normalizeFlowEvent(event))).toEqual([]);
  });
});

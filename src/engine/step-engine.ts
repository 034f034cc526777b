// What a dispatch loads once an event matched a step (dispatch.ts, loadStepEngine): the step
// engine, the run recorder, and what reads and counts the stored record. One module, so that the
// action's bundle loads one chunk for them all; a dispatch that matches nothing (most of a
// repository's events) loads none of it (the action's cold-start guard, BENCHMARKS.md).
export { countDispatch } from "../state/record.js";
export { runOne } from "./run-one.js";
export { RunRecorder } from "./run-recorder.js";
export { interruptedSince, isSettled, isTakenElsewhere, liveAttemptOf } from "./run-view.js";

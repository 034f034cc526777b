export { countDispatch } from "../state/record.js";
export { runOne } from "./run-one.js";
export { RunRecorder } from "./run-recorder.js";
export { interruptedSince, isSettled, isTakenElsewhere, liveAttemptOf } from "./run-view.js";

export { validateHandledRuns } from "./shared.js";

export { validateBackendRun } from "./shared.js";

export { validateFlowRunView } from "./shared.js";

export { validateFlowDiagnostic } from "./shared.js";

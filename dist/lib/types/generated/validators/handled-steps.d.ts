export { validateHandledSteps } from "./shared.js";

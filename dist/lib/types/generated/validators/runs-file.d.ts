export { validateRunsFile } from "./shared.js";

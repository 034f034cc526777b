export { validateCliError } from "./shared.js";

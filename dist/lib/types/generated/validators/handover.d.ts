export { validateHandover } from "./shared.js";

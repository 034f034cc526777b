// The file GitHub runs (bundled to dist/index.js): the action's run(), called once.
import { run } from "./main.js";

await run();

// The file GitHub runs (bundled to dist/index.js): the action's run(), called once.
import { exitIfWorkAbandoned } from "./abandoned-work.js";
import { run } from "./main.js";

await run();
// An artifact upload (state or handover) abandoned past its deadline can hold a socket open for minutes more
// (abandoned-work.ts): the job's outcome is known and written, so end now. Not in run(), which
// `npx @github/local-action` calls and then reports on.
await exitIfWorkAbandoned();

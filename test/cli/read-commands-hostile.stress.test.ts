// Moved from read-commands-hostile.test.ts: the same tests with a megabyte of text in each hostile
// field (read-commands-hostile-suite.ts); `npm test` keeps them with a quarter megabyte.
import { beforeAll } from "vitest";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { hostileReadCommandTests } from "./read-commands-hostile-suite.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

hostileReadCommandTests({ bytes: 1024 * 1024, words: "a megabyte", left: "megabytes" });

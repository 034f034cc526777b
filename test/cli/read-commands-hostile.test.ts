// The read commands red-teamed as a terminal and a script use them (read-commands-hostile-suite.ts),
// with a quarter megabyte of text in each hostile field: four times what a pipe holds, so a reader
// that leaves after one line leaves most of it unwritten. The same tests with a megabyte:
// read-commands-hostile.stress.test.ts (each process spent about 0.1 s of CPU on the megabyte,
// two thirds of this file's); with 20,000 records: read-commands.stress.test.ts.
import { beforeAll } from "vitest";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";
import { hostileReadCommandTests } from "./read-commands-hostile-suite.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

hostileReadCommandTests({ bytes: 256 * 1024, words: "a quarter megabyte", left: "a pipe's worth four times over" });

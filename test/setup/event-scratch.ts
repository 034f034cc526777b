// Test workers read many events in one process and may be stopped without running exit
// handlers, so each test file's scratch copies (streamed events' arrays, stored event texts) are
// dropped when the file is done (thousands of them were left in the temp folder, which slowed
// every Bun start there).
import { afterAll } from "vitest";
import { removeScratchDirs } from "../../src/scratch.js";

afterAll(() => removeScratchDirs());

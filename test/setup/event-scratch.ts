// Test workers read many events in one process and may be stopped without running exit
// handlers, so each test file's streamed events drop their scratch copies when the file is done
// (thousands of them were left in the temp folder, which slowed every Bun start there).
import { afterAll } from "vitest";
import { removeEventScratch } from "../../src/events/event-file.js";

afterAll(() => removeEventScratch());

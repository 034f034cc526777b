// Stored records of the wrong shape seen in the wild; record-fuzz.stress.test.ts runs 1,000
// random mutations of a valid record.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import type { EventRecord } from "../../src/state/types.js";
import { makeRecord, tempDir } from "./helpers.js";

describe("stored records of the wrong shape", () => {
  it("sets aside the shapes seen in the wild (flowName null, no effectiveStatus, attempts [null], output a number)", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    const cases: Array<[string, (record: EventRecord) => void, RegExp]> = [
      ["flowName null", (r) => Object.assign(r.runs[0]!, { flowName: null }), /runs\[0\]\.flowName must be a string \(got null\)/],
      ["no effectiveStatus", (r) => delete (r.runs[0] as Partial<FlowRunView>).effectiveStatus, /runs\[0\]\.effectiveStatus is missing/],
      ["attempts [null]", (r) => Object.assign(r.runs[0]!, { attempts: [null] }), /runs\[0\]\.attempts\[0\] must be a JSON object \(got null\)/],
      ["output a number", (r) => Object.assign(r.runs[0]!, { output: 42 }), /runs\[0\]\.output must be a string \(got number 42\)/],
    ];
    for (const [name, change, reason] of cases) {
      const record = makeRecord(`evt-${name}`, ["run_a"]);
      change(record);
      const file = join(dir, ...eventRecordPath(record.event.id).split("/"));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(record));
      expect(await store.loadEvent(record.event.id), name).toBeUndefined();
      const problem = store.problems.find((seen) => seen.path === file);
      expect(problem?.message, name).toMatch(reason);
    }
  });
});

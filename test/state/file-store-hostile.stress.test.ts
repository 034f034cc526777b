// Moved from file-store-hostile.test.ts: the scale test of a corrupt record set aside while other
// processes load it (8 Bun processes, 8 rounds of a 4 MiB record).
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { runBunChildren, tempDir } from "./helpers.js";

async function recordFile(dir: string, eventId: string): Promise<string> {
  const file = join(dir, ...eventRecordPath(eventId).split("/"));
  await mkdir(dirname(file), { recursive: true });
  return file;
}

describe("FileStateStore setting a corrupt record aside with other processes", () => {
  it("8 processes loading a corrupt record and saving a run each lose no run, over 8 rounds", async () => {
    const dir = await tempDir();
    // Half-written and long: each process spends milliseconds finding that out, while the others
    // set it aside and save theirs.
    const corrupt = `{"formatVersion": 1, "event": {"payload": "${"x".repeat(4 * 1024 * 1024)}`;
    const missing: string[] = [];
    for (let round = 0; round < 8; round++) {
      const eventId = `evt-round-${round}`;
      const file = await recordFile(dir, eventId);
      await writeFile(file, corrupt);
      const startAt = Date.now() + 500;
      const results = await runBunChildren(
        "corrupt-loader.ts",
        Array.from({ length: 8 }, (_, child) => [dir, String(child), eventId, String(startAt)]),
      );
      for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });

      const runs = (await new FileStateStore({ dir }).loadEvent(eventId))?.runs.map((run) => run.id) ?? [];
      for (let child = 0; child < 8; child++) if (!runs.includes(`run_${child}`)) missing.push(`${eventId}/run_${child}`);
      // The corrupt bytes are kept once, and nothing else was moved aside.
      const asides = (await readdir(dirname(file))).filter((entry) => entry.includes(".corrupt-"));
      expect(asides).toHaveLength(1);
      expect((await readFile(join(dirname(file), asides[0]!), "utf8")) === corrupt).toBe(true);
    }
    expect(missing).toEqual([]);
  }, 120_000);
});


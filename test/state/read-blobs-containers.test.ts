import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readBlobs } from "../../src/state/git.js";

// The branch store counts a record blob's objects and arrays in the bytes git gave, and makes no
// text of one holding more than its cap: a 128 MiB blob of `[],[],…` was held as bytes and as
// text (408–421 MiB of RSS on Node 24) only to be refused by the count; now 280 MiB.
it("returns a blob over maxContainers without its text, and the others with theirs", async () => {
  const dir = await mkdtemp(join(tmpdir(), "flows-read-blobs-"));
  try {
    const git = (...args: string[]): string => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();
    git("init", "-q");
    const manyText = '[[],[],[],"[[[["]';
    const fewText = '{"a":[1],"b":"[[[[[["}';
    await writeFile(join(dir, "many.json"), manyText);
    await writeFile(join(dir, "few.json"), fewText);
    const many = git("hash-object", "-w", "many.json");
    const few = git("hash-object", "-w", "few.json");
    const blobs = await readBlobs([], dir, [many, few], { maxBytes: 1024, maxContainers: 3 });
    expect(blobs.get(many)).toEqual({ oid: many, size: manyText.length, overContainers: 3 });
    expect(blobs.get(few)).toEqual({ oid: few, size: fewText.length, text: fewText });
    // Without a cap nothing is counted.
    const uncounted = await readBlobs([], dir, [many], { maxBytes: 1024 });
    expect(uncounted.get(many)).toEqual({ oid: many, size: manyText.length, text: manyText });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

import { describe, expect, it } from "vitest";
import { runGit } from "../../src/state/git.js";

// The branch store reads blobs into one buffer of the size `cat-file --batch-check` gave: git's
// output is whole whether it is that size, shorter or (a blob replaced meanwhile) longer.
describe("runGit's output read into a buffer of the size expected", () => {
  it("is git's whole output, shorter or longer than expected", async () => {
    const plain = (await runGit({ args: ["version"], cwd: process.cwd() })).stdout.toString("utf8");
    expect(plain).toMatch(/^git version /);
    for (const expected of [0, 3, plain.length, plain.length + 100]) {
      const output = await runGit({ args: ["version"], cwd: process.cwd(), stdoutBytes: expected });
      expect(output.stdout.toString("utf8"), `expected ${expected}`).toBe(plain);
    }
  });
});

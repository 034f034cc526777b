// A file system refusal the common cases do not cover (a path too long, permission denied, a disk
// error) was said as a bare errno: "flow.toml cannot be read (ENAMETOOLONG)", "schema file ...
// cannot be read (ENAMETOOLONG)". Each is said in words, with what to change.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readManifestText } from "../../src/flows/manifest-file.js";
import { readSchemaFile, SchemaFileProblem } from "../../src/flows/schema-files.js";

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const tooLong = async () => {
  const dir = await mkdtemp(join(tmpdir(), "flows-long-"));
  made.push(dir);
  return join(dir, `${"n".repeat(300)}.json`);
};

describe("a file the system refuses for a reason the common cases do not cover", () => {
  it("a flow.toml whose name is too long for the file system is said so, not as ENAMETOOLONG", async () => {
    const read = readManifestText(await tooLong());
    expect(read).toEqual({ problem: "flow.toml is too long a path for the file system. Give a shorter one." });
  });

  it("a trigger schema file whose name is too long is said so, with what to change", async () => {
    const path = await tooLong();
    const error = await readSchemaFile(path, "flows/a/flow.toml").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SchemaFileProblem);
    expect((error as Error).message).toContain(`schema file ${path} is too long a path for the file system (referenced by a $ref in flows/a/flow.toml). Give a shorter one.`);
    expect((error as Error).message).not.toContain("ENAMETOOLONG");
  });
});

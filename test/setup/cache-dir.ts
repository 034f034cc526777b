// `flows` keeps compiled trigger schemas in a per-user cache (FLOWS_CACHE_DIR, else
// ~/.cache/flows-action). Tests must not write there: each test file gets a cache folder of its
// own, which every CLI it runs (in process through cliTestEnv, or as a child inheriting the
// environment) uses, removed when the file is done.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { useSchemaCache } from "../../src/flows/schema-cache-config.js";

const dir = mkdtempSync(join(tmpdir(), "flows-test-cache-"));
process.env.FLOWS_CACHE_DIR = dir;

afterAll(() => {
  if (process.env.FLOWS_CACHE_DIR === dir) delete process.env.FLOWS_CACHE_DIR;
  // A CLI run in process turned the cache on in this folder (useSchemaCache); files after this one
  // share the worker's modules (isolate: false), and their matches wrote into the folder again
  // once it was removed, leaving it behind in the temp folder.
  useSchemaCache(undefined);
  rmSync(dir, { recursive: true, force: true });
});

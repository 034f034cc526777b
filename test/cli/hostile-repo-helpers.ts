// The flows process and package writers of hostile-repo.test.ts and hostile-repo.stress.test.ts.
import { spawnSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { cliTestEnv } from "../helpers/cli.js";
import { rawStep } from "../helpers/flow-packages.js";

const BUN = join(process.cwd(), "node_modules", ".bin", "bun");
const LAUNCHER = join(process.cwd(), "dist", "cli", "index.js");

export type Run = { code: number | null; out: string; err: string; ms: number };

/** `flows --repo REPO --no-color ARGV` as a process, killed after `timeoutMs`. */
export function flowsProcess(repo: string, argv: string[], timeoutMs = 60_000): Run {
  const started = performance.now();
  const result = spawnSync(BUN, [LAUNCHER, "--repo", repo, "--no-color", ...argv], {
    env: cliTestEnv(),
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr, ms: performance.now() - started };
}

/** No sign of a crash: no stack frame, no request to report a bug, no overflow. */
export function expectNoCrash(run: Run): void {
  expect(run.code, run.err.slice(0, 2000)).not.toBeNull();
  expect(`${run.out}${run.err}`).not.toMatch(/\n\s+at |this is a bug|Maximum call stack|out of memory/i);
}

export const GOOD_STEP = rawStep("completed");

/** A package `flows/<folder>` whose flow.toml is `manifest` and whose exec/s.ts is a good step. */
export async function writePackage(repo: string, folder: string, manifest: string | Buffer): Promise<string> {
  const dir = join(repo, "flows", folder);
  await mkdir(join(dir, "exec"), { recursive: true });
  await writeFile(join(dir, "flow.toml"), manifest);
  await writeFile(join(dir, "exec", "s.ts"), GOOD_STEP);
  return dir;
}

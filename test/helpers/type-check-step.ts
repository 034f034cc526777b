import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureFreshDist } from "./fresh-dist.js";

const ROOT = resolve(".");

/**
 * Type-checks one step file in strict TypeScript against `flows-action/bun`, as an editor of a
 * flow package checks it (the package linked in as a dependency): tsc's output and exit code.
 * The declarations come from dist/lib/types, so a build of the sources there are now is waited
 * for (or made) first: another test file rebuilding dist/ meanwhile would leave them half written.
 */
export async function typeCheckStep(source: string): Promise<{ status: number | null; stdout: string }> {
  await ensureFreshDist();
  const project = await mkdtemp(join(tmpdir(), "flows-step-ts-"));
  try {
    await mkdir(join(project, "node_modules"), { recursive: true });
    await symlink(ROOT, join(project, "node_modules/flows-action"), "dir");
    await writeFile(join(project, "step.ts"), source);
    const compilerOptions = { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, skipLibCheck: true, types: [] };
    await writeFile(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["step.ts"] }));
    await writeFile(join(project, "package.json"), JSON.stringify({ type: "module", private: true }));
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", project], { cwd: project, encoding: "utf8" });
    return { status: tsc.status, stdout: tsc.stdout };
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

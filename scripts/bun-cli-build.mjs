// The Bun build of the `flows` command (dist/cli/bun/): Bun.build with bytecode of
// src/cli/main.ts, which the launcher (src/cli/launcher.js) runs when it runs on Bun. main.js is
// the CLI's own code as one CommonJS module, and main.js.jsc the same code compiled to
// JavaScriptCore bytecode, which Bun loads instead of parsing and compiling each function the
// first time it runs (BENCHMARKS.md, "Seed parity": most of a short command's own time was its
// code running cold). A Bun of another version ignores the .jsc and parses main.js. fire.js and
// fire.js.jsc are the same build without the other commands' modules, for `flows fire` and
// `flows run` (about half the code to load at each start; scripts/bun-cli-bundle.mjs).
//
// - Packages stay in node_modules and load only when a command needs them, but for the two small
//   ones every `fire` needs (scripts/bun-cli-bundle.mjs, which runs Bun.build).
// - `import.meta.url` is the bundle's own location at run time, so the build holds no
//   absolute path: Bun would otherwise write each source file's path into the output.
// - The output must be the same wherever the repository is checked out, for check-dist: the
//   comments name source files relative to the repository, and the build fails when it holds
//   an absolute path or names a file outside the repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What the build writes: each build's module and its bytecode. */
const BUILD_FILES = ["fire.js", "fire.js.jsc", "main.js", "main.js.jsc"];

/** Builds the Bun CLI from `root`'s sources into `outDir` (which must not exist yet). */
export function buildBunCli(root, outDir) {
  const bun = join(root, "node_modules", ".bin", process.platform === "win32" ? "bun.exe" : "bun");
  const staging = mkdtempSync(join(tmpdir(), "flows-bun-cli-"));
  // A node_modules that is a link (a git worktree sharing one install) would have the inlined
  // packages named by a path outside the repository: such a build keeps them all external.
  const linked = realpathSync(join(root, "node_modules")) !== join(realpathSync(root), "node_modules");
  try {
    const args = [join(root, "scripts", "bun-cli-bundle.mjs"), staging, ...(linked ? ["--all-external"] : [])];
    execFileSync(bun, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    const files = readdirSync(staging).sort();
    if (files.join(",") !== BUILD_FILES.join(",")) throw new Error(`the Bun CLI build wrote ${files.join(", ")}, not ${BUILD_FILES.join(", ")}`);
    const outputs = Object.fromEntries(files.map((name) => [name, readFileSync(join(staging, name))]));
    for (const name of ["fire.js", "main.js"]) checkRequires(bun, root, outputs[name].toString("utf8"));
    // A linked install's build inlines the import-only packages from outside the repository; it
    // is never the shipped build (check-dist fails there anyway: its packages stay external).
    if (!linked) checkPortable(root, outputs);
    mkdirSync(outDir, { recursive: true });
    for (const [name, bytes] of Object.entries(outputs)) writeFileSync(join(outDir, name), bytes);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Fails when the build require()s a package that Bun cannot require from the repository (one
 * that exports only to `import`): `flows` would crash with "Cannot find module" the first time a
 * command reached it, as it once did on every flow with an `if` condition.
 */
function checkRequires(bun, root, text) {
  const specifiers = [...new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]))];
  const probe =
    'const { builtinModules } = require("node:module"); const failed = [];\n' +
    `for (const name of ${JSON.stringify(specifiers)}) {\n` +
    '  if (name.startsWith("node:") || builtinModules.includes(name)) continue;\n' +
    "  try { require.resolve(name); } catch (error) { failed.push(`${name} (${error.message.split(\"\\n\")[0]})`); }\n" +
    "}\nprocess.stdout.write(JSON.stringify(failed));\n";
  const failed = JSON.parse(execFileSync(bun, ["-e", probe], { cwd: root, encoding: "utf8" }));
  if (failed.length > 0) {
    throw new Error(
      `the Bun CLI build requires packages Bun cannot require: ${failed.join("; ")}. ` +
        "Inline them in scripts/bun-cli-bundle.mjs (IMPORT_ONLY).",
    );
  }
}

/** Fails when the build would differ in another checkout: a file named outside it, or an absolute path. */
function checkPortable(root, outputs) {
  for (const name of ["fire.js", "main.js"]) {
    const outside = /^\/\/ \.\.\/.*$/m.exec(outputs[name].toString("utf8"));
    if (outside) throw new Error(`the Bun CLI build's ${name} names a file outside the repository: ${outside[0]}`);
  }
  for (const folder of new Set([root, realpathSync(root), realpathSync(join(root, "node_modules"))])) {
    const path = Buffer.from(folder.replace(/[\\/]$/, ""));
    for (const [name, bytes] of Object.entries(outputs)) {
      const at = bytes.indexOf(path);
      if (at >= 0) throw new Error(`the Bun CLI build's ${name} holds an absolute path, so it would differ in another checkout: ${bytes.subarray(at, at + 120)}`);
    }
  }
}

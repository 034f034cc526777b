// The Bun build of the `flows` command (dist/cli/bun/): `bun build --target=bun --splitting` of
// src/cli/main.ts, which the launcher (src/cli/launcher.js) runs when it runs on Bun. Started from
// the TypeScript sources, Bun transpiles about 40 modules and resolves ajv's 60 files at every
// start; the build is a handful of chunks, each loaded when a command needs it (BENCHMARKS.md,
// "Seed parity").
//
// The output must be the same wherever the repository is checked out, for check-dist. Bun names
// every module in a comment by its real path relative to the working folder, and hashes those
// paths into the chunks' names, so a node_modules that is a link to another folder (a git
// worktree sharing one install) would change both. The names of node_modules' files are written
// as `node_modules/...`, and each chunk is named after its content with the other chunks' hashes
// left out.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

const CHUNK = /^(.+)-([a-z0-9]{8})\.js$/;

/** Builds the Bun CLI from `root`'s sources into `outDir` (which must not exist yet). */
export function buildBunCli(root, outDir) {
  const bun = join(root, "node_modules", ".bin", process.platform === "win32" ? "bun.exe" : "bun");
  const staging = mkdtempSync(join(tmpdir(), "flows-bun-cli-"));
  try {
    // @actions/tool-cache names a script by its own folder (Bun writes that folder's absolute path
    // into the build); the CLI reaches it only through the action's Bun install, so it is loaded
    // from node_modules instead.
    const args = ["build", "src/cli/main.ts", "--target=bun", "--splitting", "--external", "@actions/tool-cache"];
    execFileSync(bun, [...args, "--outdir", staging], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const files = Object.fromEntries(
      readdirSync(staging)
        .sort()
        .map((name) => [name, normalizePaths(root, readFileSync(join(staging, name), "utf8"))]),
    );
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of Object.entries(renameChunks(files))) writeFileSync(join(outDir, name), text);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** `// ../../main/node_modules/ajv/...` (a linked node_modules) → `// node_modules/ajv/...`. */
function normalizePaths(root, text) {
  const linked = relative(root, realpathSync(join(root, "node_modules"))).split(sep).join("/");
  const normalized = linked === "node_modules" ? text : text.replaceAll(`\n// ${linked}/`, "\n// node_modules/");
  const outside = /^\/\/ \.\.\/.*$/m.exec(normalized);
  if (outside) throw new Error(`the Bun CLI build names a file outside the repository: ${outside[0]}`);
  for (const folder of new Set([root, realpathSync(root), realpathSync(join(root, "node_modules"))])) {
    const at = normalized.indexOf(folder.replace(/[\\/]$/, ""));
    if (at >= 0) throw new Error(`the Bun CLI build holds an absolute path, so it would differ in another checkout: ${normalized.slice(at, at + 120)}`);
  }
  return normalized;
}

/** Names each chunk `<name>-<hash of its content, other chunks' names without their hashes>.js`. */
function renameChunks(files) {
  const chunks = Object.keys(files).filter((name) => CHUNK.test(name));
  const references = new RegExp(chunks.map((name) => escapeRegExp(name)).join("|"), "g");
  const stable = (text) => text.replace(references, (name) => `${CHUNK.exec(name)[1]}.js`);
  const renamed = new Map();
  for (const name of chunks) {
    const hash = createHash("sha256").update(stable(files[name])).digest("hex").slice(0, 8);
    const next = `${CHUNK.exec(name)[1]}-${hash}.js`;
    if ([...renamed.values()].includes(next)) throw new Error(`two Bun CLI chunks would both be named ${next}`);
    renamed.set(name, next);
  }
  return Object.fromEntries(
    Object.entries(files).map(([name, text]) => [
      renamed.get(name) ?? name,
      chunks.length === 0 ? text : text.replace(references, (found) => renamed.get(found)),
    ]),
  );
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

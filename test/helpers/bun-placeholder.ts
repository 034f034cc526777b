import { chmod, mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * bin/bun.exe (and bin/bunx.exe, a second file of the same bytes) of the `bun` npm package as it
 * ships, before its postinstall script replaces them with Bun (`npm install --ignore-scripts
 * bun@1.4.5`: 450 bytes, sha256 3877c58d…df040).
 */
export const BUN_PLACEHOLDER = `echo "Error: Bun's postinstall script was not run." >&2
echo "" >&2
echo "This occurs when using --ignore-scripts during installation, or when using a" >&2
echo "package manager like pnpm that does not run postinstall scripts by default." >&2
echo "" >&2
echo "To fix this, run the postinstall script manually:" >&2
echo "  cd node_modules/bun && node install.js" >&2
echo "" >&2
echo "Or reinstall bun without the --ignore-scripts flag." >&2
exit 1
`;

/**
 * The `bun` package in `nodeModules` as npm leaves it when its install script is held back:
 * bun/bin/bun.exe and bunx.exe (two files), linked from .bin/bun and .bin/bunx. Returns .bin/bun.
 */
export async function npmBunPlaceholder(nodeModules: string): Promise<string> {
  const bin = join(nodeModules, "bun", "bin");
  await mkdir(bin, { recursive: true });
  await mkdir(join(nodeModules, ".bin"), { recursive: true });
  await writeFile(join(nodeModules, "bun", "package.json"), JSON.stringify({ name: "bun", version: "1.4.5", bin: { bun: "bin/bun.exe", bunx: "bin/bunx.exe" } }));
  for (const name of ["bun", "bunx"]) {
    await writeFile(join(bin, `${name}.exe`), BUN_PLACEHOLDER);
    await chmod(join(bin, `${name}.exe`), 0o755);
    await symlink(`../bun/bin/${name}.exe`, join(nodeModules, ".bin", name));
  }
  return join(nodeModules, ".bin", "bun");
}

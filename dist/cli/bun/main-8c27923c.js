// @bun
import {
  UserError
} from "./main-f081c345.js";

// src/runners/find-bun.ts
import { accessSync, constants, existsSync, readFileSync, statSync } from "fs";
import { delimiter, dirname, join } from "path";
import { fileURLToPath } from "url";
var BUN_VARIABLE = "FLOWS_BUN";

class BunNotFoundError extends UserError {
  name = "BunNotFoundError";
}
function findBun2(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  if (options.explicit) {
    if (isExecutable(options.explicit))
      return { path: options.explicit, from: "explicit" };
    const onPath = /[\\/]/.test(options.explicit) ? undefined : findOnPath(options.explicit, env);
    if (onPath)
      return { path: onPath, from: "explicit" };
    throw new BunNotFoundError(`The bun executable given with --bun (or bunPath) is not an executable file: ${options.explicit}.`);
  }
  const fromEnv = env[BUN_VARIABLE];
  if (fromEnv) {
    if (isExecutable(fromEnv))
      return { path: fromEnv, from: "FLOWS_BUN" };
    throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which is not an executable file. Point it at the bun executable, or unset it.`);
  }
  const packageDir = options.packageDir ?? flowsActionPackageDir2();
  const besidePackage = packageDir === undefined ? [] : bunBesidePackage(packageDir, platform);
  for (const candidate of besidePackage)
    if (isExecutable(candidate))
      return { path: candidate, from: "package" };
  const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", env);
  if (onPath)
    return { path: onPath, from: "PATH" };
  throw new BunNotFoundError("Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, " + `no bun next to flows-action${packageDir ? ` (${packageDir})` : ""}, and none on PATH. ` + "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.");
}
function bunBesidePackage(packageDir, platform = process.platform) {
  const bin = platform === "win32" ? "bun.exe" : "bun";
  const nodeModules = [join(packageDir, "node_modules")];
  if (packageDir.split(/[\\/]/).at(-2) === "node_modules")
    nodeModules.push(dirname(packageDir));
  return nodeModules.flatMap((dir) => [join(dir, ".bin", bin), join(dir, "bun", "bin", "bun.exe")]);
}
var packageDirMemo;
function flowsActionPackageDir2() {
  if (packageDirMemo !== undefined)
    return packageDirMemo ?? undefined;
  packageDirMemo = null;
  let dir;
  try {
    dir = dirname(fileURLToPath(import.meta.url));
  } catch {
    return;
  }
  for (let depth = 0;depth < 6; depth += 1) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === "flows-action") {
      packageDirMemo = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      break;
    dir = parent;
  }
  return;
}
function readPackageName(manifest) {
  try {
    const value = JSON.parse(readFileSync(manifest, "utf8"));
    return typeof value.name === "string" ? value.name : undefined;
  } catch {
    return;
  }
}
function findOnPath(name, env) {
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (isExecutable(candidate))
      return candidate;
  }
  return;
}
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export { findBun2, flowsActionPackageDir2 };

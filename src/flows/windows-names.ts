// File and folder names Windows cannot hold. A repository with one in a tracked path cannot be
// checked out there: git for Windows refuses the path (core.protectNTFS, on by default), so the
// clone fails for everyone on Windows, not only for the package's author. The rules are
// Microsoft's: https://learn.microsoft.com/windows/win32/fileio/naming-a-file#naming-conventions
import { relative, sep } from "node:path";
import type { FlowDiagnostic } from "../contracts.js";
import type { FlowPackage } from "./types.js";

/**
 * A device name (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with ¹²³ too, and the console's CONIN$ and
 * CONOUT$), in any case, names the device whatever follows it after spaces or a dot: `con`,
 * `Con.ts`, `nul.tar.gz` and `aux ` all do; `con-x` and `console` do not. git's
 * is_valid_win32_path reads them the same way.
 */
const DEVICE = "conin\\$|conout\\$|con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]";
const DEVICE_NAME = new RegExp(`^(${DEVICE}) *(?:\\..*)?$`, "iu");
const DEVICE_WORD = new RegExp(`^(?:${DEVICE})`, "iu");

/** Characters Windows refuses in a name (control characters too); `/` and `\` separate folders. */
const FORBIDDEN = /[<>:"|?*\u0000-\u001F]/u;

/** The device `name` would open on Windows, upper case ("CON", "COM1"); undefined when it names none. */
export function windowsDeviceName(name: string): string | undefined {
  return DEVICE_NAME.exec(name)?.[1]?.toUpperCase();
}

/**
 * Why Windows cannot hold `name` as a file or folder name, as the end of a sentence; undefined
 * when it can. One name, not a path.
 */
export function windowsNameProblem(name: string): string | undefined {
  const device = windowsDeviceName(name);
  if (device !== undefined) return `is the device name ${device} on Windows (in any case, and with any extension)`;
  const bad = FORBIDDEN.exec(name)?.[0];
  if (bad !== undefined) return `holds ${JSON.stringify(bad)}, which Windows does not allow in a file name`;
  if (/[ .]$/u.test(name)) return `ends with "${name.at(-1)}", which Windows drops from a file name`;
  return undefined;
}

/**
 * A name like `name` that Windows takes: the device word with `-<noun>` after it (`con` →
 * `con-flow`, `nul.ts` → `nul-step.ts`), else the name with the characters it refuses and the
 * trailing dots and spaces taken out.
 */
export function windowsSafeName(name: string, noun: string): string {
  const device = DEVICE_WORD.exec(name)?.[0];
  const base = device !== undefined && windowsDeviceName(name) !== undefined ? `${device.replace("$", "")}-${noun}${name.slice(device.length).trimStart()}` : name;
  return base.replace(new RegExp(FORBIDDEN.source, "gu"), "-").replace(/[ .]+$/u, "") || noun;
}

/**
 * `flows validate`: a warning for each package folder, script or schema path inside a package
 * that Windows cannot check out. A warning, not an error: the package runs on Linux runners.
 */
export function windowsPathWarnings(flows: readonly FlowPackage[], repoRoot: string): FlowDiagnostic[] {
  const warnings: FlowDiagnostic[] = [];
  // Each offending folder once: every script under a package folder named CON holds it too.
  const seen = new Set<string>();
  const check = (path: string, flow: FlowPackage, line: number | undefined, what: string, noun: string): void => {
    const parts = relative(repoRoot, path).split(sep);
    if (parts[0] === ".." || parts[0] === "") return;
    for (const [index, part] of parts.entries()) {
      const problem = windowsNameProblem(part);
      if (problem === undefined) continue;
      const shown = parts.slice(0, index + 1).join("/");
      if (seen.has(shown)) return;
      seen.add(shown);
      warnings.push({
        severity: "warning",
        file: flow.manifestPath,
        ...(line === undefined ? {} : { line }),
        message:
          `${what} ${JSON.stringify(parts.join("/"))}: ${JSON.stringify(part)} ${problem}, so git cannot check this repository out on Windows. ` +
          `Rename it, e.g. to ${JSON.stringify(windowsSafeName(part, index === parts.length - 1 ? noun : "files"))}.`,
      });
      return;
    }
  };
  for (const flow of flows) {
    check(flow.root, flow, undefined, `flow "${flow.name}"'s folder`, "flow");
    for (const step of flow.steps) {
      check(step.scriptPath, flow, step.line, `step "${step.name}"'s script`, "step");
      if (step.trigger?.schemaPath !== undefined) check(step.trigger.schemaPath, flow, step.line, `step "${step.name}"'s schema`, "schema");
    }
  }
  return warnings;
}

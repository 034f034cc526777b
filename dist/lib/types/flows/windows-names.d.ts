import type { FlowDiagnostic } from "../contracts.js";
import type { FlowPackage } from "./types.js";
/** The device `name` would open on Windows, upper case ("CON", "COM1"); undefined when it names none. */
export declare function windowsDeviceName(name: string): string | undefined;
/**
 * Why Windows cannot hold `name` as a file or folder name, as the end of a sentence; undefined
 * when it can. One name, not a path.
 */
export declare function windowsNameProblem(name: string): string | undefined;
/**
 * A name like `name` that Windows takes: the device word with `-<noun>` after it (`con` →
 * `con-flow`, `nul.ts` → `nul-step.ts`), else the name with the characters it refuses and the
 * trailing dots and spaces taken out.
 */
export declare function windowsSafeName(name: string, noun: string): string;
/**
 * `flows validate`: a warning for each package folder, script or schema path inside a package
 * that Windows cannot check out. A warning, not an error: the package runs on Linux runners.
 */
export declare function windowsPathWarnings(flows: readonly FlowPackage[], repoRoot: string): FlowDiagnostic[];

import type { FlowDiagnostic } from "../contracts.js";
import type { TomlLocator, TomlPath } from "./toml-locator.js";
/** `["steps", 1, "runner"]` → `steps[1].runner`, the name messages use for a field. */
export declare function fieldName(path: TomlPath): string;
/** Collects the problems of one flow.toml, each placed at the line of the field it is about. */
export declare class ManifestReport {
    readonly file: string;
    private readonly locator;
    readonly problems: FlowDiagnostic[];
    constructor(file: string, locator: TomlLocator);
    error(path: TomlPath, message: string): void;
    warn(path: TomlPath, message: string): void;
    line(path: TomlPath): number | undefined;
    get errorCount(): number;
    private add;
}

import type { FlowDiagnostic } from "../contracts.js";
import type { TomlLocator, TomlPath } from "./toml-locator.js";
/** `["steps", 1, "runner"]` → `steps[1].runner`, the name messages use for a field. */
export declare function fieldName(path: TomlPath): string;
/**
 * The most problems one flow.toml lists: one for each step of a large package (its scripts moved
 * away, say) and to spare. A 450 KB manifest can hold 150,000 empty steps, and nobody reads the
 * 150,000th "steps[149999] is an empty section" (40 MB of messages): past the limit, problems
 * are only counted (`omitted`), not placed or kept.
 */
export declare const MAX_MANIFEST_PROBLEMS = 5000;
/** Collects the problems of one flow.toml, each placed at the line of the field it is about. */
export declare class ManifestReport {
    readonly file: string;
    private readonly locator;
    readonly problems: FlowDiagnostic[];
    /** Problems past MAX_MANIFEST_PROBLEMS, counted but not listed. */
    readonly omitted: {
        errors: number;
        warnings: number;
    };
    private errors;
    constructor(file: string, locator: TomlLocator);
    error(path: TomlPath, message: string): void;
    warn(path: TomlPath, message: string): void;
    line(path: TomlPath): number | undefined;
    get errorCount(): number;
    /** Lists a problem placed already (or about another file), or counts it past the limit. */
    push(problem: FlowDiagnostic): void;
    private add;
    private room;
}

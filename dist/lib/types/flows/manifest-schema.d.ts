import type { ManifestReport } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";
/**
 * Validates the parsed document; reports errors and warnings (unknown keys) on `report`.
 * Returns the paths that had an error, so later checks skip fields already reported.
 */
export declare function checkManifestSchema(report: ManifestReport, document: Record<string, unknown>): Set<string>;
export declare function pathKey(path: TomlPath): string;

import type { FlowDiagnostic } from "../contracts.js";
import { type TomlPosition } from "./toml-locator.js";
import type { BrokenFlow, FlowPackage } from "./types.js";
export type LoadedFlowManifest = {
    /** Present only when the manifest has no errors (warnings are allowed). */
    flow?: FlowPackage;
    problems: FlowDiagnostic[];
    /**
     * When the manifest has errors: the triggers that could still be read, by step index, so
     * `flows validate` checks their conditions and schemas in the same pass.
     */
    broken?: BrokenFlow;
    /** Where `name` is written, asked only when another package of that name shadows this one. */
    namePosition?: () => TomlPosition | undefined;
};
/**
 * Reads and checks one flow.toml against the flow contract. Never throws for a bad package:
 * every problem comes back as a diagnostic with file, line and column where they are known.
 */
export declare function loadFlowManifest(manifestPath: string): Promise<LoadedFlowManifest>;
/** loadFlowManifest for a manifest already read (discovery reads it to find packages). */
export declare function parseFlowManifest(manifestPath: string, text: string): LoadedFlowManifest;

/**
 * The most a flow.toml may hold. A manifest names steps and triggers in a few hundred bytes; the
 * bound keeps a hostile one (or a link to /dev/zero, a FIFO that never ends) from costing more
 * than its own package: it is checked before reading, and the read stops past it.
 */
export declare const MAX_MANIFEST_BYTES: number;
/** A manifest's text; `missing` when the folder holds none (no package); `problem` when it cannot be used. */
export type ManifestText = {
    text: string;
} | {
    missing: true;
} | {
    problem: string;
};
/**
 * flow.toml read as a plain file within MAX_MANIFEST_BYTES; a symbolic link to one is followed
 * when it stays in the repository.
 */
export declare function readManifestText(manifestPath: string): ManifestText;

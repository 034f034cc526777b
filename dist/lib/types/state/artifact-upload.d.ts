import { type ArtifactUploader } from "../github/artifacts.js";
export type { ArtifactUploader };
export type UploadStateFileOptions = {
    /** Default: `@actions/artifact`'s DefaultArtifactClient, loaded on first upload. */
    uploader: ArtifactUploader | undefined;
    name: string;
    text: string;
    retentionDays?: number;
    /** The longest the upload may take (transferTimeoutMs); past it, it fails and is abandoned. */
    timeoutMs: number;
};
/** Upload `text` as the artifact `name` holding one file, flows-state.json. Returns the zip's size. */
export declare function uploadStateFile(options: UploadStateFileOptions): Promise<number>;

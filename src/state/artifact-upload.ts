import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uploadFailed, uploadTimedOut } from "./artifact-errors.js";
import { TransferTimeoutError, withinDeadline } from "../deadline.js";
import { STATE_FILE_NAME } from "./artifact-format.js";
import { type ArtifactUploader, defaultArtifactUploader } from "../github/artifacts.js";

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
export async function uploadStateFile(options: UploadStateFileOptions): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "flows-state-artifact-"));
  try {
    const file = join(dir, STATE_FILE_NAME);
    await writeFile(file, options.text, "utf8");
    const uploader = options.uploader ?? (await defaultArtifactUploader());
    // The client takes no signal: past the limit it is left to fail on its own.
    const uploaded = await withinDeadline(options.timeoutMs, () =>
      uploader.uploadArtifact(options.name, [file], dir, {
        ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
      }),
    );
    return uploaded.size ?? 0;
  } catch (error) {
    throw error instanceof TransferTimeoutError ? uploadTimedOut(options.name, error) : uploadFailed(options.name, error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

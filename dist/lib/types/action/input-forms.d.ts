import type { ActionIO } from "./io.js";
export declare function readBunVersion(value: string): string;
export declare function readBunDownloadUrl(io: ActionIO): string;
export declare function readWorkspaceBackendUrl(io: ActionIO): string;
/**
 * An app's comments are by `<slug>[bot]`: a bare slug (`${{ steps.app-token.outputs.app-slug }}`
 * without the suffix) matched none of them, and every run added a new sticky comment.
 */
export declare function readBotLogin(value: string): string;

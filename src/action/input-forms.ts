import type { ActionIO } from "./io.js";
import { ActionInputError, DEFAULT_BUN_DOWNLOAD_URL, DEFAULT_BUN_VERSION, shownInput } from "./inputs.js";
import { urlSecrets } from "../url-secrets.js";

// The inputs whose value has a form of its own: an exact Bun version, a URL, an app's login.
// Each is checked when the inputs are read (readInputs), so a wrong one fails before anything runs.

// The action downloads `<bun-download-url>/bun-v<version>/...`: Bun tags each release with its
// exact version, so `latest` or a range (which oven-sh/setup-bun resolves) names no download.
// Checked here, not when Bun is downloaded: with bun on PATH a bad value would pass unseen.
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function readBunVersion(value: string): string {
  if (value === "") return DEFAULT_BUN_VERSION;
  if (EXACT_VERSION.test(value)) return value;
  const expected = `Input "bun-version" is ${shownInput(value)}; expected an exact Bun version such as ${DEFAULT_BUN_VERSION}, the release the action installs when bun is not on PATH`;
  if (/^[vV]/.test(value) && EXACT_VERSION.test(value.slice(1))) throw new ActionInputError(`${expected}: write it without the "v" (${value.slice(1)}).`);
  throw new ActionInputError(
    `${expected}. For the newest Bun or a range, install it before this step with oven-sh/setup-bun (its bun-version takes latest and ranges), or leave bun-version empty for ${DEFAULT_BUN_VERSION}.`,
  );
}

// The action downloads `<bun-download-url>/bun-v<version>/<asset>.zip` with @actions/tool-cache,
// which says only "Invalid URL" of anything else, and only when bun is not on PATH.
export function readBunDownloadUrl(io: ActionIO): string {
  const value = io.getInput("bun-download-url");
  if (value === "") return DEFAULT_BUN_DOWNLOAD_URL;
  // A mirror's password or key (`?token=`) is masked by the runner, as backend-url's are.
  for (const secret of urlSecrets(value)) io.setSecret(secret);
  const protocol = protocolOf(value);
  if (protocol !== "https:" && protocol !== "http:") {
    throw new ActionInputError(
      `Input "bun-download-url" is ${shownInput(value)}; expected the http(s) base URL of Bun release downloads, such as ${DEFAULT_BUN_DOWNLOAD_URL} (bun-v<version>/bun-<os>-<arch>.zip is appended), or empty for that one.`,
    );
  }
  return value.replace(/\/+$/, "");
}

// Steps are handed it as given, and one that is no URL failed only inside a step, as that
// step's own error. A password or key in it (`?token=`) is masked, as backend-url's is.
export function readWorkspaceBackendUrl(io: ActionIO): string {
  const value = io.getInput("workspace-backend-url");
  if (value === "") return "";
  for (const secret of urlSecrets(value)) io.setSecret(secret);
  const protocol = protocolOf(value);
  if (protocol === "ws:" || protocol === "wss:" || protocol === "http:" || protocol === "https:") return value;
  throw new ActionInputError(
    `Input "workspace-backend-url" is ${shownInput(value)}; expected the URL of the workspace backend (ws://, wss://, http:// or https://), which steps get as runtime.workspaceBackendUrl and CODEX_WORKSPACE_BACKEND_WS_URL, or empty for the job's CODEX_WORKSPACE_BACKEND_WS_URL.`,
  );
}

/**
 * An app's comments are by `<slug>[bot]`: a bare slug (`${{ steps.app-token.outputs.app-slug }}`
 * without the suffix) matched none of them, and every run added a new sticky comment.
 */
export function readBotLogin(value: string): string {
  const login = value.trim();
  if (login === "") return "";
  const slug = /^([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[bot\])?$/.exec(login)?.[1];
  if (slug !== undefined) return `${slug}[bot]`;
  throw new ActionInputError(
    `Input "bot-login" is ${shownInput(value)}; expected the bot login of the GitHub App whose token the action uses, one name such as my-app[bot] (with actions/create-github-app-token: \${{ steps.app-token.outputs.app-slug }}[bot]).`,
  );
}

/** The URL's protocol (`https:`), or undefined when the value is no URL. */
function protocolOf(value: string): string | undefined {
  try {
    return new URL(value).protocol;
  } catch {
    return undefined;
  }
}

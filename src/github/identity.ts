import type { GitHubClient } from "./client.js";
import { apiFailure } from "./errors.js";

/** The account behind a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_LOGIN = "github-actions[bot]";

export type TokenIdentity = {
  /** The login comments made with the token are attributed to. */
  login: string;
  /** `app`: a GitHub App installation token (GITHUB_TOKEN included); `user`: a PAT. */
  kind: "app" | "user";
  /** For app tokens, the app's slug (what check runs carry as `app.slug`). */
  appSlug?: string;
  /** How we know: told by the caller, asked GitHub, or assumed (see tokenIdentity). */
  source: "option" | "api" | "assumed";
};

export type TokenIdentityOptions = {
  /**
   * The bot login of the app the token belongs to, e.g. `my-app[bot]` for a token from
   * actions/create-github-app-token. Needed only for app tokens other than GITHUB_TOKEN.
   */
  botLogin?: string;
};

/**
 * Who the token acts as. `GET /user` answers for personal access tokens; installation tokens
 * get 403 there, and we then assume GITHUB_TOKEN's `github-actions[bot]` unless `botLogin`
 * says otherwise. The heuristic matters for one decision: which comments and check runs are
 * ours to edit. Guessing wrong never edits someone else's: it only adds a new comment.
 */
export async function tokenIdentity(client: GitHubClient, options: TokenIdentityOptions = {}): Promise<TokenIdentity> {
  if (options.botLogin) return appIdentity(options.botLogin, "option");
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data.type === "Bot") return appIdentity(data.login, "api");
    return { login: data.login, kind: "user", source: "api" };
  } catch (error) {
    const failure = apiFailure(error);
    if (failure.kind === "permission") return appIdentity(GITHUB_ACTIONS_LOGIN, "assumed");
    throw error;
  }
}

function appIdentity(login: string, source: TokenIdentity["source"]): TokenIdentity {
  return { login, kind: "app", appSlug: login.replace(/\[bot\]$/, ""), source };
}

import type { GitHubClient } from "./client.js";
/** The account behind a workflow's GITHUB_TOKEN. */
export declare const GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
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
export declare function tokenIdentity(client: GitHubClient, options?: TokenIdentityOptions): Promise<TokenIdentity>;

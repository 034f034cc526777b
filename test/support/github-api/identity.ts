// Maps the `Authorization` header to the account GitHub would act as.
import type { IncomingHttpHeaders } from "node:http";

export interface TokenIdentity {
  login: string;
  id: number;
  type: "Bot" | "User";
  /**
   * `installation`: a GitHub App installation token such as GITHUB_TOKEN (no `GET /user`);
   * `user`: a personal access token.
   */
  kind: "installation" | "user";
}

/** The account behind a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: TokenIdentity = {
  login: "github-actions[bot]",
  id: 41898282,
  type: "Bot",
  kind: "installation",
};

export type Authentication =
  | { kind: "anonymous" }
  | { kind: "identified"; identity: TokenIdentity }
  | { kind: "bad-credentials" };

export interface IdentityOptions {
  tokens: Readonly<Record<string, TokenIdentity>>;
  /** Identity for tokens not in `tokens`; `null` rejects them with 401 Bad credentials. */
  unknownTokens: TokenIdentity | null;
}

/** Accepts `token X` and `Bearer X`, as GitHub does. */
export function authenticate(headers: IncomingHttpHeaders, options: IdentityOptions): Authentication {
  const header = headers.authorization;
  if (!header) return { kind: "anonymous" };
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) return { kind: "bad-credentials" };
  const identity = options.tokens[match[1]] ?? options.unknownTokens;
  return identity ? { kind: "identified", identity } : { kind: "bad-credentials" };
}

// Realistic response objects shaped like api.github.com's, with every required field.
// The types come from @octokit/openapi-types; the server validates the values against the
// installed OpenAPI description at run time as well.
import type { components } from "@octokit/openapi-types";
import type { TokenIdentity } from "./identity.js";

export type Schemas = components["schemas"];
export type SimpleUser = Schemas["simple-user"];
export type Repository = Schemas["repository"];

const GITHUB = "https://github.com";

export interface Account {
  login: string;
  id: number;
  type: "Bot" | "User" | "Organization";
}

export function accountOf(identity: TokenIdentity): Account {
  return { login: identity.login, id: identity.id, type: identity.type };
}

/** Stable fake numeric id for a login, so the same owner always has the same id. */
export function idForLogin(login: string): number {
  let hash = 7;
  for (const char of login) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`0:${id}`).toString("base64url")}`;
}

export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function simpleUser(api: string, account: Account): SimpleUser {
  const login = encodeURIComponent(account.login);
  const user = `${api}/users/${login}`;
  const bot = account.type === "Bot";
  return {
    login: account.login,
    id: account.id,
    node_id: nodeId(bot ? "BOT" : "U", account.id),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? "in" : "u"}/${account.id}?v=4`,
    gravatar_id: "",
    url: user,
    html_url: bot ? `${GITHUB}/apps/${login.replace(/%5Bbot%5D$/, "")}` : `${GITHUB}/${login}`,
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: account.type,
    site_admin: false,
    user_view_type: "public",
  };
}

export function ownerAccount(owner: string): Account {
  return { login: owner, id: idForLogin(owner), type: "Organization" };
}

export interface RepoCoordinates {
  owner: string;
  repo: string;
  /** ISO timestamp used for created/updated/pushed. */
  at: string;
}

export function repository(api: string, { owner, repo, at }: RepoCoordinates): Repository {
  const full = `${owner}/${repo}`;
  const url = `${api}/repos/${full}`;
  const id = idForLogin(full);
  return {
    id,
    node_id: nodeId("R", id),
    name: repo,
    full_name: full,
    license: null,
    forks: 0,
    owner: simpleUser(api, ownerAccount(owner)),
    private: false,
    html_url: `${GITHUB}/${full}`,
    description: `The ${repo} repository`,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${GITHUB}/${full}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: `${GITHUB}/${full}`,
    homepage: null,
    language: "TypeScript",
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 128,
    default_branch: "main",
    open_issues_count: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: "public",
    pushed_at: at,
    created_at: at,
    updated_at: at,
    open_issues: 0,
    watchers: 0,
  };
}

export function fullRepository(api: string, coordinates: RepoCoordinates): Schemas["full-repository"] {
  const base = repository(api, coordinates);
  return {
    ...base,
    pushed_at: coordinates.at,
    created_at: coordinates.at,
    updated_at: coordinates.at,
    has_discussions: false,
    subscribers_count: 0,
    network_count: 0,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

export function reactions(url: string): Schemas["reaction-rollup"] {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}

/** The GitHub Actions app that owns GITHUB_TOKEN check runs and comments. */
export function githubActionsApp(api: string, at: string): NonNullable<Schemas["nullable-integration"]> {
  return {
    id: 15368,
    slug: "github-actions",
    node_id: "MDM6QXBwMTUzNjg=",
    client_id: "Iv1.05c79e9ad1f6bdfa",
    owner: simpleUser(api, { login: "github", id: 9919, type: "Organization" }),
    name: "GitHub Actions",
    description: "Automate your workflow from idea to production",
    external_url: "https://help.github.com/en/actions",
    html_url: `${GITHUB}/apps/github-actions`,
    created_at: "2018-07-30T09:30:17Z",
    updated_at: at,
    permissions: { checks: "write", contents: "write", issues: "write", metadata: "read" },
    events: ["check_run", "check_suite", "pull_request", "push", "release"],
  };
}

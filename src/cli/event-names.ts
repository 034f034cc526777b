import { closest } from "../did-you-mean.js";
import { WORKFLOW_EVENT_NAMES } from "../events/workflow-event-names.js";
import { UsageError } from "./usage.js";

/**
 * Webhook-only events: they start no workflow, but a payload file may hold one, and it maps to a
 * FlowEvent like any other (docs/events.md).
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads
 */
const WEBHOOK_ONLY_EVENT_NAMES = [
  "branch_protection_configuration", "cache_sync", "code_scanning_alert", "commit_comment", "content_reference",
  "custom_property", "custom_property_values", "dependabot_alert", "deploy_key", "deployment_protection_rule",
  "deployment_review", "enterprise", "github_app_authorization", "installation", "installation_repositories",
  "installation_target", "issue_dependencies", "marketplace_purchase", "member", "membership", "meta", "org_block",
  "organization", "personal_access_token_request", "ping", "projects_v2", "projects_v2_item",
  "projects_v2_status_update", "repository", "repository_advisory", "repository_import", "repository_ruleset",
  "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "secret_scanning_scan",
  "security_advisory", "security_and_analysis", "sponsorship", "star", "sub_issues", "team", "team_add", "user",
];

export const GITHUB_EVENT_NAMES = [...WORKFLOW_EVENT_NAMES, ...WEBHOOK_ONLY_EVENT_NAMES];

/** --event-name must be a GitHub event name (flows github, flows explain): a typo is a usage error with a suggestion. */
export function checkGitHubEventName(eventName: string, command: string): void {
  if (GITHUB_EVENT_NAMES.includes(eventName)) return;
  const suggestion = closest(eventName.replace(/-/g, "_"), GITHUB_EVENT_NAMES) ?? closest(eventName, GITHUB_EVENT_NAMES);
  throw new UsageError(
    `--event-name "${eventName}" is not a GitHub event name.${suggestion ? ` Did you mean "${suggestion}"?` : ""} ` +
      "Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...",
    command,
  );
}

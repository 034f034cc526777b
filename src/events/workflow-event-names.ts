/**
 * The events that can start a workflow (GITHUB_EVENT_NAME), `dynamic` included.
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows
 */
export const WORKFLOW_EVENT_NAMES: readonly string[] = [
  "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment", "deployment_status",
  "discussion", "discussion_comment", "dynamic", "fork", "gollum", "image_version", "issue_comment", "issues", "label",
  "merge_group", "milestone", "page_build", "project", "project_card", "project_column", "public", "pull_request",
  "pull_request_review", "pull_request_review_comment", "pull_request_review_thread", "pull_request_target", "push",
  "registry_package", "package", "release", "repository_dispatch", "schedule", "status", "watch", "workflow_call",
  "workflow_dispatch", "workflow_job", "workflow_run",
];

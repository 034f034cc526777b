/**
 * The events that can start a workflow (GITHUB_EVENT_NAME), `dynamic` included.
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows
 */
export declare const WORKFLOW_EVENT_NAMES: readonly string[];

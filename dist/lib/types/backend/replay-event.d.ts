import type { FlowEvent } from "../contracts.js";
import type { GitHubReportTargets, ReplayedObject } from "../github/replay-targets.js";
/**
 * What makes the stored event another one than `eventId` names, as a sentence saying what
 * differs; undefined when nothing does. `repository` is GITHUB_REPOSITORY, where the reports go.
 */
export declare function replayedEventMismatch(event: FlowEvent, eventId: string, repository: string | undefined, repositorySetting?: string): string | undefined;
/**
 * The report targets the stored event's payload names that its id does not, as text (`head
 * commit <sha> and pull request #3`); undefined when it names none (or only ones the id names,
 * which replayedEventMismatch has checked). Those are the backend's word alone: a workflow_run's
 * head and pull requests, an issue comment's pull request, a deployment's commit, anything a
 * custom event's payload says. Call it on an event replayedEventMismatch passed.
 */
export declare function reportTargetsBeyondId(event: FlowEvent, eventId: string): string | undefined;
/**
 * The object of the job's repository the id names, whose report targets GitHub can tell
 * (src/events/keys-automation.ts, keys-collaboration.ts): a workflow run's or job's id, a check
 * suite's or check run's, an issue comment's, a deployment's (also a deployment status's). None
 * for a key made without it (a payload that lacked the id falls back to the run) or another kind.
 * Call it on an event replayedEventMismatch passed (its type and repository are the id's).
 */
export declare function objectNamedById(event: FlowEvent, eventId: string): ReplayedObject | undefined;
/**
 * How the stored event's report targets differ from GitHub's for the object its id names.
 * `forged`: what GitHub never changes for that object (a run's, job's, suite's or check run's
 * head commit, a deployment's commit, an issue comment's issue and whether it is a pull
 * request), which an honest backend's copy cannot disagree with. `changed`: what GitHub
 * works out anew (the open pull requests of a run's or suite's head), which may have moved since.
 */
export declare function targetsDisagreement(event: FlowEvent, github: GitHubReportTargets): {
    forged: string[];
    changed: string[];
};

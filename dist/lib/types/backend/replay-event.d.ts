import type { FlowEvent } from "../contracts.js";
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

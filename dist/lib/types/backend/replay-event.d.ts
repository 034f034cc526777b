import type { FlowEvent } from "../contracts.js";
/**
 * What makes the stored event another one than `eventId` names, as a sentence saying what
 * differs; undefined when nothing does. `repository` is GITHUB_REPOSITORY, where the reports go.
 */
export declare function replayedEventMismatch(event: FlowEvent, eventId: string, repository: string | undefined): string | undefined;

/**
 * `what` ("flow name", "--step") as a name flow.toml takes and a file name every system takes.
 * The name is also the package's folder (the flow's) or its script's file name (the step's);
 * `noun` ("flow", "step") goes into the name suggested for one Windows cannot hold.
 */
export declare function checkName(name: string, what: string, usedAs: string, noun: string): void;
/** What `--on` said: the type to write, and a note when it is not one of GitHub's. */
export type CheckedType = {
    type: string;
    note?: string;
};
/**
 * The event type for the trigger. A likely typo of a GitHub event (one `flows validate` would warn
 * about on every load: `release` without its action, `pull-request.opened`, `push.published`)
 * is refused with what to write; a type far from every GitHub event is taken as one of the
 * user's own FlowEvents, with a note saying so.
 */
export declare function checkEventType(type: string): CheckedType;
/**
 * An event type the trigger `type` matches, for the sample event the suggested commands fire:
 * the type itself, or for a wildcard (`release.*`) a GitHub action it matches, else any text.
 * Undefined when no simple one is found (a `[...]` class, an escape).
 */
export declare function sampleEventType(type: string): string | undefined;

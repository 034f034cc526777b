import { AcceptedFlowEvent } from "../engine/event.js";
/** `--event -`: the event is read from standard input. */
export declare const STDIN = "-";
/**
 * Read a JSON file (or standard input, for `-`); a bad file is an error that names the path, line
 * and column. `invocation` is how messages name the command (`flows`, `npx flows`: CliContext.invocation).
 */
export declare function readJsonFile(path: string, what: string, invocation: string, signal?: AbortSignal): Promise<unknown>;
/** Why standard input could not be read, in words (`< folder` is EISDIR), never a bare errno. */
export declare function standardInputProblem(what: string, code: string | undefined): string;
/** JSON text read from `path` (or standard input, for `-`), parsed; not JSON is an error at its line and column there. */
export declare function parseJsonFileText(text: string, path: string, what: string): unknown;
/**
 * Standard input's text, for `-`, read no further than `maxBytes` (FileTooLargeError past it).
 * A terminal is refused at once rather than waiting for typing, and nothing at all (`< /dev/null`,
 * a command before the pipe that printed nothing) is said as such, not as JSON that ended early.
 * `pipeExample` is the command line that shows how to pipe it in.
 */
export declare function readStdinText(what: string, pipeExample: string, maxBytes: number, signal?: AbortSignal): Promise<string>;
/**
 * Read a FlowEvent file. Its id and type are checked as the action checks a FlowEvent handed in
 * (no control characters, the same message), and its shape as dispatch checks it, once: the
 * event comes back accepted, so dispatch does not check it again.
 */
export declare function readEventFile(path: string, invocation: string, signal?: AbortSignal): Promise<AcceptedFlowEvent>;
/**
 * A FlowEvent given where a GitHub webhook payload belongs (`flows github`, `flows explain
 * --event-name`) would be mapped as a webhook into another event with another id, and could run
 * steps of its type on a payload they never see: refused, saying which command reads it. A
 * webhook payload always names its repository, sender, organization or installation.
 */
export declare function refuseFlowEventAsWebhook(value: unknown, path: string, eventPathOption: string, invocation: string): void;

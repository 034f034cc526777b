import type { FlowEvent } from "../contracts.js";
import type { ConditionGitHubContext } from "./condition.js";
import type { ChangedFilesSource } from "./condition-evaluate.js";
import type { SchemaRegistry } from "./schemas.js";
import type { FlowPackage, MatchResult } from "./types.js";
export type MatchStepsOptions = {
    /** Where schemas are compiled and cached; the process-wide registry by default. */
    schemas?: SchemaRegistry;
    /** The job's GitHub context, `github` in conditions (the action and `flows github` have one). */
    github?: ConditionGitHubContext;
    /** The host environment, `env` in conditions (default: process.env). */
    env?: NodeJS.ProcessEnv;
    /** Files a pull request touched, for changed(); an API edge passed in from outside flows/. */
    changedFiles?: ChangedFilesSource;
};
/**
 * Whether a trigger type accepts an event type, in the one glob dialect (src/flows/glob.ts):
 * `*` matches any run of characters (`pull_request.*`, `*`), `?` one, `[...]` a class; every
 * other character, `.` included, matches itself. A type that is not a valid glob matches itself.
 */
export declare function typeMatches(pattern: string, type: string): boolean;
/** For callers from JavaScript: flows as discovery returns them, and an event with a type. */
export declare function checkMatchArguments(functionName: string, flows: unknown, event: unknown): void;
/**
 * The steps an event triggers: flows in the given (discovery) order, steps in manifest order.
 * Types are compared first; schemas are compiled only for steps whose type matched, so an event
 * nobody listens to never loads ajv, nor the code that compiles schemas (./schemas.js).
 */
export declare function matchSteps(flows: readonly FlowPackage[], event: FlowEvent, options?: MatchStepsOptions): Promise<MatchResult>;

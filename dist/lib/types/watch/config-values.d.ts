import type { TagPattern } from "./tag-pattern.js";
import { UserError } from "../user-error.js";
export type WatchSince = 
/** Only the newest matching release (default). */
{
    kind: "latest";
}
/** Every matching release, oldest first. */
 | {
    kind: "all";
}
/** Every matching release published at or after `date` (ISO). */
 | {
    kind: "date";
    date: string;
};
/** One watched repository. */
export type WatchConfig = {
    /** `owner/repo`. */
    repo: string;
    /** Dispatch prereleases too (default false). Drafts are never dispatched. */
    prereleases: boolean;
    /** Tags to dispatch; empty means every tag. */
    tags: TagPattern[];
    /** How far back the first poll of this repository looks. Later polls ignore it. */
    since: WatchSince;
    /** Hold a release until it is this old (ms); undefined or 0: dispatch at once. */
    minAge?: number;
    /** Also dispatch upstream.release.updated / .deleted for releases already dispatched (default false). */
    updates?: boolean;
    /** Where the entry was written, for messages: `input "watch" line 2`, `.github/flows.toml:7`. */
    origin: string;
};
export type WatchConfigProblem = {
    file?: string;
    line?: number;
    column?: number;
    message: string;
};
/** The watch configuration cannot be used; each problem says where and what to change. */
export declare class WatchConfigError extends UserError {
    name: string;
    readonly problems: WatchConfigProblem[];
    constructor(problems: WatchConfigProblem[]);
}
export declare const WATCH_OPTIONS_HELP = "prereleases=true|false, tags=<glob like rust-v* or /regex/>, since=latest|all|<ISO date>, min-age=<duration like 24h, 90m, 2d>, updates=true|false";
/** `24h`, `90m`, `2d`, `1d12h`, `0` → milliseconds. */
export declare function checkDuration(name: string, value: unknown): {
    ms: number;
} | {
    problem: string;
};
export declare function checkRepo(value: unknown): {
    repo: string;
} | {
    problem: string;
};
/**
 * `written`: a TOML date's literal as the file has it. The TOML parser rolls a day that is not
 * on the calendar into the next month (2025-02-29 is March 1) and takes a time of day as one in
 * the year 0, so both are checked from the text.
 */
export declare function checkSince(value: unknown, written?: string): {
    since: WatchSince;
} | {
    problem: string;
};
export declare function checkBoolean(name: string, value: unknown): {
    value: boolean;
} | {
    problem: string;
};
/** The closest known option name, for "did you mean" hints on typos. */
export declare function suggestOption(name: string, known: readonly string[]): string;

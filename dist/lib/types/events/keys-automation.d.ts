import { type KeyFamily, type NaturalKeyInput } from "./key-parts.js";
export declare function dispatchKey(input: NaturalKeyInput): string;
export declare function scheduleKey(input: NaturalKeyInput): string;
export declare function attemptKey(kind: "workflow_run" | "workflow_job", prefix: string): KeyFamily;
export declare function checkSuiteKey(input: NaturalKeyInput): string | undefined;
export declare function checkRunKey(input: NaturalKeyInput): string | undefined;
export declare function deploymentKey({ payload }: NaturalKeyInput): string | undefined;
export declare function deploymentStatusKey({ payload }: NaturalKeyInput): string | undefined;
export declare function statusKey({ payload }: NaturalKeyInput): string | undefined;

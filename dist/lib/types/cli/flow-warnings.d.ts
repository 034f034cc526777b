import type { FlowDiagnostic } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { DiscoveryResult, FlowPackage } from "../flows/types.js";
import type { CliContext } from "./commands.js";
/** validate's warnings about the steps of `flows` whose trigger type matches one of `eventTypes`, each once, but for those `shown` holds. */
export declare function reachedStepWarnings(flows: readonly FlowPackage[], eventTypes: readonly string[], repoRoot: string, shown?: readonly FlowDiagnostic[]): Promise<FlowDiagnostic[]>;
/** validate's warnings about the steps of `flows` whose trigger type matches one of `eventTypes`, as stepWarnings gives them. */
export declare function allReachedStepWarnings(flows: readonly FlowPackage[], eventTypes: readonly string[], repoRoot: string): Promise<FlowDiagnostic[]>;
/**
 * The load-time warnings a discovery with `checkLayout` (as validate, list and explain load)
 * found that `shown` does not hold: a folder under a flow root that is not a package (its
 * flow.toml misnamed, a folder, or a link to nothing), which a discovery for an event passes by
 * without a word. A flow root that does not exist is left out: each command says it its own way.
 */
export declare function layoutWarnings(checked: DiscoveryResult, shown: readonly FlowDiagnostic[], repoRoot: string): FlowDiagnostic[];
/** A discovery's problems but checkLayout's warning of a flow root that does not exist. */
export declare function withoutMissingRoots(checked: DiscoveryResult, repoRoot: string): FlowDiagnostic[];
/** The types of an outcome's event and of the `next` events its runs asked for. */
export declare function outcomeEventTypes(outcomes: readonly DispatchOutcome[]): string[];
/**
 * The warnings about the steps an event's own type reaches, looked for while its steps run rather
 * than after (`flows fire` and `flows run`): `start` begins once, after the current turn, so no
 * step's start waits for it.
 */
export declare class EarlyWarnings {
    readonly flows: readonly FlowPackage[];
    readonly eventType: string;
    readonly repoRoot: string;
    warnings: Promise<FlowDiagnostic[]> | undefined;
    constructor(flows: readonly FlowPackage[], eventType: string, repoRoot: string);
    start(): void;
}
/** `warning: N warnings in the flow packages this event reached (files); run flows validate to see them`, or undefined when there are none. */
export declare function flowWarningsLine(warnings: readonly FlowDiagnostic[], where: {
    repoRoot: string;
    validate: string;
    reached?: string;
}): string | undefined;
/** Says on standard error how many of validate's warnings are about the steps the outcomes' events reached. */
export declare function reportFlowWarnings(ctx: CliContext, flows: readonly FlowPackage[], outcomes: readonly DispatchOutcome[], reached?: string, early?: EarlyWarnings): Promise<void>;
/** `flows validate` as the user reaches it, with the options that chose the flow packages. */
export declare function validateCommandLine(ctx: CliContext): string;

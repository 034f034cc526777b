import type { FlowEvent } from "../contracts.js";
export declare function applyReplayOverrides(stored: FlowEvent, text: string): FlowEvent;

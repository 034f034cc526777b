import type { DispatchObserver } from "../engine/dispatch.js";
import { type Redactor } from "../redact.js";
import type { ActionIO } from "./io.js";
/**
 * One log group per step, opened and closed once, never inside another (the runner's groups
 * cannot nest or interleave). The first step to start streams live into its group; steps
 * running beside it are buffered, and each is printed as a whole group when the live one
 * closes. Then the longest-running buffered step becomes the live one. Step output is
 * printed as plain text: the runner parses no workflow command from it, and its bidirectional
 * controls and invisible format characters are shown as escapes (src/log-text.ts). Lines that
 * may be base64 or hex wrapped over lines are held until the text ends (each stream's apart), so that a secret's
 * encoding across them is masked (src/wrapped-lines.ts). A step's `::add-mask::<value>` is done
 * as the runner would do it, before the line is shown (./step-masks.ts).
 */
export declare function logGroups(io: Pick<ActionIO, "startGroup" | "endGroup" | "plain" | "info" | "setSecret" | "warning">, redactor?: Redactor): DispatchObserver;

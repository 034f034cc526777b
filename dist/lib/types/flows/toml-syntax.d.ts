import { TomlError } from "smol-toml";
import type { FlowDiagnostic } from "../contracts.js";
/** A TOML parse error as a diagnostic at its position, with what to change where it can tell. */
export declare function tomlSyntaxProblem(file: string, text: string, error: unknown): FlowDiagnostic;
/** smol-toml's reason, without its "Invalid TOML document:" prefix. */
export declare function tomlErrorReason(error: TomlError): string;
/**
 * What to write instead, for a TOML syntax error in any of the TOML files flows reads (flow.toml,
 * the watcher's flows.toml); undefined when the text around the error does not tell.
 */
export declare function tomlSyntaxHint(text: string, error: TomlError): string | undefined;

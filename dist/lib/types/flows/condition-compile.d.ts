import { type Expr } from "@actions/expressions/ast";
export declare const CONDITION_CONTEXTS: readonly ["event", "github", "flow", "env"];
export type CompiledCondition = {
    ok: true;
    /** The expression, `${{ }}` removed. */
    expression: string;
    tree: Expr;
    /** Every context path in the expression (the longest chains), with its text. */
    paths: Map<Expr, string>;
    usesChanged: boolean;
};
export type CompileFailure = {
    ok: false;
    /** Completes "steps[i].trigger.if ...": what is wrong and what to write instead. */
    message: string;
    /** Character of the `if` string (as TOML decoded it) the problem is at. */
    offset: number;
};
export type CompileOutcome = CompiledCondition | CompileFailure;
export declare function compileCondition(text: string): CompileOutcome;
/** `event.payload.tag`, `github.event.commits.*.added`, `env['X']`; undefined when not a path. */
export declare function pathText(node: Expr): string | undefined;

import { data, Evaluator, type Expr } from "@actions/expressions";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
/** Characters format(), join(), toJSON() and fromJSON() may build (or read) in one evaluation. */
export declare const TEXT_BUDGET = 10000000;
/** Wall-clock time one evaluation may take. */
export declare const EVALUATION_MS = 2000;
type ExpressionData = data.ExpressionData;
/** The characters left to one evaluation; reset before each. */
export declare class TextBudget {
    private used;
    reset(): void;
    take(name: string, length: number): void;
}
/**
 * GitHub's format, join, toJSON and fromJSON, refusing before they build more than the budget
 * allows; and its contains(), searching text in linear time.
 */
export declare function boundedTextFunctions(budget: TextBudget): FunctionDefinition[];
/**
 * The length of toJSON()'s pretty-printed text, counted without building it (iteratively: a
 * deep value must not overflow the stack); Infinity once past the whole budget.
 */
export declare function jsonLength(value: ExpressionData | undefined): number;
/** GitHub's evaluator with a deadline: it stops before the next node once the time is up. */
export declare class BoundedEvaluator extends Evaluator {
    private readonly deadline;
    protected eval(node: Expr): ExpressionData;
}
export {};

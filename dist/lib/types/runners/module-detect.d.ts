/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`, and beyond the older rule `export { default } from`) or a `defineBunFlow(` call.
 * The words are matched as whole words separated by any whitespace, and only in code: a comment
 * that says "has default value" or a string that mentions `export default` does not make a raw
 * script a module.
 */
export declare function isModuleStyleSource(source: string): boolean;
/**
 * The name of a function the source exports by name, when it has no default export: a module
 * written as `export async function main(context)` runs as a raw script (nothing calls `main`),
 * and its step fails for want of a FLOW_RESULT line. Only for saying so.
 */
export declare function namedFunctionExport(source: string): string | undefined;

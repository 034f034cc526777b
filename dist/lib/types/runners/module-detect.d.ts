/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`) or a `defineBunFlow(` call. The words are matched as whole words separated by
 * any whitespace, and only in code: a comment that says "has default value" or a string that
 * mentions `export default` does not make a raw script a module.
 */
export declare function isModuleStyleSource(source: string): boolean;

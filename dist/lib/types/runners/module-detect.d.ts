/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`) or a `defineBunFlow(` call. The words are matched as whole words separated by
 * any whitespace, and only in code: a comment that says "has default value" or a string that
 * mentions `export default` does not make a raw script a module.
 */
export declare function isModuleStyleSource(source: string): boolean;
/**
 * The source with comments, string and template text, and regular expression literals replaced
 * by spaces (template `${...}` expressions are kept, they are code). Line breaks are kept, so
 * nothing joins two words that were apart.
 */
export declare function codeOnly(source: string): string;

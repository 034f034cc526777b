/** Why `tag` cannot be a git tag, or undefined when it can. */
export declare function tagNameProblem(tag: string): string | undefined;

/**
 * Why `type` matches no GitHub event although it is written for one, with what to write; undefined
 * when it is fine or not about a GitHub event. `field` names the key in messages.
 */
export declare function githubTypeProblem(type: string, field: string): string | undefined;

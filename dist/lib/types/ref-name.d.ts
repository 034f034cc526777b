/** What in `name` git would refuse in a ref's name ("a control character", `".."`...), or undefined. */
export declare function refNameProblem(name: string): string | undefined;

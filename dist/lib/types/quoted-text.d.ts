/** Where the `"` that closes a quoted text begun before `at` stands, or where the text stops being one. */
export declare function quotedTextEnd(text: string, at: number): {
    closed: boolean;
    at: number;
};

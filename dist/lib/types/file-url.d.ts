/** The file: URL of a path (absolute, or resolved against the working folder). */
export declare function pathToFileURL(path: string): URL;
/** The path of a file: URL; throws as node:url does for another host or an encoded separator. */
export declare function fileURLToPath(url: string | URL): string;

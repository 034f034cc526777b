// src/file-url.ts converts paths and file: URLs with Bun's built-in functions on Bun (node:url
// costs Bun about 1.5 ms to load) and with node:url on Node. Both must give node:url's results:
// this file runs in `npm test` (Node) and in `npm run test:bun` (Bun's built-ins).
import * as nodeUrl from "node:url";
import { describe, expect, it } from "vitest";
import { fileURLToPath, pathToFileURL } from "../src/file-url.js";

const PATHS = [
  "/plain/path/step.ts",
  "/a b/c#d?e%f",
  "/tmp/ü/ñ/日本.ts",
  "/x/\ty\nz\r",
  "/a/b/../c/./d",
  "relative/step.ts",
  "/back\\slash",
  "/with%20encoded",
  "/trailing/",
  "/quote'\"<>|*",
];

const URLS = [
  "file:///a%20b/c%23d%3Fe",
  "file:///tmp/%C3%BC",
  "file://localhost/etc/hosts",
  "file://host.example/share/x",
  "file:///a/b%2Fc",
  "file:///a/b%2fc",
  "https://example.com/x",
];

function outcome(run: () => string): { value?: string; code?: string } {
  try {
    return { value: run() };
  } catch (error) {
    return { code: (error as NodeJS.ErrnoException).code };
  }
}

describe("file URLs without node:url on Bun", () => {
  it("pathToFileURL gives node:url's URL for every path, however odd", () => {
    for (const path of PATHS) expect(pathToFileURL(path).href, path).toBe(nodeUrl.pathToFileURL(path).href);
  });

  it("fileURLToPath gives node:url's path, and node:url's error code for a host or an encoded slash", () => {
    for (const url of URLS) {
      expect(outcome(() => fileURLToPath(url)), url).toEqual(outcome(() => nodeUrl.fileURLToPath(url)));
    }
    expect(outcome(() => fileURLToPath("file://host.example/x")).code).toBe("ERR_INVALID_FILE_URL_HOST");
  });

  it("round-trips, and takes a URL object as well as a string", () => {
    for (const path of PATHS.filter((path) => path.startsWith("/"))) {
      const url = pathToFileURL(path);
      expect(fileURLToPath(url)).toBe(nodeUrl.fileURLToPath(url));
      expect(fileURLToPath(url.href)).toBe(fileURLToPath(url));
    }
  });
});

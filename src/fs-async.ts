import { readFile, type Stats, stat, unlink } from "node:fs";

// The few asynchronous file calls on `flows fire`'s path before and around its steps, as promises
// over node:fs's callback functions. node:fs is loaded anyway; on Bun, node:fs/promises costs
// about 1.2 ms to load, and node:util (for promisify) as much: together a twentieth of a
// `flows fire` of four steps (BENCHMARKS.md, "Seed parity"). Code off that path (listing records,
// stale locks, the GitHub and artifact paths) imports node:fs/promises as usual, where it runs.

/** The file's text as UTF-8. */
export function readTextFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => readFile(path, "utf8", (error, text) => (error ? reject(error) : resolve(text))));
}

/** What stat says about the path (links followed). */
export function statPath(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => stat(path, (error, info) => (error ? reject(error) : resolve(info))));
}

/** Removes the file. */
export function removeFile(path: string): Promise<void> {
  return new Promise((resolve, reject) => unlink(path, (error) => (error ? reject(error) : resolve())));
}

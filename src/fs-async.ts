import { close, open, read, readFile, type Stats, stat, unlink } from "node:fs";

// The few asynchronous file calls on `flows fire`'s path before and around its steps, as promises
// over node:fs's callback functions. node:fs is loaded anyway; on Bun, node:fs/promises costs
// about 1.2 ms to load, and node:util (for promisify) as much: together a twentieth of a
// `flows fire` of four steps (BENCHMARKS.md, "Seed parity"). Code off that path (listing records,
// stale locks, the GitHub and artifact paths) imports node:fs/promises as usual, where it runs.

/** The file's text as UTF-8. */
export function readTextFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => readFile(path, "utf8", (error, text) => (error ? reject(error) : resolve(text))));
}

/** Thrown by readTextFileWithin past its bound; `code` is "EFBIG". */
export class FileTooLargeError extends Error {
  readonly code = "EFBIG";
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
  }
}

/**
 * The file's text as UTF-8, read no further than `maxBytes` (FileTooLargeError past it). For a
 * file the user names, which may be a pipe (`/dev/stdin`, `<(command)`, or the descriptor of
 * standard input): any kind is read, and /dev/zero or an endless pipe costs `maxBytes`, not the
 * machine's memory.
 */
export async function readTextFileWithin(file: string | { fd: number }, maxBytes: number): Promise<string> {
  return (await readFileWithin(file, maxBytes)).toString("utf8");
}

/** As readTextFileWithin, the bytes themselves: for a pipe, whose bytes can be read only once. */
export function readFileWithin(file: string | { fd: number }, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const opened = (openError: Error | null, fd: number): void => {
      if (openError) {
        reject(openError);
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      const done = (error: Error | undefined): void => (error ? reject(error) : resolve(Buffer.concat(chunks, total)));
      // A descriptor handed in (standard input) stays open: it is not ours to close.
      const finish = (error: Error | undefined): void => (typeof file === "string" ? close(fd, () => done(error)) : done(error));
      const next = (): void => {
        const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
        read(fd, chunk, 0, chunk.length, null, (readError, bytes) => {
          // A pipe another process left non-blocking: wait for its writer.
          if ((readError as NodeJS.ErrnoException | null)?.code === "EAGAIN") return void setTimeout(next, 5);
          if (readError) return finish(readError);
          if (bytes === 0) return finish(undefined);
          chunks.push(chunk.subarray(0, bytes));
          total += bytes;
          if (total > maxBytes) return finish(new FileTooLargeError(maxBytes));
          next();
        });
      };
      next();
    };
    if (typeof file === "string") open(file, "r", opened);
    else opened(null, file.fd);
  });
}

/** What stat says about the path (links followed). */
export function statPath(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => stat(path, (error, info) => (error ? reject(error) : resolve(info))));
}

/** Removes the file. */
export function removeFile(path: string): Promise<void> {
  return new Promise((resolve, reject) => unlink(path, (error) => (error ? reject(error) : resolve())));
}

/** A node:fs callback call as a promise, for the calls above do not cover (`fsCall((done) => write(fd, bytes, done))`). */
export function fsCall<T>(start: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value as T))));
}

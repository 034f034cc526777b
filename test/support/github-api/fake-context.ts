// State shared by the fake GitHub's parts: base URL, clock, id counters and raw downloads.
import { createHash } from "node:crypto";
import type { RouteHandler } from "./handler-kit.js";
import { isoSeconds } from "./templates.js";

/** Path prefix for non-API downloads (artifact zips), like GitHub's signed blob URLs. */
export const BLOB_PREFIX = "/_fake/blobs/";

export interface Blob {
  bytes: Uint8Array;
  contentType: string;
}

export class FakeContext {
  readonly blobs = new Map<string, Blob>();
  private readonly counters = new Map<string, number>();

  constructor(
    readonly api: string,
    private readonly clock: () => Date,
  ) {}

  /** Now as GitHub formats timestamps (`2024-05-01T12:00:00Z`). */
  now(): string {
    return isoSeconds(this.clock());
  }

  /** Realistically large, increasing ids, one sequence per kind of object. */
  nextId(kind: string, start: number): number {
    const next = (this.counters.get(kind) ?? start) + 1;
    this.counters.set(kind, next);
    return next;
  }

  /** Stores bytes and returns the URL the server serves them at. */
  putBlob(key: string, blob: Blob): string {
    this.blobs.set(key, blob);
    const signature = createHash("sha256").update(key).digest("hex").slice(0, 16);
    return `${this.api}${BLOB_PREFIX}${encodeURIComponent(key)}?sig=${signature}`;
  }
}

/** A deterministic 40-hex "git object id" for a name. */
export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

/** `owner/repo` → `{ owner, repo, key }`; keys are lower-case like GitHub's lookups. */
export function parseRepo(fullName: string): { owner: string; repo: string; key: string } {
  const [owner, repo, extra] = fullName.split("/");
  if (!owner || !repo || extra !== undefined) throw new Error(`Expected "owner/repo", got "${fullName}"`);
  return { owner, repo, key: fullName.toLowerCase() };
}

export type HandlerTable = Record<string, RouteHandler>;

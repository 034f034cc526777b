import { randomUUID as nodeRandomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { randomBytes, randomHex, randomUUID, sha256, sha256Hex } from "../src/hash.js";

// src/hash.ts: hashes, and random bytes drawn from the system's generator without loading
// node:crypto (the action's bundle gives its randomUUID to @actions/core for the file commands'
// delimiter). The Bun side of both is in test/cli/bun-build.test.ts.

describe("random bytes", () => {
  it("fills the count asked for, differently each time", () => {
    expect(randomBytes(0)).toHaveLength(0);
    expect(randomBytes(1_000)).toHaveLength(1_000);
    const seen = new Set(Array.from({ length: 1_000 }, () => randomHex(8)));
    expect(seen.size).toBe(1_000);
    expect([...seen].every((hex) => /^[0-9a-f]{16}$/.test(hex))).toBe(true);
  });

  it("are spread over every byte value (a generator, not a counter)", () => {
    const counts = new Array<number>(256).fill(0);
    for (const byte of randomBytes(256 * 200)) counts[byte] = (counts[byte] ?? 0) + 1;
    // 200 expected per value; a sound generator stays far inside these bounds.
    expect(Math.min(...counts)).toBeGreaterThan(120);
    expect(Math.max(...counts)).toBeLessThan(290);
  });

  it("make version 4 UUIDs in node:crypto's format", () => {
    const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(nodeRandomUUID()).toMatch(shape);
    const uuids = Array.from({ length: 500 }, () => randomUUID());
    for (const uuid of uuids) expect(uuid).toMatch(shape);
    expect(new Set(uuids).size).toBe(500);
  });
});

describe("sha256", () => {
  it("hashes UTF-8 text, whole or in pieces", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const hash = sha256();
    hash.update("ab");
    hash.update(new TextEncoder().encode("c€"));
    expect(hash.hex()).toBe(sha256Hex("abc€"));
  });
});

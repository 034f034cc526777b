import { afterEach, describe, expect, it, vi } from "vitest";

// src/hash.ts draws random bytes from /dev/urandom on Node, and falls back to node:crypto where
// that file cannot be read (Windows, a container without /dev). Both ways are tested here with
// the module loaded afresh: node:fs refusing /dev/urandom, and the platform said to be Windows.

const opened: string[] = [];

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      opened.push(String(args[0]));
      if (args[0] === "/dev/urandom" && process.env.FLOWS_TEST_NO_URANDOM === "1") {
        throw Object.assign(new Error("ENOENT: no such file or directory, open '/dev/urandom'"), { code: "ENOENT" });
      }
      return fs.openSync(...args);
    },
  };
});

const platform = Object.getOwnPropertyDescriptor(process, "platform");

afterEach(() => {
  delete process.env.FLOWS_TEST_NO_URANDOM;
  if (platform) Object.defineProperty(process, "platform", platform);
  opened.length = 0;
  vi.resetModules();
});

async function freshHash(): Promise<typeof import("../src/hash.js")> {
  vi.resetModules();
  return import("../src/hash.js");
}

function looksRandom(bytes: Uint8Array): void {
  const counts = new Array<number>(256).fill(0);
  for (const byte of bytes) counts[byte] = (counts[byte] ?? 0) + 1;
  expect(Math.min(...counts)).toBeGreaterThan(60);
  expect(Math.max(...counts)).toBeLessThan(150);
}

describe.skipIf(process.platform === "win32")("random bytes without /dev/urandom", () => {
  it("reads /dev/urandom when it can", async () => {
    const { randomBytes } = await freshHash();
    expect(randomBytes(32)).toHaveLength(32);
    expect(opened).toContain("/dev/urandom");
  });

  it("fall back to node:crypto when /dev/urandom cannot be opened, and stop trying it", async () => {
    process.env.FLOWS_TEST_NO_URANDOM = "1";
    const { randomBytes, randomHex, randomUUID } = await freshHash();
    looksRandom(randomBytes(256 * 100));
    expect(opened.filter((file) => file === "/dev/urandom")).toHaveLength(1);
    expect(randomHex(8)).toMatch(/^[0-9a-f]{16}$/);
    expect(randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(Array.from({ length: 200 }, () => randomHex(8))).size).toBe(200);
    expect(opened.filter((file) => file === "/dev/urandom")).toHaveLength(1);
  });

  it("use node:crypto on Windows without looking for /dev/urandom", async () => {
    Object.defineProperty(process, "platform", { value: "win32", configurable: true });
    const { randomBytes } = await freshHash();
    looksRandom(randomBytes(256 * 100));
    expect(opened).not.toContain("/dev/urandom");
  });
});

// Moved from file-store-many-records.test.ts (which keeps the same check among 44 records):
// `flows fire` among 2,000 records, every other one damaged, reads its own event's record only.
import { afterEach, beforeEach, describe, it } from "vitest";
import { tempRepo } from "../helpers/flow-packages.js";
import { fireAmongRecords } from "./file-store-many-records.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-many-records-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("a state folder of many records", () => {
  it("`flows fire` and its redelivery read their own event's record only, among 2,000", async () => {
    await fireAmongRecords(repo.dir, 2000);
  }, 120_000);
});

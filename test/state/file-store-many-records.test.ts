import { afterEach, beforeEach, describe, it } from "vitest";
import { PROBLEMS_SHOWN_PER_KIND } from "../../src/state/problems.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { fireAmongRecords } from "./file-store-many-records.js";

// The file store keeps no index (README, Branch store): listings read every record, a dispatch
// only its event's. Measured with 20,000 records on a loaded 2-core machine: `flows fire` 0.5 s,
// `flows runs --limit 20` 2.5 to 4.9 s, `flows events --limit 20` 2.1 s, `flows show <run>` 2.2 s.
// Here every other record is damaged: a dispatch that read them would report each. A few more
// damaged records than a listing names one by one show it; file-store-many-records.stress.test.ts
// does it among 2,000.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-many-records-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("a state folder of many records", () => {
  it("`flows fire` and its redelivery read their own event's record only", async () => {
    await fireAmongRecords(repo.dir, 2 * (PROBLEMS_SHOWN_PER_KIND + 2));
  }, 120_000);
});

import { describe, it } from "vitest";
import { longTagsScenario } from "./long-tags-scenario.js";

// The 5 MB version of hostile-releases.test.ts's long tags (25,000 characters a tag there).
describe("releases with hostile contents (scale)", () => {
  it("refuses tags of 100,000 characters, 5 MB in all, and keeps the cursor, the note and the log lines short", async () => {
    await longTagsScenario(100_000);
  });
});

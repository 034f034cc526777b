import { describe, it } from "vitest";
import { rotationScenario } from "./rotation-scenario.js";

describe("polling many repositories (scale)", () => {
  it("polls 200 repositories within 60 requests per tick, resuming where it stopped so none is skipped", async () => {
    await rotationScenario({ count: 200, budget: 60 });
  }, 120_000);
});

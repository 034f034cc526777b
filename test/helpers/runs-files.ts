import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FlowEvent, FlowRunView } from "../../src/contracts.js";
import { runIdFor } from "../../src/engine/ids.js";

/** A push event whose payload carries `payloadBytes` of text, as a large webhook payload does. */
export function bigPushEvent(payloadBytes: number): FlowEvent {
  const after = "c".repeat(40);
  return {
    id: `github:push:octo-org/octo-repo:refs/heads/main@${after}`,
    type: "push",
    source: "github",
    receivedAt: "2026-11-26T00:00:00Z",
    payload: { repo: "octo-org/octo-repo", ref: "refs/heads/main", after, before: "0".repeat(40), commits: "x".repeat(payloadBytes) },
  };
}

/** A run-step job's view of one step of `event` that completed. */
export function completedRun(event: FlowEvent, flowName: string, stepName: string): FlowRunView {
  return {
    id: runIdFor(event.id, flowName, stepName),
    eventId: event.id,
    flowName,
    flowVersion: 1,
    stepName,
    runner: "bun",
    processStatus: "completed",
    resultStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [{ id: "a1", number: 1, status: "completed" }],
    createdAt: "2026-11-26T00:00:00Z",
    updatedAt: "2026-11-26T00:00:01Z",
    resultPayload: { status: "completed", message: `${flowName} done` },
  };
}

/**
 * `count` runs files under `dir`, as download-artifact lays them out (one folder per job), each
 * holding the whole event, as a run-step job writes it, and the run of its job's one step.
 */
export async function writeRunsFiles(dir: string, event: FlowEvent, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 1; index <= count; index++) {
    const run = completedRun(event, `flow-${index}`, "s");
    ids.push(run.id);
    const folder = join(dir, `flows-runs-1-${index}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "runs.json"), `${JSON.stringify({ version: 1, event, runs: [run], children: [] })}\n`);
  }
  return ids;
}

/**
 * `count` runs files under `dir`, one folder per job (flows-runs-1-<index>, index from 0), each
 * holding the run of its job's one step and `children` child events (as FlowResult.next leads
 * to), each with a payload of `childPayloadBytes`, naming the run that asked for it, and the run
 * of one step: more than a run-step job writes, as a forged or runaway file may hold.
 */
export async function writeRunsFilesWithChildren(
  dir: string,
  event: FlowEvent,
  { count, children, childPayloadBytes }: { count: number; children: number; childPayloadBytes: number },
): Promise<string[]> {
  const ids: string[] = [];
  const filler = "y".repeat(childPayloadBytes);
  for (let index = 0; index < count; index++) {
    const run = completedRun(event, `flow-${index}`, "s");
    ids.push(run.id);
    const kids = Array.from({ length: children }, (_, i) => {
      const child: FlowEvent = { id: `next:${index}:${i}`, type: "chain.next", receivedAt: "2026-11-26T00:00:01Z", payload: { filler } };
      return { version: 1, event: child, requestedBy: run.id, runs: [completedRun(child, `flow-${index}`, "next")], children: [] };
    });
    const folder = join(dir, `flows-runs-1-${index}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, "runs.json"), `${JSON.stringify({ version: 1, event, runs: [run], children: kids })}\n`);
  }
  return ids;
}

import { jsonShape } from "../json-shape.js";
import { serializeStateFile, type WriterRun } from "./artifact-format.js";
import { type WriteLimitProblem, writeLimitProblem } from "./layout.js";
import type { EventRecord } from "./types.js";

export type StateFileLimits = { maxBytes: number; maxContainers: number };

/** How a flush's records go into deltas when one delta of them all would be too big to read back. */
export type DeltaPlan = {
  /**
   * The records that fit, in the batch's order, in as few deltas within the limits as that order
   * allows; `text`: the delta's state file, when it was made already (all records in one delta).
   */
  deltas: Array<{ records: EventRecord[]; text?: string }>;
  /** Records that alone make a state file its reader would refuse, and why. */
  refused: Array<{ record: EventRecord; problem: WriteLimitProblem }>;
};

/**
 * The deltas a flush uploads: one of all its records when that is within the state file limits
 * (what a reader takes, readState), the usual case, which costs one text. Else the batch is
 * split, so that one oversized record costs only its own event: each record is measured in a
 * delta of its own, and refused when that is over the limits; else its bytes and objects and
 * arrays are what it adds to any delta, since a delta's text is its envelope plus its records'
 * texts joined by commas (serializeStateFile redacts each at the same depth however many there
 * are). Records keep the batch's order and each event is in one delta only, so readers merge
 * the same records whichever delta they apply first.
 */
export function planDeltas(records: EventRecord[], run: WriterRun, limits: StateFileLimits): DeltaPlan {
  const whole = readableDelta(records, run, limits);
  return whole === undefined ? splitDeltas(records, run, limits) : { deltas: [{ records, text: whole }], refused: [] };
}

/** One delta's text, or undefined (and no text held) when it is over the limits. */
function readableDelta(records: EventRecord[], run: WriterRun, limits: StateFileLimits): string | undefined {
  const text = serializeStateFile({ kind: "delta", records }, run);
  return writeLimitProblem([text], limits) ? undefined : text;
}

function splitDeltas(records: EventRecord[], run: WriterRun, limits: StateFileLimits): DeltaPlan {
  const envelope = measure(serializeStateFile({ kind: "delta", records: [] }, run));
  const plan: DeltaPlan = { deltas: [], refused: [] };
  let current: EventRecord[] = [];
  let size = envelope;
  for (const record of records) {
    const alone = serializeStateFile({ kind: "delta", records: [record] }, run);
    const problem = writeLimitProblem([alone], limits);
    if (problem) {
      plan.refused.push({ record, problem });
      continue;
    }
    const own = measure(alone);
    const adds = { bytes: own.bytes - envelope.bytes, containers: own.containers - envelope.containers };
    const grown = { bytes: size.bytes + adds.bytes + (current.length > 0 ? 1 : 0), containers: size.containers + adds.containers };
    if (current.length > 0 && writeLimitProblem([{ bytes: grown.bytes, containers: () => grown.containers }], limits)) {
      plan.deltas.push({ records: current });
      current = [];
      size = own;
    } else {
      size = grown;
    }
    current.push(record);
  }
  if (current.length > 0) plan.deltas.push({ records: current });
  return plan;
}

function measure(text: string): { bytes: number; containers: number } {
  const shape = jsonShape(text, { maxDepth: Number.POSITIVE_INFINITY, maxContainers: Number.POSITIVE_INFINITY });
  return { bytes: Buffer.byteLength(text, "utf8"), containers: shape.ok ? shape.containers : Number.POSITIVE_INFINITY };
}

import { type WriterRun } from "./artifact-format.js";
import { type WriteLimitProblem } from "./layout.js";
import type { EventRecord } from "./types.js";
export type StateFileLimits = {
    maxBytes: number;
    maxContainers: number;
};
/** How a flush's records go into deltas when one delta of them all would be too big to read back. */
export type DeltaPlan = {
    /**
     * The records that fit, in the batch's order, in as few deltas within the limits as that order
     * allows; `text`: the delta's state file, when it was made already (all records in one delta).
     */
    deltas: Array<{
        records: EventRecord[];
        text?: string;
    }>;
    /** Records that alone make a state file its reader would refuse, and why. */
    refused: Array<{
        record: EventRecord;
        problem: WriteLimitProblem;
    }>;
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
export declare function planDeltas(records: EventRecord[], run: WriterRun, limits: StateFileLimits): DeltaPlan;

// Reading a stored record: the one place the event-record validator is needed. A module of its
// own, apart from record.ts, whose merging every dispatch uses (the engine's MemoryStateStore),
// so that a start which reads no record does not load and compile that validator (about 80 kB):
// the action's cold-start guard, BENCHMARKS.md.
import { checkContract } from "../contract-errors.js";
import { validateEventRecord } from "../generated/validators/event-record.js";
import { markInterrupted } from "./dispatcher.js";
import { DISPATCH_KEYS_KEPT, laterFields, NewerRecordFormatError } from "./record.js";
import { checkEventRecordShape } from "./record-check.js";
import { RECORD_FORMAT_VERSION, type EventRecord } from "./types.js";

/**
 * Read a stored record of any format version, validated against schemas/event-record.schema.json.
 * A value that is not a record throws a ContractViolation naming the field (and `file`, when
 * given), so stores can report the file and set it aside.
 */
export function parseEventRecord(value: unknown, file?: string): EventRecord {
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  // Checked first: a newer writer may have changed any other field. Versions are whole numbers:
  // 1.5 is damage, set aside as any, not a newer writer's record that holds its event forever.
  if (typeof version === "number" && Number.isInteger(version) && version > RECORD_FORMAT_VERSION) {
    throw new NewerRecordFormatError(
      `record format ${version} is newer than this flows-action understands (${RECORD_FORMAT_VERSION}); upgrade flows-action`,
    );
  }
  const record = checkContract(validateEventRecord, value, "event-record.schema.json", file);
  // What the schema does not say: at least one attempt per run, an event payload, bounded nesting.
  const extra = checkEventRecordShape(value);
  if (extra) throw new Error(extra);
  const event = record.event;
  const runs = record.runs;
  // Runs whose dispatcher died while they ran read as interrupted (dispatcher.ts).
  return markInterrupted({
    ...laterFields(record),
    formatVersion: RECORD_FORMAT_VERSION,
    event,
    runs,
    firstDispatchedAt: record.firstDispatchedAt ?? record.updatedAt ?? event.receivedAt,
    updatedAt: record.updatedAt ?? event.receivedAt,
    dispatchCount: record.dispatchCount ?? 1,
    ...(record.dispatchKeys && record.dispatchKeys.length > 0 ? { dispatchKeys: record.dispatchKeys.slice(-DISPATCH_KEYS_KEPT) } : {}),
  });
}

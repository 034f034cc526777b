// Plain JSON values as the evaluator's data types, converted lazily: a condition that reads
// `event.payload.tag` converts one string, not the whole webhook payload, so the cost of a
// condition does not grow with the payload. Key lookups are case-insensitive, as in workflows.
import { data } from "@actions/expressions";
import { clipText } from "../text-cut.js";

type ExpressionData = data.ExpressionData;

/** A JSON value as expression data; objects and arrays are wrapped, not copied. */
export function toExpressionData(value: unknown): ExpressionData {
  if (value === null || value === undefined) return new data.Null();
  if (typeof value === "string") return new data.StringData(value);
  if (typeof value === "number") return new data.NumberData(value);
  if (typeof value === "boolean") return new data.BooleanData(value);
  if (Array.isArray(value)) return new LazyArray(value);
  if (value instanceof Date) return new data.StringData(value.toISOString());
  if (typeof value === "object") return new LazyDictionary(value as Record<string, unknown>);
  return new data.StringData(String(value));
}

export class LazyDictionary extends data.Dictionary {
  private readonly converted = new Map<string, ExpressionData>();
  private lowerKeys: Map<string, string> | undefined;

  constructor(private readonly source: Record<string, unknown>) {
    super();
  }

  override get(key: string): ExpressionData | undefined {
    const own = Object.hasOwn(this.source, key) ? key : this.findKey(key);
    if (own === undefined) return undefined;
    let value = this.converted.get(own);
    if (!value) {
      value = toExpressionData(this.source[own]);
      this.converted.set(own, value);
    }
    return value;
  }

  override values(): ExpressionData[] {
    return this.pairs().map((pair) => pair.value);
  }

  override pairs(): Array<{ key: string; value: ExpressionData }> {
    const seen = new Set<string>();
    const pairs: Array<{ key: string; value: ExpressionData }> = [];
    for (const key of Object.keys(this.source)) {
      // Two keys that differ only in case: the first one wins, as in the evaluator's Dictionary.
      if (seen.has(key.toLowerCase())) continue;
      seen.add(key.toLowerCase());
      pairs.push({ key, value: this.get(key) as ExpressionData });
    }
    return pairs;
  }

  /** Key count without converting anything (for showing a value). */
  get size(): number {
    return Object.keys(this.source).length;
  }

  private findKey(key: string): string | undefined {
    if (!this.lowerKeys) {
      this.lowerKeys = new Map();
      for (const own of Object.keys(this.source)) {
        if (!this.lowerKeys.has(own.toLowerCase())) this.lowerKeys.set(own.toLowerCase(), own);
      }
    }
    return this.lowerKeys.get(key.toLowerCase());
  }
}

export class LazyArray extends data.Array {
  private readonly converted: Array<ExpressionData | undefined>;

  constructor(private readonly source: readonly unknown[]) {
    super();
    this.converted = new Array(source.length);
  }

  override get(index: number): ExpressionData {
    let value = this.converted[index];
    if (!value) {
      value = toExpressionData(this.source[index]);
      this.converted[index] = value;
    }
    return value;
  }

  override values(): ExpressionData[] {
    return this.source.map((_, index) => this.get(index));
  }

  override add(value: ExpressionData): void {
    // The evaluator never adds to context data; keep the wrapper read-only.
    void value;
    throw new Error("condition data is read-only");
  }
}

const SHOWN_CHARS = 120;

/** A value as a condition report shows it: short JSON, big objects and arrays summarised. */
export function showValue(value: ExpressionData | undefined): string {
  if (value === undefined) return "null";
  switch (value.kind) {
    case data.Kind.Null:
      return "null";
    case data.Kind.String:
      return cut(JSON.stringify(value.coerceString()));
    case data.Kind.Number:
    case data.Kind.Boolean:
      return value.coerceString();
    case data.Kind.Array: {
      const items = (value as data.Array).values();
      if (items.length <= 10 && items.every((item) => item.primitive || item.kind === data.Kind.Null)) {
        return cut(`[${items.map(showValue).join(", ")}]`);
      }
      return `[…] (${items.length} item${items.length === 1 ? "" : "s"})`;
    }
    default: {
      const size = value instanceof LazyDictionary ? value.size : (value as data.Dictionary).pairs().length;
      return `{…} (${size} key${size === 1 ? "" : "s"})`;
    }
  }
}

function cut(text: string): string {
  return clipText(text, SHOWN_CHARS);
}

/**
 * Bytes gathered piece by piece into one buffer, grown only for a larger whole, then taken as
 * text and emptied: the group of array elements the big-event reader (events/event-file.ts) and
 * the record writer (state/event-text.ts) parse at a time, without a buffer per piece.
 */
export class ByteGroup {
  #buffer: Buffer;
  #length = 0;

  constructor(initialBytes: number) {
    this.#buffer = Buffer.allocUnsafe(initialBytes);
  }

  get length(): number {
    return this.#length;
  }

  add(bytes: Uint8Array): void {
    if (this.#length + bytes.length > this.#buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(2 * this.#buffer.length, this.#length + bytes.length));
      this.#buffer.copy(larger, 0, 0, this.#length);
      this.#buffer = larger;
    }
    this.#buffer.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** The bytes as UTF-8 text; the group is empty after. */
  take(): string {
    const text = this.#buffer.toString("utf8", 0, this.#length);
    this.#length = 0;
    return text;
  }
}

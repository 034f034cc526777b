/**
 * A count given as text (an input, an option): digits only, as a safe integer, else undefined.
 * Number() alone also takes "0x10", "1e3", "0b11" and "" (0), which no one means as a count.
 */
export function wholeNumber(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const parsed = Number(text);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

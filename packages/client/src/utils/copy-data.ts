/**
 * The defensive copy of a value handed over, and the depth limit of a parsed body.
 *
 * @module
 */
import { READING_LIMITS } from "@errata/catalog/policy";

// Deeper than any error body; a cycle in a value handed over ends here too.
export const MAX_DEPTH = READING_LIMITS.max_depth;
const MAX_BYTES = READING_LIMITS.max_bytes;

/** Whether `text` holds more than `max` opening brackets, counted up to `max + 1`. */
export function bracketsOver(text: string, max: number): boolean {
  let count = 0;
  for (const bracket of ["{", "["]) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1)) if (++count > max) return true;
  }
  return false;
}

/** Throws when an array or object in `value` sits deeper than `MAX_DEPTH`. */
export function depthWithin(value: unknown, depth: number): void {
  if (typeof value !== "object" || value === null) return;
  if (depth > MAX_DEPTH) throw new RangeError("nested too deep");
  for (const member of Array.isArray(value) ? value : Object.values(value)) depthWithin(member, depth + 1);
}

/**
 * A copy of a value, read once: own enumerable data members only, never one that could reach a
 * prototype nor a function (a `then` would hijack `await`), at every depth. The checks then read
 * the copy, so a getter of a value handed to `fromBody` cannot answer one thing to them and
 * another after.
 */
export function copyData(value: unknown, depth: number, drop: ReadonlySet<string>): unknown {
  if (typeof value === "function") return undefined;
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new RangeError("nested too deep");
  if (Array.isArray(value)) {
    const length = value.length;
    // More items than the largest body read holds bytes: a forged length, not data.
    if (!(length <= MAX_BYTES)) throw new RangeError("too many items");
    const items: unknown[] = [];
    for (let i = 0; i < length; i++) items.push(copyData(value[i], depth + 1, drop));
    return items;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (drop.has(key)) continue;
    const member = (value as Record<string, unknown>)[key];
    if (typeof member !== "function") copy[key] = copyData(member, depth + 1, drop);
  }
  return copy;
}

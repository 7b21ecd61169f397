/**
 * The defensive copy of a value handed over, and the depth limit of a parsed body.
 *
 * @module
 */
import { READING_LIMITS } from "@errata/catalog/compact";

// Deeper than any error body; a cycle in a value handed over ends here too.
export const MAX_DEPTH = READING_LIMITS.max_depth;
const MAX_BYTES = READING_LIMITS.max_bytes;

/** `Object.prototype.hasOwnProperty`: inside `for in` over the same object, V8 makes its call a constant. */
export const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Whether a parsed value holds a `__proto__` member at any depth (JSON.parse makes one an own
 * member, however the text spells it); throws when an array or object in it sits deeper than
 * `MAX_DEPTH`.
 */
export function protoWithin(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (depth > MAX_DEPTH) throw new RangeError("nested too deep");
  if (Array.isArray(value)) {
    for (const item of value) if (protoWithin(item, depth + 1)) return true;
  } else
    for (const key in value)
      if (
        hasOwn.call(value, key) &&
        (key === "__proto__" || protoWithin((value as Record<string, unknown>)[key], depth + 1))
      )
        return true;
  return false;
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

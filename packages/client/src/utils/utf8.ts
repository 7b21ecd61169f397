/**
 * The size of text on the wire, in UTF-8 bytes.
 *
 * @module
 */

/** Whether `text` takes more than `max` bytes in UTF-8, as it would on the wire. */
export function overBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= max; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point of 4 bytes
      i++;
    } else bytes += 3; // the rest, and a lone surrogate (sent as U+FFFD)
  }
  return bytes > max;
}

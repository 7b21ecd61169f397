/**
 * Warnings for deprecated codes: once per code and process, so a hot path that raises one does not
 * flood the logs.
 *
 * @module
 */
import type { Deprecation } from "@errata/catalog";

/** Receives the first raise of each deprecated code. */
export type DeprecationLogger = (code: string, deprecation: Deprecation, message: string) => void;

function emitWarning(_code: string, _deprecation: Deprecation, message: string): void {
  // Node, Bun and Deno (with its Node globals) have process.emitWarning; anything else gets console.
  const proc = (globalThis as { process?: { emitWarning?: (m: string, o: object) => void } }).process;
  if (typeof proc?.emitWarning === "function") {
    proc.emitWarning(message, { type: "DeprecationWarning", code: "ERRATA_DEPRECATED_CODE" });
  } else {
    console.warn(`DeprecationWarning: ${message}`);
  }
}

let logger: DeprecationLogger = emitWarning;
const warned = new Set<string>();

/**
 * Routes deprecation warnings to `log` instead of `process.emitWarning`; pass nothing to restore
 * the default. Codes already warned about stay warned.
 */
export function setDeprecationLogger(log?: DeprecationLogger): void {
  logger = log ?? emitWarning;
}

/** The warning's text: the code, the reason, and what to raise instead. */
export function deprecationMessage(code: string, deprecation: Deprecation): string {
  const instead = deprecation.replacement ? ` Raise "${deprecation.replacement}" instead.` : "";
  return `Error code "${code}" is deprecated: ${deprecation.reason}.${instead}`.replace(/\.\./g, ".");
}

/** Warns about `code` the first time it is raised; later raises are silent. */
export function warnDeprecated(code: string, deprecation: Deprecation): void {
  if (warned.has(code)) return;
  warned.add(code);
  try {
    logger(code, deprecation, deprecationMessage(code, deprecation));
  } catch {
    // A failing logger must not turn a raise into a crash.
  }
}

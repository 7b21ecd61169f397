/**
 * What the self-check reports: the rules, a problem, and the error that lists them.
 *
 * @module
 */
import { ErrataBaseError } from "../base-error.js";

export type CatalogRule =
  | "code-format"
  | "type-format"
  | "known-type"
  | "status-range"
  | "text-filled"
  | "field-format"
  | "field-reserved"
  | "field-described"
  | "placeholder-field"
  | "retry-after-default"
  | "required-when"
  | "example-valid"
  | "deprecation-replacement"
  | "message-variant"
  | "retry-after-from"
  | "required-hedged"
  | "text-field-name"
  | "source-seed"
  | "source-part"
  | "source-complete"
  | "seed-message"
  | "api-known"
  | "without-code";

export interface CatalogProblem {
  /** The code (or type) the problem is in. */
  readonly code: string;
  readonly rule: CatalogRule;
  readonly message: string;
}

/** Thrown by `assertCatalog`: lists every problem found. */
export class CatalogError extends ErrataBaseError {
  declare readonly name: "CatalogError";
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(
      `The catalogue breaks ${problems.length} rule${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${p.code}: [${p.rule}] ${p.message}`).join("\n"),
    );
  }
}

Object.defineProperty(CatalogError.prototype, "name", { value: "CatalogError", writable: true, configurable: true });

/** Records a problem of the code (or type) being checked. */
export type AddProblem = (rule: CatalogRule, message: string) => void;

/**
 * The error type a status stands for, when a response says nothing else.
 *
 * @module
 */
import type { ErrorType } from "@errata/catalog";
import { TYPE_ENTRIES } from "@errata/catalog/policy";

/** The type whose default status is `status`, else the one of its class (422 → 400's, 503 → 500's). */
export function typeOfStatus(status: number): ErrorType | null {
  let byClass: string | null = null;
  for (const [type, own] of TYPE_ENTRIES) {
    if (own === status) return type as ErrorType;
    if (status >= 400 && status < 600 && own === status - (status % 100)) byClass ??= type;
  }
  return byClass as ErrorType | null;
}

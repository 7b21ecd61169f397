/**
 * The error type a status stands for, when a response says nothing else.
 *
 * @module
 */
import { ERROR_TYPES, type ErrorType } from "@errata/catalog";

/** The type whose default status is `status`, else the one of its class (422 → 400's, 503 → 500's). */
export function typeOfStatus(status: number): ErrorType | null {
  let byClass: ErrorType | null = null;
  for (const type in ERROR_TYPES) {
    const own = ERROR_TYPES[type as ErrorType].status;
    if (own === status) return type as ErrorType;
    if (status >= 400 && status < 600 && own === status - (status % 100)) byClass ??= type as ErrorType;
  }
  return byClass;
}

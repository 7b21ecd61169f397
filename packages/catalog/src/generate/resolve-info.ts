/**
 * Resolves a code's defaults from its type: the one place that says how.
 *
 * @module
 */
import type { ErrorInfo } from "../codes.js";
import type { CatalogDefinition, ErrorDefinition } from "../types.js";

// Seed policy: 402 and 403 are for the account owner to act on.
const OWNER_STATUSES = new Set([402, 403]);

/** What `ERRORS` holds of a code (see `ErrorInfo`): its own values, or else its type's. */
export function resolveInfo(def: ErrorDefinition, types: CatalogDefinition["types"]): ErrorInfo<string> {
  const type = types[def.type];
  if (!type) throw new Error(`unknown type "${def.type}"`);
  const status = def.status ?? type.status;
  return {
    type: def.type,
    status,
    retry: def.retry ?? type.retry,
    ownerFacing: def.ownerFacing ?? OWNER_STATUSES.has(status),
    ...(def.retryAfter === undefined ? {} : { retryAfter: def.retryAfter }),
    ...(def.deprecated === undefined ? {} : { deprecated: def.deprecated }),
    apis: def.apis ?? [],
    ...(def.withoutCode?.length ? { withoutCode: def.withoutCode } : {}),
  };
}

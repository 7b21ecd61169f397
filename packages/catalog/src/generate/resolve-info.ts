/**
 * Resolves a code's defaults from its type: the one place that says how.
 *
 * @module
 */
import type { CatalogDefinition, Deprecation, ErrorDefinition, LegacyDialect, RetryPolicy } from "../types.js";

export interface ResolvedInfo {
  readonly type: string;
  readonly status: number;
  readonly retry: RetryPolicy;
  readonly ownerFacing: boolean;
  readonly retryAfter?: number;
  readonly deprecated?: Deprecation;
  /** The legacy APIs that send the code (every code is sent in the standard dialect too). */
  readonly apis: readonly LegacyDialect[];
  /** The APIs that send it without its code member (their generic bodies). */
  readonly withoutCode?: readonly LegacyDialect[];
}

// Seed policy: 402 and 403 are for the account owner to act on.
const OWNER_STATUSES = new Set([402, 403]);

export function resolveInfo(def: ErrorDefinition, types: CatalogDefinition["types"]): ResolvedInfo {
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

// Generated from src/catalog.ts by scripts/generate-table.ts. Do not edit.
import type { RetryPolicy } from "../types.js";
import type { Reading } from "../reading.js";
import type { RetryGuidance } from "../retry-guidance.js";

export const types: readonly (readonly [name: string, status: number, retry: RetryPolicy])[] = [["authentication_error",401,"never"],["authorization_error",403,"never"],["invalid_request_error",400,"never"],["payment_error",402,"never"],["not_found_error",404,"never"],["conflict_error",409,"never"],["rate_limit_error",429,"retry_after"],["api_error",500,"backoff"]];

export const reading: Pick<Reading, "max_bytes" | "max_depth" | "code_pattern"> = {"max_bytes":262144,"max_depth":64,"code_pattern":"^[a-z][a-z0-9_]*$"};

export const retryGuidance: Pick<RetryGuidance, "max_attempts" | "base_delay_ms" | "max_delay_ms"> = {"max_attempts":3,"base_delay_ms":500,"max_delay_ms":60000};

export const retries: string = "idempotency_conflict,1,b\nrate_limit_exceeded,60\nthrottled,1\nsandbox_quota_exceeded,3600\noutbound_limit_reached,3600\nnew_conversation_limit_reached,3600\ndependency_unavailable,5\nno_active_number,30";

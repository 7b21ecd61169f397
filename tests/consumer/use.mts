// Compiled by a test with `moduleResolution: node16`, against the built declaration files, the way a
// consumer's ESM project imports the packages.
import { type AnyErrorObject, ERROR_CODES, ERRORS } from "@errata/catalog";
import { errorBodySchema } from "@errata/catalog/zod";
import { fromBody, isCode, retryDecision } from "@errata/client";
import { createError, toResponse } from "@errata/server";

export function explain(error: AnyErrorObject): string {
  switch (error.code) {
    case ERROR_CODES.outbound_limit_reached:
      return `${error.current} / ${error.limit}`;
    case "insufficient_balance":
      return error.required_amount;
    default:
      return error.message;
  }
}

export const status: 429 = ERRORS.throttled.status;
export const raised = createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" });
export const response: Response = toResponse(raised);
export const parsed = fromBody(JSON.stringify(raised.toBody("req_a1b2c3d4e5f6")), { status: 429, headers: {} });
if (isCode(parsed, "outbound_limit_reached")) {
  const limit: number = parsed.limit;
  void limit;
}
export const decision = retryDecision(parsed, 1);
export const valid: boolean = errorBodySchema.safeParse({}).success;

// @ts-expect-error a required field is missing
createError("outbound_limit_reached", { limit: 35 });

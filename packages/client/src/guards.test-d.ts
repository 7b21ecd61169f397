import type { Dialect, ErrorCode, ErrorObject } from "@errata/catalog";
import { describe, expectTypeOf, it } from "vitest";
import { isCode, type MatchHandlers, matchError } from "./guards.js";
import { ErrataResponseError } from "./response-error.js";
import type { KnownError, ParsedError, TransportError, UnknownError } from "./types.js";

declare const error: ParsedError;
declare const handlers: Omit<MatchHandlers<number>, "unknown" | "transport">;
declare const withoutThrottled: Omit<MatchHandlers<number>, "throttled" | "unknown" | "transport">;

describe("parsed error types", () => {
  it("narrow on known and code to that code's fields", () => {
    if (error.known && error.code === "outbound_limit_reached") {
      expectTypeOf(error.limit).toEqualTypeOf<number>();
      expectTypeOf(error.mode).toEqualTypeOf<"total" | "per_number" | (string & {})>();
      if (error.sender_number !== undefined) expectTypeOf(error.sender_number).toEqualTypeOf<string>();
      expectTypeOf(error).toMatchTypeOf<ErrorObject<"outbound_limit_reached">>();
      expectTypeOf(error.status).toEqualTypeOf<number>();
    }
    if (error.known && error.code === "insufficient_balance") {
      expectTypeOf(error.currency).toEqualTypeOf<string | undefined>();
      // @ts-expect-error a field of another code
      void error.limit;
    }
    if (!error.known) expectTypeOf(error).toEqualTypeOf<UnknownError | TransportError>();
    if (error.code === null) expectTypeOf(error).toEqualTypeOf<TransportError>();
  });

  it("say their dialect: one of the four on an error body, null on a transport error", () => {
    expectTypeOf(error.dialect).toEqualTypeOf<Dialect | null>();
    if (error.known) expectTypeOf(error.dialect).toEqualTypeOf<Dialect>();
    if (error.code === null) expectTypeOf(error.dialect).toEqualTypeOf<null>();
  });

  it("narrow through isCode, for parsed errors and ErrataResponseError alike", () => {
    if (isCode(error, "sandbox_quota_exceeded")) {
      expectTypeOf(error).toEqualTypeOf<KnownError<"sandbox_quota_exceeded">>();
      expectTypeOf(error.resets_at).toEqualTypeOf<string | undefined>();
    }
    const thrown: unknown = new ErrataResponseError(error);
    if (isCode(thrown, "new_conversation_limit_reached")) {
      if (thrown instanceof ErrataResponseError) expectTypeOf(thrown.error.cap).toEqualTypeOf<number>();
      else expectTypeOf(thrown.plan_id).toEqualTypeOf<string>();
    }
    // @ts-expect-error not a catalogued code
    isCode(error, "not_a_code");
  });

  it("make matchError exhaustive: a missing case is a type error unless `_` is given", () => {
    expectTypeOf(matchError(error, { ...handlers, unknown: () => 1, transport: () => 2 })).toEqualTypeOf<number>();
    // @ts-expect-error the throttled case is missing
    matchError(error, { ...withoutThrottled, unknown: () => 1, transport: () => 2 });
    // @ts-expect-error the transport case is missing
    matchError(error, { ...handlers, unknown: () => 1 });
    // @ts-expect-error the unknown case is missing
    matchError(error, { ...handlers, transport: () => 1 });
    matchError(error, { ...withoutThrottled, _: () => 0 });
    matchError(error, {
      outbound_limit_reached: (e) => expectTypeOf(e.current).toEqualTypeOf<number>() && e.current,
      transport: (e) => e.status,
      _: (e) => expectTypeOf(e).toEqualTypeOf<ParsedError>() && 0,
    });
  });

  it("keep every catalogued code in KnownError", () => {
    expectTypeOf<KnownError["code"]>().toEqualTypeOf<ErrorCode>();
  });
});

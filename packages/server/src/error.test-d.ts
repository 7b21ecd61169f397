import type { ErrorBody } from "@errata/catalog";
import { describe, expectTypeOf, it } from "vitest";
import { createError, type ErrataError } from "./error.js";

describe("createError's types", () => {
  it("narrows the error to its code", () => {
    const error = createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" });
    expectTypeOf(error).toEqualTypeOf<ErrataError<"outbound_limit_reached">>();
    expectTypeOf(error.code).toEqualTypeOf<"outbound_limit_reached">();
    expectTypeOf(error.type).toEqualTypeOf<"rate_limit_error">();
    expectTypeOf(error.toBody("req_0123456789ab")).toEqualTypeOf<ErrorBody<"outbound_limit_reached">>();
    expectTypeOf(error.fields.limit).toEqualTypeOf<number>();
  });

  it("lets fields be left out when the code has none required", () => {
    expectTypeOf(createError("not_found")).toEqualTypeOf<ErrataError<"not_found">>();
    expectTypeOf(createError("throttled")).toEqualTypeOf<ErrataError<"throttled">>();
    expectTypeOf(createError("throttled", { retry_after: 3 })).toEqualTypeOf<ErrataError<"throttled">>();
  });

  it("does not compile without a required field, with a wrong type, or with an unknown field", () => {
    // @ts-expect-error: traffic_not_routable needs `traffic_type`
    createError("traffic_not_routable");
    // @ts-expect-error: `period` is a string
    createError("spend_limit_exceeded", { period: 7 });
    // @ts-expect-error: `limit` is a number
    createError("outbound_limit_reached", { limit: "35", current: 35, mode: "total" });
    // @ts-expect-error: `current` is missing
    createError("outbound_limit_reached", { limit: 35, mode: "total" });
    // @ts-expect-error: not_found has no `resource` field
    createError("not_found", { resource: "chat" });
    // @ts-expect-error: not a catalogued code
    createError("no_such_code");
  });

  it("takes any spelling of mode, and the per-number fields as optional", () => {
    createError("outbound_limit_reached", {
      limit: 5,
      current: 5,
      mode: "per_number",
      allocation_id: "alloc_1",
      sender_number: "+15555550123",
    });
    createError("outbound_limit_reached", { limit: 5, current: 5, mode: "per-number", sender_number: "+15555550123" });
    expectTypeOf(createError).toBeCallableWith("outbound_limit_reached", { limit: 5, current: 5, mode: "total" });
    expectTypeOf(createError).toBeCallableWith("spend_limit_exceeded");
  });

  it("takes param and details on any code, and a message and cause in options", () => {
    expectTypeOf(createError).toBeCallableWith("conflict", { param: "status" }, { message: "No.", cause: new Error() });
    // @ts-expect-error: missing_required_parameter needs `param`
    createError("missing_required_parameter", {});
  });
});

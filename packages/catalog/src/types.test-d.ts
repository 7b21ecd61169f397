import { describe, expectTypeOf, it } from "vitest";
import type {
  AnyErrorObject,
  CodeOfType,
  CodesOfType,
  ErrorBody,
  ErrorCode,
  ErrorFields,
  ErrorFieldsNeed,
  ErrorObject,
  ErrorObjectMap,
  ErrorType,
} from "./index.js";
import { ERROR_CODES, ERRORS } from "./index.js";

function assertNever(value: never): never {
  throw new Error(`unhandled: ${String(value)}`);
}

describe("ErrorCode", () => {
  it("is the union of the catalogue's codes and nothing else", () => {
    expectTypeOf<"outbound_limit_reached">().toExtend<ErrorCode>();
    expectTypeOf<"no_such_code">().not.toExtend<ErrorCode>();
    expectTypeOf(ERROR_CODES.invalid_json).toEqualTypeOf<"invalid_json">();
  });

  it("allows an exhaustive switch over every type", () => {
    const describe = (type: ErrorType): string => {
      switch (type) {
        case "authentication_error":
        case "authorization_error":
        case "invalid_request_error":
        case "payment_error":
        case "not_found_error":
        case "conflict_error":
        case "rate_limit_error":
        case "api_error":
          return type;
        default:
          return assertNever(type);
      }
    };
    expectTypeOf(describe).returns.toBeString();
  });

  it("allows an exhaustive switch over every code (a new code fails here until it is handled)", () => {
    const retryable = (error: AnyErrorObject): boolean => {
      switch (error.code) {
        case "missing_api_key":
        case "invalid_api_key":
        case "unauthorized":
        case "insufficient_scope":
        case "line_not_accessible":
        case "sandbox_not_activated":
        case "sandbox_requires_owner":
        case "forbidden":
        case "spend_limit_exceeded":
        case "ip_not_allowed":
        case "policy_violation":
        case "agent_not_approved":
        case "test_number_mismatch":
        case "missing_required_parameter":
        case "invalid_parameter_value":
        case "invalid_json":
        case "empty_file":
        case "validation_failed":
        case "advanced_features_required":
        case "attachment_first_message_not_allowed":
        case "sandbox_contact_mismatch":
        case "contact_has_not_messaged":
        case "inbound_only_no_prior_inbound":
        case "traffic_not_routable":
        case "sender_not_approved":
        case "no_valid_recipients":
        case "no_valid_numbers":
        case "invalid_recipient":
        case "invalid_request":
        case "audio_error":
        case "semantic_validation_failed":
        case "payload_too_large":
        case "unsupported_media_type":
        case "insufficient_balance":
        case "not_found":
        case "line_not_found":
        case "chat_not_found":
        case "message_not_found":
        case "outbox_item_not_found":
        case "webhook_not_found":
        case "file_not_found":
        case "device_not_rcs_capable":
        case "conflict":
        case "duplicate_resource":
        case "idempotency_conflict":
        case "rate_limit_exceeded":
        case "throttled":
        case "sandbox_quota_exceeded":
        case "outbound_limit_reached":
        case "new_conversation_limit_reached":
        case "internal_error":
        case "dependency_unavailable":
        case "no_active_number":
          return error.type === "rate_limit_error" || error.type === "api_error";
        default:
          return assertNever(error);
      }
    };
    expectTypeOf(retryable).returns.toBeBoolean();
  });

  it("makes a switch with a case missing fail to type-check", () => {
    const partial = (code: ErrorCode) => {
      switch (code) {
        case "missing_api_key":
          return 1;
        default:
          // @ts-expect-error every other code is still possible here
          return assertNever(code);
      }
    };
    expectTypeOf(partial).returns.toEqualTypeOf<number>();
  });
});

describe("ErrorObject", () => {
  it("narrows on code to that code's fields", () => {
    const handle = (error: AnyErrorObject): number | string | undefined => {
      switch (error.code) {
        case "outbound_limit_reached":
          expectTypeOf(error.limit).toEqualTypeOf<number>();
          expectTypeOf(error.current).toEqualTypeOf<number>();
          expectTypeOf(error.type).toEqualTypeOf<"rate_limit_error">();
          return error.limit;
        case "insufficient_balance":
          // Amounts are decimal strings, never floats.
          expectTypeOf(error.required_amount).toEqualTypeOf<string>();
          return error.required_amount;
        case "missing_required_parameter":
          expectTypeOf(error.param).toEqualTypeOf<string>();
          return error.param;
        case "validation_failed":
          // Optional: the iMessage API's generic 400 carries none.
          expectTypeOf<NonNullable<typeof error.details>[number]["field"]>().toEqualTypeOf<string>();
          return error.details?.length;
        case "invalid_json":
          // @ts-expect-error invalid_json has no limit
          return error.limit;
        default:
          return undefined;
      }
    };
    expectTypeOf(handle).parameter(0).toEqualTypeOf<AnyErrorObject>();
  });

  it("reads outbound_limit_reached's mode as an open string, and the per-number fields as optional whatever its spelling", () => {
    type Outbound = ErrorObject<"outbound_limit_reached">;
    const perNumber = (error: Outbound) => {
      // The known values autocomplete; any other spelling is still this code.
      expectTypeOf<"total">().toExtend<typeof error.mode>();
      expectTypeOf<"per-number">().toExtend<typeof error.mode>();
      expectTypeOf(error.sender_number).toEqualTypeOf<string | undefined>();
      expectTypeOf(error.allocation_id).toEqualTypeOf<string | undefined>();
      if (error.sender_number !== undefined) expectTypeOf(error.sender_number).toEqualTypeOf<string>();
    };
    expectTypeOf(perNumber).toBeFunction();

    const total: Outbound = {
      type: "rate_limit_error",
      code: "outbound_limit_reached",
      message: "m",
      limit: 1,
      current: 1,
      mode: "total",
    };
    const spelled: Outbound = {
      type: "rate_limit_error",
      code: "outbound_limit_reached",
      message: "m",
      limit: 1,
      current: 1,
      mode: "number",
    };
    // @ts-expect-error mode is on every body of the code
    const modeless: Outbound = {
      type: "rate_limit_error",
      code: "outbound_limit_reached",
      message: "m",
      limit: 1,
      current: 1,
    };
    expectTypeOf(total).toExtend<Outbound>();
    expectTypeOf(spelled).toExtend<Outbound>();
    expectTypeOf(modeless).toExtend<Outbound>();
  });

  it("pairs each code with its own type only", () => {
    // @ts-expect-error a rate-limit code cannot carry the authentication type
    const wrong: ErrorObject<"throttled"> = { type: "authentication_error", code: "throttled", message: "m" };
    expectTypeOf(wrong.code).toEqualTypeOf<"throttled">();
  });

  it("keeps the fields of a code apart from the common members", () => {
    // The SMS reference's example carries no period, so a body without one is still this code.
    expectTypeOf<ErrorFields<"spend_limit_exceeded">>().toEqualTypeOf<{
      readonly period?: "daily" | "monthly" | (string & {});
    }>();
    expectTypeOf<ErrorFields<"sandbox_quota_exceeded">["retry_after"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("the generated declarations", () => {
  it("make each code's error object a plain object type, assignable to a record like any object literal", () => {
    expectTypeOf<ErrorObject<"throttled">>().toEqualTypeOf<ErrorObjectMap["throttled"]>();
    expectTypeOf<ErrorObject<"throttled">>().toExtend<Readonly<Record<string, unknown>>>();
    expectTypeOf<AnyErrorObject>().toEqualTypeOf<ErrorObjectMap[ErrorCode]>();
  });

  it("say which codes need fields", () => {
    expectTypeOf<ErrorFieldsNeed["traffic_not_routable"]>().toEqualTypeOf<"required">();
    expectTypeOf<ErrorFieldsNeed["throttled"]>().toEqualTypeOf<"optional">();
  });

  it("list the codes of each type, and every code has a type", () => {
    expectTypeOf<CodesOfType[ErrorType]>().toEqualTypeOf<ErrorCode>();
  });
});

describe("ErrorBody and the tables", () => {
  it("wraps the error object with a request id", () => {
    expectTypeOf<ErrorBody<"throttled">["error"]["code"]>().toEqualTypeOf<"throttled">();
    expectTypeOf<ErrorBody<"throttled">["request_id"]>().toEqualTypeOf<string>();
  });

  it("knows each code's status and type as literals", () => {
    expectTypeOf(ERRORS.contact_has_not_messaged.status).toEqualTypeOf<403>();
    expectTypeOf(ERRORS.contact_has_not_messaged.type).toEqualTypeOf<"invalid_request_error">();
    expectTypeOf<CodeOfType<"payment_error">>().toEqualTypeOf<"insufficient_balance">();
  });
});

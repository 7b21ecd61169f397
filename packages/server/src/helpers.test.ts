import { DIALECT_NAMES, type Dialect, ERRORS } from "@errata/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { schemaErrors } from "../../../tests/support/server-bodies.js";
import { ErrataError, ErrataFieldError } from "./error.js";
import {
  dottedPath,
  emptyFile,
  fromIssues,
  fromZodError,
  invalidJson,
  notFoundOrNotYours,
  parseJsonBody,
  requireNonEmpty,
  requireOwned,
  requireTestNumber,
} from "./helpers.js";
import { renderError } from "./render.js";

function thrown(run: () => unknown): ErrataError {
  try {
    run();
  } catch (error) {
    if (error instanceof ErrataError) return error;
    throw error;
  }
  throw new Error("expected a throw");
}

describe("validation helpers", () => {
  const schema = z.object({
    to: z.string().regex(/^\+[1-9][0-9]{1,14}$/, "Expected a phone number in E.164 format."),
    attachments: z.array(z.object({ url: z.url() })).max(1),
  });

  it("turns a zod error into validation_failed with a detail per issue, fields as dotted paths", () => {
    const parsed = schema.safeParse({ to: "555", attachments: [{ url: "nope" }] });
    expect(parsed.success).toBe(false);
    const error = fromZodError(parsed.error!);
    expect(error.code).toBe("validation_failed");
    expect(error.status).toBe(ERRORS.validation_failed.status);
    expect(error.cause).toBe(parsed.error);
    const body = error.toBody("req_0123456789ab");
    expect(body.error.details).toEqual([
      { field: "to", message: "Expected a phone number in E.164 format." },
      { field: "attachments.0.url", message: expect.any(String) },
    ]);
    expect(schemaErrors(body)).toBeNull();
  });

  it("takes any list of issues, with segment arrays or dotted strings, and can raise the 422 code", () => {
    const error = fromIssues([{ path: "send_at", message: "Must be in the future." }], {
      code: "semantic_validation_failed",
    });
    expect(error.code).toBe("semantic_validation_failed");
    expect(error.status).toBe(ERRORS.semantic_validation_failed.status);
    expect(error.fields.details).toEqual([{ field: "send_at", message: "Must be in the future." }]);
  });

  it("writes any path as segments joined by dots, whatever the segments", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.nat(),
            fc.string().map((s) => Symbol(s)),
          ),
        ),
        (path) => {
          const expected = path.map((s) => (typeof s === "symbol" ? (s.description ?? "") : String(s))).join(".");
          expect(dottedPath(path)).toBe(expected);
          const body = fromIssues([{ path, message: "bad" }]).toBody("req_0123456789ab");
          expect(body.error.details?.[0]?.field).toBe(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses an empty list of issues rather than sending an empty details", () => {
    expect(() => fromIssues([])).toThrow(ErrataFieldError);
  });
});

describe("body helpers", () => {
  it("turns an unparseable JSON body into invalid_json, keeping the SyntaxError as cause", () => {
    expect(parseJsonBody('{"to": "+1555"}')).toEqual({ to: "+1555" });
    const error = thrown(() => parseJsonBody("{to:"));
    expect(error.code).toBe("invalid_json");
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(invalidJson().code).toBe("invalid_json");
  });

  it("turns an empty upload into empty_file, and lets a non-empty one through", () => {
    expect(emptyFile().code).toBe("empty_file");
    for (const empty of [new Uint8Array(0), new Blob([]), "", null, undefined]) {
      expect(thrown(() => requireNonEmpty(empty)).code).toBe("empty_file");
    }
    const bytes = new Uint8Array([1]);
    expect(requireNonEmpty(bytes)).toBe(bytes);
    expect(requireNonEmpty(new Blob(["x"])).size).toBe(1);
  });
});

/** Two accounts; chat_b belongs to B. */
const chats = new Map([["chat_b", { id: "chat_b", accountId: "acct_b" }]]);

/** What a service does for GET /chats/:id as account `accountId`. */
function getChat(accountId: string, id: string) {
  return requireOwned(chats.get(id), (chat) => chat.accountId === accountId);
}

/** The response with its request ID taken out, for comparison. */
function withoutRequestId(thrownError: unknown, accept: string | undefined, dialect: Dialect) {
  const sent = renderError(thrownError, { accept }, { dialect });
  const body = JSON.parse(sent.body);
  delete body.request_id;
  delete body.instance;
  const { "request-id": _, ...headers } = sent.headers;
  return { status: sent.status, headers, body };
}

describe("opaque errors", () => {
  it("answers another account's chat and a chat that does not exist with identical responses, request ID aside, in every dialect", () => {
    expect(getChat("acct_b", "chat_b").id).toBe("chat_b");
    const foreign = thrown(() => getChat("acct_a", "chat_b"));
    const missing = thrown(() => getChat("acct_a", "chat_zzz"));
    expect(foreign.code).toBe("not_found");
    for (const dialect of DIALECT_NAMES) {
      for (const accept of [undefined, "application/problem+json"]) {
        expect(withoutRequestId(foreign, accept, dialect)).toEqual(withoutRequestId(missing, accept, dialect));
      }
    }
    // The reasons differ only in what operators see.
    expect(String((foreign.cause as Error).message)).not.toBe(String((missing.cause as Error).message));
    expect(notFoundOrNotYours().code).toBe("not_found");
  });

  it("answers a test number of another account and an unknown number with identical responses, request ID aside, in every dialect", () => {
    const verified = "+15555550100";
    const otherAccountsNumber = "+15555550111";
    const unknownNumber = "+15555550999";
    expect(() => requireTestNumber(verified, verified)).not.toThrow();
    const a = thrown(() => requireTestNumber(otherAccountsNumber, verified));
    const b = thrown(() => requireTestNumber(unknownNumber, verified));
    expect(a.code).toBe("test_number_mismatch");
    for (const dialect of DIALECT_NAMES) {
      for (const accept of [undefined, "application/problem+json"]) {
        expect(withoutRequestId(a, accept, dialect)).toEqual(withoutRequestId(b, accept, dialect));
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { fromBody } from "./parse.js";
import { parseResponse } from "./response.js";

const BODY = JSON.stringify({
  error: { type: "rate_limit_error", code: "throttled", message: "Slow down.", retry_after: 2 },
  request_id: "req_abcdefabcdef",
});
const response = () => new Response(BODY, { status: 429, headers: { "request-id": "req_0123456789ab" } });

describe("fromResponse's parse core, loaded on demand", () => {
  it("parses with the core once it is loaded", async () => {
    const error = await parseResponse(response(), {}, () => Promise.resolve(fromBody));
    expect(error).toMatchObject({ known: true, code: "throttled", status: 429, retry_after: 2 });
  });

  it("answers a core that cannot be loaded (a chunk the network lost) with an unreadable body, not a rejection", async () => {
    const error = await parseResponse(response(), {}, () => Promise.reject(new Error("chunk lost")));
    expect(error).toMatchObject({
      known: false,
      code: null,
      reason: "unreadable",
      status: 429,
      type: "rate_limit_error",
      request_id: "req_0123456789ab",
      dialect: null,
    });
  });

  it("answers a load that throws at once the same way", async () => {
    const error = await parseResponse(response(), {}, () => {
      throw new Error("no import");
    });
    expect(error).toMatchObject({ known: false, reason: "unreadable", status: 429 });
  });

  it("answers a body it did not read without waiting for the core to load", async () => {
    const never = () => new Promise<never>(() => {});
    const error = await parseResponse(response(), { maxBytes: 4 }, never);
    expect(error).toMatchObject({ known: false, reason: "too_large", status: 429 });
  });
});

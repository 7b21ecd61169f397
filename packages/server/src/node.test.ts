import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createError } from "./error.js";
import { sendError } from "./node.js";
import { withLength } from "./node-request.js";
import { renderError } from "./render.js";

let server: Server | undefined;
afterEach(
  () =>
    new Promise<void>((resolve) => {
      server?.closeAllConnections();
      server?.close(() => resolve());
    }),
);

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe("sendError", () => {
  it("sets Content-Length to the body's bytes, multi-byte characters included", async () => {
    const url = await serve((request, response) => {
      sendError(response, createError("traffic_not_routable", { traffic_type: "marketing — été" }), request);
    });
    const response = await fetch(url);
    const text = await response.text();
    expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(text));
    expect(JSON.parse(text).error.traffic_type).toBe("marketing — été");
  });

  it("ends a response whose headers are already sent instead of throwing, and still reports what it would send", async () => {
    let reported: number | undefined;
    const url = await serve((request, response) => {
      response.writeHead(200, { "content-type": "text/plain" });
      response.write("partial");
      reported = sendError(response, new Error("late failure"), request).status;
    });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("partial");
    expect(reported).toBe(500);
  });
});

describe("withLength", () => {
  it("gives renderError's headers, in their order, and Content-Length", () => {
    const errors = [
      createError("outbound_limit_reached", { limit: 1, current: 1, mode: "total" }),
      createError("not_found"),
      new Error("internal"),
    ];
    for (const error of errors) {
      for (const accept of [undefined, "application/problem+json"]) {
        const { headers } = renderError(error, { accept });
        const written = withLength(headers, 42);
        expect(Object.entries(written)).toEqual([...Object.entries(headers), ["content-length", 42]]);
      }
    }
  });

  it("keeps any set of headers, each with its value, and adds Content-Length", () => {
    const name = fc.oneof(fc.constantFrom("content-type", "request-id", "retry-after", "x-other"), fc.string());
    fc.assert(
      fc.property(fc.dictionary(name, fc.string()), fc.nat(), (headers, length) => {
        expect(withLength(headers, length)).toEqual({ ...headers, "content-length": length });
      }),
      { numRuns: 1000 },
    );
  });
});

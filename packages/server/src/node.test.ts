import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createError } from "./error.js";
import { sendError } from "./node.js";

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

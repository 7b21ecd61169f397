import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ERRORS } from "@errata/catalog";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../../tests/support/chromium.js";
import { type MockServer, startMockServer } from "./mock.js";

/**
 * A page on one loopback origin calls the mock server on another, as a browser app under test
 * does: custom headers and a POST make the browser send a CORS preflight first.
 */
describe("the mock server called from a page in headless Chromium", () => {
  let mock: MockServer;
  let site: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mock = await startMockServer();
    site = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>app</title>");
    });
    await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
    browser = await launchChromium();
    page = await browser.newPage();
    // The page's origin differs from the mock's by port, so every call is cross-origin.
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await mock?.close();
  });

  it("answers a POST with X-Request-Id and Idempotency-Key, and lets the page read Request-Id and Retry-After", async () => {
    const seen = await page.evaluate(async (url) => {
      const response = await fetch(`${url}/errors/throttled`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-request-id": "req_browsercaller01",
          "idempotency-key": "4f6c1a",
        },
        body: JSON.stringify({ to: "+15555550100", text: "hi" }),
      });
      return {
        status: response.status,
        requestId: response.headers.get("request-id"),
        retryAfter: response.headers.get("retry-after"),
        body: await response.json(),
      };
    }, mock.url);
    expect(seen.status).toBe(ERRORS.throttled.status);
    expect(seen.requestId).toBe("req_browsercaller01");
    expect(seen.retryAfter).toMatch(/^[0-9]+$/);
    expect(seen.body.error.code).toBe("throttled");
    expect(seen.body.request_id).toBe("req_browsercaller01");
  });

  it("answers every method a client under test sends", async () => {
    const statuses = await page.evaluate(async (url) => {
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];
      return Promise.all(
        methods.map(
          async (method) =>
            (await fetch(`${url}/errors/line_not_found`, { method, headers: { "idempotency-key": "k" } })).status,
        ),
      );
    }, mock.url);
    expect(statuses).toEqual(Array(5).fill(ERRORS.line_not_found.status));
  });
});

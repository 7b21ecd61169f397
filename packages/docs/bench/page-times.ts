/**
 * The reference page's load and filter times in headless Chromium, measured as `pnpm bench:scale`
 * measures them: load from navigation start to the first frame after the load event; filter from
 * typing a code in the filter box to the frame after the page is laid out again.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";

export interface PageTimes {
  readonly loadMs: number;
  readonly filterMs: number;
}

/** Serves `pages` (path → HTML) on the loopback until `close`. */
export async function servePages(pages: ReadonlyMap<string, string>): Promise<{ url: string; close(): void }> {
  const server: Server = createServer((request, response) => {
    const html = pages.get(request.url ?? "");
    if (html === undefined) response.writeHead(404).end();
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** One load of `url` and one filter to `code`, in a fresh context. */
export async function pageTimes(browser: Browser, url: string, code: string): Promise<PageTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(() =>
      addEventListener("load", () =>
        requestAnimationFrame(() =>
          setTimeout(() => ((window as unknown as { loaded: number }).loaded = performance.now())),
        ),
      ),
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => (window as unknown as { loaded?: number }).loaded !== undefined);
    const loadMs = await page.evaluate(() => (window as unknown as { loaded: number }).loaded);
    const filterMs = await page.evaluate(
      (typed) =>
        new Promise<number>((resolve) => {
          const input = document.getElementById("filter") as HTMLInputElement;
          const start = performance.now();
          input.value = typed;
          input.dispatchEvent(new Event("input"));
          void document.body.offsetHeight;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }),
      code,
    );
    const shown = await page.$$eval("ul.codes > li[id]", (all) =>
      all.filter((section) => (section as HTMLElement).offsetParent !== null).map((section) => section.id),
    );
    if (shown.join() !== code) throw new Error(`filtering to ${code} shows ${shown.length} codes`);
    return { loadMs, filterMs };
  } finally {
    await context.close();
  }
}

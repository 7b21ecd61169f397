import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../../tests/support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDocs } from "./generate.js";
import { escapeHtml, escapeText, renderHtml } from "./html.js";
import { apisOf } from "@errata/catalog/file";
import type { CatalogEntry } from "./schemas-dir.js";
import { REFERENCE, SCHEMAS_DIR, TEST_OUTPUT, entryHtml, readJson, scratchSchemas } from "./test-helpers.js";

const catalog = readJson<{
  errors: CatalogEntry[];
  types: Record<string, { title: string }>;
  dialects: Record<string, { title: string }>;
}>(join(SCHEMAS_DIR, "catalog.json"));
const APIS = Object.keys(catalog.dialects);
/** What the filter matches a code by: its code, title, type, status and the APIs that send it. */
const searchText = (entry: CatalogEntry) =>
  [entry.code, entry.title, entry.type, entry.status, ...apisOf(entry)].join(" ").toLowerCase();
const html = generateDocs(REFERENCE).get("errors.html") as string;

describe("docs/errors.html, as text", () => {
  it("has an element with id=<code> for every code, matching each code's doc_url fragment", () => {
    for (const entry of catalog.errors) {
      expect(html, entry.code).toContain(`<section id="${entry.code}" class="code`);
      expect(new URL(entry.doc_url).hash).toBe(`#${entry.code}`);
    }
  });

  it("writes every code's entry and every API's section out in full, with no data left for a script to render", () => {
    for (const entry of catalog.errors) {
      const section = entryHtml(html, entry.code);
      expect(section, entry.code).toContain('<dl class="facts">');
      expect(section, entry.code).toContain(escapeText(entry.description.split(/[`*[]/)[0] as string));
      expect(section, entry.code).toContain(escapeText(JSON.stringify(entry.example, null, 2)));
      expect(section, entry.code).toContain('class="tabset"');
    }
    for (const name of APIS.filter((api) => api !== "standard")) {
      const part = new RegExp(`<section id="api-${name}-part"[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";
      for (const entry of catalog.errors.filter((candidate) => apisOf(candidate).includes(name)))
        expect(part, name).toContain(`<a href="#${entry.code}"><code>${entry.code}</code></a>`);
    }
    expect(html).not.toMatch(/<script(?! *>)|<template|DecompressionStream/);
  });

  it("is ASCII throughout: anything past it is a character reference", () => {
    expect(html).not.toMatch(/[^\t\n\r -~]/);
    expect(escapeText("“a” ≥ b 😀")).toBe("&#8220;a&#8221; &#8805; b &#128512;");
  });

  it("loads nothing from outside: no src or stylesheet links, and a CSP that pins the inline style and script", () => {
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/<link(?![^>]*href="data:)/i);
    expect(html).not.toMatch(/url\(/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] as string;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] as string;
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`style-src ${hash(style)}`);
    expect(policy).toContain(`script-src ${hash(script)}`);
  });

  it("leaves no Markdown unrendered outside code blocks", () => {
    const prose = html
      .replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, "")
      .replace(/<script>[\s\S]*?<\/script>/g, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<code>[^<]*<\/code>/g, "");
    expect(prose).not.toMatch(/`|\*\*|\]\(#/);
    const nested = renderHtml({ title: "t", blocks: [{ kind: "paragraph", text: "**a `b` [`c`](#d)**" }] });
    expect(nested).toContain('<strong>a <code>b</code> <a href="#d"><code>c</code></a></strong>');
  });

  it("escapes catalogue text, whatever characters it holds", () => {
    const unescapeHtml = (text: string) =>
      text.replace(/&(lt|gt|quot|#39|amp|#\d+);/g, (_, name: string) =>
        name.startsWith("#")
          ? String.fromCodePoint(Number(name.slice(1)))
          : ({ lt: "<", gt: ">", quot: '"', amp: "&" }[name] as string),
      );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescapeHtml(escaped)).toBe(text);
        const content = escapeText(text);
        expect(content).not.toMatch(/[<>]|&(?!(lt|gt|amp|#\d+);)/);
        expect(unescapeHtml(content)).toBe(text);
        const page = renderHtml({ title: "t", blocks: [{ kind: "code", language: "json", label: "x", text }] });
        const body = /<pre data-language="json">([\s\S]*?)<\/pre>/.exec(page)?.[1] as string;
        expect(unescapeHtml(body)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("docs/errors.html in headless Chromium", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url = "";
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/errors.html") {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/errors.html`;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    // Anything but the page itself is refused, so a stray request cannot reach the network.
    await context.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const visibleCodes = () =>
    page.$$eval("section.code", (sections) =>
      sections.filter((section) => (section as HTMLElement).offsetParent !== null).map((section) => section.id),
    );

  it("shows every code", async () => {
    expect((await visibleCodes()).sort()).toEqual(catalog.errors.map((entry) => entry.code).sort());
    await expect(page.locator("#count").textContent()).resolves.toBe(`${catalog.errors.length} codes`);
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, "errors.png") });
  });

  it("leaves just that code visible when a code is typed in the filter", async () => {
    for (const entry of catalog.errors) {
      await page.fill("#filter", entry.code);
      expect(await visibleCodes(), entry.code).toEqual([entry.code]);
    }
    await page.fill("#filter", "outbound_limit_reached");
    await page.screenshot({ path: join(TEST_OUTPUT, "errors-filtered.png") });
  });

  it("narrows to every code whose code, title, type, status or APIs hold the words typed, and back to all when cleared", async () => {
    const words = "sandbox 4";
    await page.fill("#filter", words);
    const expected = catalog.errors
      .filter((entry) => words.split(" ").every((word) => searchText(entry).includes(word)))
      .map((entry) => entry.code);
    expect(expected.length).toBeGreaterThan(1);
    expect(await visibleCodes()).toEqual(expected);
    await page.fill("#filter", "no code has this text");
    expect(await visibleCodes()).toEqual([]);
    expect(await page.isVisible("#no-match")).toBe(true);
    await page.fill("#filter", "");
    expect(await visibleCodes()).toHaveLength(catalog.errors.length);
    expect(await page.isVisible("#response-shape")).toBe(true);
  });

  it("lists the codes an API sends when its name is typed, alone or with other words", async () => {
    for (const name of APIS.filter((api) => api !== "standard")) {
      await page.fill("#filter", name);
      const sent = catalog.errors.filter((entry) => apisOf(entry).includes(name)).map((entry) => entry.code);
      expect(await visibleCodes(), name).toEqual(sent);
    }
    await page.fill("#filter", "sms 422");
    const expected = catalog.errors.filter((entry) => apisOf(entry).includes("sms") && entry.status === 422);
    expect(expected.length).toBeGreaterThan(1);
    expect(await visibleCodes()).toEqual(expected.map((entry) => entry.code));
    await page.fill("#filter", "");
  });

  it("keeps an index of every code beside the content, by type, that follows the filter", async () => {
    expect(await page.isVisible("nav.index")).toBe(true);
    const links = await page.$$eval("nav.index li[data-code] a", (anchors) =>
      anchors.map((a) => a.getAttribute("href")),
    );
    expect([...links].sort()).toEqual(catalog.errors.map((entry) => `#${entry.code}`).sort());
    const apiLinks = await page.$$eval("nav.index a[href^='#api-']", (anchors) =>
      anchors.map((a) => a.getAttribute("href")),
    );
    expect(apiLinks).toEqual(APIS.map((name) => `#api-${name}`));
    const box = await page.locator("nav.index").boundingBox();
    const main = await page.locator("main").boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(main?.x ?? 0);
    await page.fill("#filter", "throttled");
    const shown = await page.$$eval("nav.index li[data-code]", (items) =>
      items
        .filter((item) => (item as HTMLElement).offsetParent !== null)
        .map((item) => (item as HTMLElement).dataset.code),
    );
    expect(shown).toEqual(["throttled"]);
    await page.fill("#filter", "");
  });

  it("regression: the index names each type once, and wraps a long code only after an underscore", async () => {
    // The headings as shown (in capitals): a type's name and title read as the same words twice.
    const headings = await page.$$eval("nav.index section h2", (items) =>
      items.map((h) => (h.textContent ?? "").toUpperCase()),
    );
    const typeTitles = Object.values(catalog.types).map((type) => type.title.toUpperCase());
    for (const title of typeTitles) expect(headings).toContain(title);
    for (const heading of headings) {
      const words = heading
        .toLowerCase()
        .split(/[\s_:]+/)
        .filter(Boolean);
      expect(new Set(words).size, heading).toBe(words.length);
    }
    // Where each code's link breaks a line: after an underscore only, never inside a word.
    const { wrapped, inside } = await page.$$eval("nav.index li[data-code] a", (anchors) => {
      let wrapped = 0;
      const inside: string[] = [];
      for (const anchor of anchors) {
        let top: number | undefined;
        let previous = "";
        let lines = 1;
        const walker = document.createTreeWalker(anchor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.data.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const at = range.getBoundingClientRect().top;
            if (top !== undefined && at > top + 2) {
              lines++;
              if (previous !== "_") inside.push(anchor.textContent ?? "");
            }
            top = at;
            previous = node.data[i] as string;
          }
        }
        if (lines > 1) wrapped++;
      }
      return { wrapped, inside };
    });
    expect(wrapped, "some code is longer than the index is wide").toBeGreaterThan(0);
    expect(inside).toEqual([]);
  });

  it("wraps long lines in code blocks instead of cutting them off", async () => {
    const clipped = await page.$$eval("pre", (blocks) =>
      blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.textContent?.slice(0, 60)),
    );
    expect(await page.$$eval("pre", (blocks) => blocks.length)).toBeGreaterThan(catalog.errors.length);
    expect(clipped).toEqual([]);
  });

  it("prints without the filter bar", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".bar")).toBe(false);
    expect(await visibleCodes()).toHaveLength(catalog.errors.length);
    await page.emulateMedia({ media: "screen" });
  });

  it("clears the filter when a link leads to a code it hides, and lands on that code", async () => {
    const [first, second] = catalog.errors.map((entry) => entry.code) as [string, string];
    await page.fill("#filter", first);
    await page.evaluate((code) => {
      location.hash = code;
    }, second);
    await expect.poll(() => page.inputValue("#filter")).toBe("");
    expect(await visibleCodes()).toHaveLength(catalog.errors.length);
    const top = await page.$eval(`section[id="${second}"]`, (section) => section.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.evaluate(() => history.replaceState(null, "", location.pathname));
  });

  it("switches an entry's snippet between its languages with its tabs", async () => {
    const code = catalog.errors[0]?.code as string;
    await page.fill("#filter", code);
    const tabs = page.locator(`section[id="${code}"] .tabset`);
    await expect.poll(() => tabs.count()).toBe(1);
    const titles = await tabs.locator("label").allTextContents();
    expect(titles[0]).toBe("TypeScript");
    const shown = () => tabs.locator("pre:visible").allTextContents();
    expect(await shown()).toEqual([expect.stringContaining("createError(")]);
    for (const [i, title] of titles.entries()) {
      await tabs.locator("label").nth(i).click();
      const visible = await shown();
      expect(visible, title).toHaveLength(1);
      expect(visible[0], title).toBe(await tabs.locator("pre").nth(i).textContent());
    }
    await page.fill("#filter", "");
  });

  it("made no request but for the page itself", () => {
    expect(requests).toEqual([url]);
  });
});

/** Markup a catalogue's text could hold: it must show as text, and never run or load. */
const HOSTILE = `<img src="x" onerror="document.title='ran'"><script>document.title='ran'</script> & </section><b>bold</b>`;

describe("docs/errors.html in headless Chromium, JavaScript off", () => {
  let server: Server;
  let browser: Browser;
  let base = "";
  const pages = new Map<string, string>([["/errors.html", html]]);
  const requests: string[] = [];

  beforeAll(async () => {
    const hostile = scratchSchemas((raw) => {
      const entry = raw.errors[0] as { title: string; description: string; fix: string };
      entry.title = `Title ${HOSTILE}`;
      entry.description = `When ${HOSTILE}`;
      entry.fix = `Fix ${HOSTILE}`;
    });
    pages.set("/hostile.html", generateDocs({ schemasDir: hostile }).get("errors.html") as string);
    server = createServer((request, response) => {
      const body = pages.get(request.url?.split("#")[0] ?? "");
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const open = async (path: string, javaScriptEnabled = false): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
    await context.route("**/*", (route) =>
      route.request().url().startsWith(`${base}/`) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    return page;
  };

  it("shows every code's entry in full: heading, status, type, message, advice, fields, examples and snippet tabs", async () => {
    const page = await open("/errors.html");
    try {
      expect(await page.isVisible(".bar")).toBe(false);
      const shown = await page.$$eval("section.code", (sections) =>
        sections.map((section) => ({
          code: section.id,
          visible: (section as HTMLElement).offsetParent !== null,
          heading: section.querySelector("h4")?.textContent ?? "",
          facts: Object.fromEntries(
            Array.from(section.querySelectorAll("dl.facts > dt")).map((dt) => [
              dt.textContent,
              dt.nextElementSibling?.textContent,
            ]),
          ),
          fields: Array.from(section.querySelectorAll(".table tbody tr > td:first-child")).map((td) => td.textContent),
          examples: Array.from(section.querySelectorAll("figure.example:not(.tabs) pre")).map(
            (pre) => pre.textContent ?? "",
          ),
          tabs: Array.from(section.querySelectorAll(".tabset label")).map((label) => label.textContent),
        })),
      );
      expect(shown.map((entry) => entry.code).sort()).toEqual(catalog.errors.map((entry) => entry.code).sort());
      for (const entry of catalog.errors) {
        const seen = shown.find((candidate) => candidate.code === entry.code);
        expect(seen?.visible, entry.code).toBe(true);
        expect(seen?.heading, entry.code).toBe(`${entry.code}: ${entry.title}`);
        expect(seen?.facts.Status, entry.code).toMatch(new RegExp(`^${entry.status} `));
        expect(seen?.facts.Type, entry.code).toContain(entry.type);
        expect(seen?.facts.Message, entry.code).toBe(entry.message);
        expect(seen?.facts["How to fix it"], entry.code).toBe(entry.fix.replace(/`|\*\*/g, ""));
        expect(
          Object.keys(seen?.facts ?? {}).find((name) => name?.startsWith("Retry")),
          entry.code,
        ).toBeDefined();
        expect(seen?.facts["Surface to the account owner"], entry.code).toMatch(entry.owner_facing ? /^Yes/ : /^No/);
        expect(seen?.fields, entry.code).toEqual(Object.keys(entry.fields));
        expect(JSON.parse(seen?.examples[0] ?? "null"), entry.code).toEqual(entry.example);
        expect(seen?.tabs, entry.code).toEqual(["TypeScript", "Go", "Python"]);
      }
      mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot({ path: join(TEST_OUTPUT, "errors-no-script.png") });
    } finally {
      await page.context().close();
    }
  });

  it("shows every API's section, switches snippet tabs and lands on a linked code, all without script", async () => {
    const middle = catalog.errors[Math.floor(catalog.errors.length / 2)]?.code as string;
    const page = await open(`/errors.html#${middle}`);
    try {
      const top = await page.$eval(`section[id="${middle}"]`, (section) => section.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(900);
      for (const name of APIS.filter((api) => api !== "standard")) {
        const links = await page.$$eval(`#api-${name}-part p a[href]`, (anchors) =>
          anchors.map((a) => a.getAttribute("href")),
        );
        const sent = catalog.errors.filter((entry) => apisOf(entry).includes(name)).map((entry) => `#${entry.code}`);
        expect(
          links.filter((href) => sent.includes(href as string)),
          name,
        ).toEqual(sent);
      }
      const tabs = page.locator(`section[id="${middle}"] .tabset`);
      const titles = await tabs.locator("label").allTextContents();
      for (const [i, title] of titles.entries()) {
        await tabs.locator("label").nth(i).click();
        const visible = await tabs.locator("pre:visible").allTextContents();
        expect(visible, title).toEqual([await tabs.locator("pre").nth(i).textContent()]);
      }
    } finally {
      await page.context().close();
    }
  });

  it("shows markup in a catalogue's text as text, with script off and on, and runs none of it", async () => {
    const code = catalog.errors[0]?.code as string;
    for (const javaScriptEnabled of [false, true]) {
      const page = await open("/hostile.html", javaScriptEnabled);
      try {
        const entry = page.locator(`section[id="${code}"]`);
        expect(await entry.locator("h4").textContent()).toBe(`${code}: Title ${HOSTILE}`);
        const facts = await entry.locator("dl.facts dd").allTextContents();
        expect(facts).toContain(`When ${HOSTILE}`);
        expect(facts).toContain(`Fix ${HOSTILE}`);
        expect(await page.locator("img, b, section.code script").count()).toBe(0);
        expect(await page.title()).toBe("Error reference");
        if (javaScriptEnabled) {
          await page.fill("#filter", "title <img");
          expect(await page.$$eval("#results > section", (all) => all.map((s) => s.id))).toEqual([code]);
        }
      } finally {
        await page.context().close();
      }
    }
    expect(requests.every((request) => request.startsWith(`${base}/`) && !request.endsWith("/x"))).toBe(true);
  });
});

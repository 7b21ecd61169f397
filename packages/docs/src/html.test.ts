import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, posix } from "node:path";
import { apisOf } from "@errata/catalog/file";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../../tests/support/chromium.js";
import { generateDocs } from "./generate.js";
import { escapeHtml, escapeText, renderHtml } from "./html.js";
import type { CatalogEntry } from "./schemas-dir.js";
import { DOCS_DIR, entryHtml, REFERENCE, readJson, SCHEMAS_DIR, scratchSchemas, TEST_OUTPUT } from "./test/support.js";

const catalog = readJson<{
  errors: CatalogEntry[];
  types: Record<string, { title: string }>;
  dialects: Record<string, { title: string }>;
}>(join(SCHEMAS_DIR, "catalog.json"));
const APIS = Object.keys(catalog.dialects);
const CODES = catalog.errors.map((entry) => entry.code);
/** What the filter matches a code by: its code, title, type, status and the APIs that send it. */
const searchText = (entry: CatalogEntry) =>
  [entry.code, entry.title, entry.type, entry.status, ...apisOf(entry)].join(" ").toLowerCase();
const files = generateDocs(REFERENCE);
/** The HTML files, by path under `docs/`: the index and a page per code. */
const htmlFiles = new Map<string, string>([...files].filter(([file]) => file.endsWith(".html")));
const html = files.get("errors.html") as string;
const pageOf = (code: string) => files.get(`errors/${code}.html`) as string;

describe("docs/errors.html and docs/errors/<code>.html, as text", () => {
  it("has a row with id=<code> in the index for every code, matching each code's doc_url fragment, and a page per code", () => {
    for (const entry of catalog.errors) {
      expect(html, entry.code).toContain(`<li id="${entry.code}"`);
      expect(html, entry.code).toContain(`<a href="errors/${entry.code}.html">`);
      expect(new URL(entry.doc_url).hash).toBe(`#${entry.code}`);
      expect(pageOf(entry.code), entry.code).toContain(`<section id="${entry.code}" class="code`);
    }
    expect(html).not.toMatch(/class="code[ "]/);
    expect(html).not.toContain('<dl class="facts"><dt>Status');
  });

  it("writes every code's entry out in full on its page, and links every API's codes to their pages", () => {
    for (const entry of catalog.errors) {
      const section = entryHtml(pageOf(entry.code), entry.code);
      expect(section, entry.code).toContain('<dl class="facts">');
      expect(section, entry.code).toContain(escapeText(entry.description.split(/[`*[]/)[0] as string));
      expect(section, entry.code).toContain(escapeText(JSON.stringify(entry.example, null, 2)));
      expect(section, entry.code).toContain('class="tabset"');
      expect(pageOf(entry.code), entry.code).toContain(`<a href="../errors.html#${entry.code}">`);
      expect(pageOf(entry.code), entry.code).not.toMatch(/<script|<template/);
    }
    for (const name of APIS.filter((api) => api !== "standard")) {
      const part = new RegExp(`<section id="api-${name}-part"[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";
      for (const entry of catalog.errors.filter((candidate) => apisOf(candidate).includes(name)))
        expect(part, name).toContain(`<a href="errors/${entry.code}.html"><code>${entry.code}</code></a>`);
    }
    expect(html).not.toMatch(/<script(?! *>)|<template|DecompressionStream/);
  });

  it("links only to files the build writes or the repository holds, and to ids those pages have", () => {
    const ids = new Map(
      [...htmlFiles].map(([file, text]) => [file, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
    );
    let checked = 0;
    for (const [file, text] of htmlFiles) {
      for (const [, href] of text.matchAll(/<a href="([^"]+)"/g)) {
        if (/^[a-z]+:/.test(href as string)) continue;
        const [path, fragment] = (href as string).split("#") as [string, string | undefined];
        const target = path === "" ? file : posix.normalize(posix.join(posix.dirname(file), path));
        if (htmlFiles.has(target)) {
          if (fragment !== undefined) expect(ids.get(target)?.has(fragment), `${file}: ${href}`).toBe(true);
        } else expect(existsSync(join(DOCS_DIR, target)), `${file}: ${href}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(htmlFiles.size * 3);
  });

  it("is ASCII throughout: anything past it is a character reference", () => {
    for (const [file, text] of htmlFiles) expect(text, file).not.toMatch(/[^\t\n\r -~]/);
    expect(escapeText("“a” ≥ b 😀")).toBe("&#8220;a&#8221; &#8805; b &#128512;");
  });

  it("loads nothing from outside: no src or stylesheet links, and a CSP that pins the inline style and script", () => {
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    for (const [file, text] of htmlFiles) {
      expect(text, file).not.toMatch(/\ssrc=/i);
      expect(text, file).not.toMatch(/<link(?![^>]*href="data:)/i);
      expect(text, file).not.toMatch(/url\(/i);
      const style = /<style>([\s\S]*?)<\/style>/.exec(text)?.[1] as string;
      const script = /<script>([\s\S]*?)<\/script>/.exec(text)?.[1];
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? "";
      expect(policy, file).toContain("default-src 'none'");
      expect(policy, file).toContain(`style-src ${hash(style)}`);
      // The index runs its filter; a code's page runs nothing.
      if (file === "errors.html") expect(policy).toContain(`script-src ${hash(script as string)}`);
      else expect([script, policy.includes("script-src")], file).toEqual([undefined, false]);
    }
  });

  it("leaves no Markdown unrendered outside code blocks", () => {
    for (const [file, text] of htmlFiles) {
      const prose = text
        .replace(/<pre[^>]*>[\s\S]*?<\/pre>/g, "")
        .replace(/<script>[\s\S]*?<\/script>/g, "")
        .replace(/<!--[\s\S]*?-->/g, "")
        .replace(/<code>[^<]*<\/code>/g, "");
      expect(prose, file).not.toMatch(/`|\*\*|\]\(#/);
    }
    const nested = renderHtml({ title: "t", blocks: [{ kind: "paragraph", text: "**a `b` [`c`](#d)**" }] }).get(
      "errors.html",
    );
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
        const page = renderHtml({ title: "t", blocks: [{ kind: "code", language: "json", label: "x", text }] }).get(
          "errors.html",
        ) as string;
        const body = /<pre data-language="json">([\s\S]*?)<\/pre>/.exec(page)?.[1] as string;
        expect(unescapeHtml(body)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

/** Serves `pages` (path → HTML) on the loopback. */
async function serve(pages: ReadonlyMap<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const body = pages.get(request.url?.split("#")[0] ?? "");
    if (body === undefined) response.writeHead(404).end();
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The HTML files under `/<folder>/`, as a server serves them. */
const served = (folder: string, html: ReadonlyMap<string, string>) =>
  [...html].map(([file, text]) => [`/${folder}/${file}`, text] as const);

describe("docs/errors.html in headless Chromium", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url = "";
  const requests: string[] = [];

  beforeAll(async () => {
    let base: string;
    ({ server, base } = await serve(new Map(served("docs", htmlFiles))));
    url = `${base}/docs/errors.html`;
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
    page.$$eval(".codes > li", (rows) =>
      rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => row.id),
    );

  it("lists every code, a row each linking to its page", async () => {
    expect((await visibleCodes()).sort()).toEqual([...CODES].sort());
    const links = await page.$$eval(".codes > li > a", (anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links.sort()).toEqual(CODES.map((code) => `errors/${code}.html`).sort());
    await expect(page.locator("#count").textContent()).resolves.toBe(`${catalog.errors.length} codes`);
    mkdirSync(TEST_OUTPUT, { recursive: true });
    await page.screenshot({ path: join(TEST_OUTPUT, "errors.png") });
  });

  it("leaves just that code's row visible when a code is typed in the filter", async () => {
    for (const code of CODES) {
      await page.fill("#filter", code);
      expect(await visibleCodes(), code).toEqual([code]);
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
    expect(await page.locator("#count").textContent()).toBe(`${expected.length} of ${CODES.length} codes`);
    await page.fill("#filter", "no code has this text");
    expect(await visibleCodes()).toEqual([]);
    expect(await page.isVisible("#no-match")).toBe(true);
    await page.fill("#filter", "");
    expect(await visibleCodes()).toHaveLength(catalog.errors.length);
    expect(await page.isVisible("#response-shape")).toBe(true);
    // Back in their places: each type's rows under its heading again.
    const first = catalog.errors[0] as CatalogEntry;
    expect(await page.$eval(`li[id="${first.code}"]`, (row) => row.closest("section")?.id)).toBe(
      `type-${first.type}-part`,
    );
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

  it("keeps the contents beside the index: the APIs and each type, named once", async () => {
    expect(await page.isVisible("nav.index")).toBe(true);
    const apiLinks = await page.$$eval("nav.index a[href^='#api-']", (anchors) =>
      anchors.map((a) => a.getAttribute("href")),
    );
    expect(apiLinks).toEqual(APIS.map((name) => `#api-${name}`));
    const typeLinks = await page.$$eval("nav.index a[href^='#type-']", (anchors) =>
      anchors.map((a) => [a.getAttribute("href"), (a.textContent ?? "").toUpperCase()]),
    );
    expect(typeLinks.map(([href]) => href).sort()).toEqual(
      Object.keys(catalog.types)
        .map((t) => `#type-${t}`)
        .sort(),
    );
    // The headings as shown (in capitals): a type's name and title would read as the same words twice.
    for (const [, title] of typeLinks) {
      const words = (title as string)
        .toLowerCase()
        .split(/[\s_:]+/)
        .filter(Boolean);
      expect(new Set(words).size, title ?? "").toBe(words.length);
    }
    const box = await page.locator("nav.index").boundingBox();
    const main = await page.locator("main").boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(main?.x ?? 0);
  });

  it("regression: wraps a long code in the index only after an underscore", async () => {
    // Where each code's link breaks a line: after an underscore only, never inside a word.
    const { wrapped, inside } = await page.$$eval(".codes > li > a", (anchors) => {
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
    expect(wrapped, "some code is longer than its column is wide").toBeGreaterThan(0);
    expect(inside).toEqual([]);
  });

  it("prints without the filter bar", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".bar")).toBe(false);
    expect(await visibleCodes()).toHaveLength(catalog.errors.length);
    await page.emulateMedia({ media: "screen" });
  });

  it("clears the filter when a link leads to a code it hides, and lands on that code's row", async () => {
    const [first, second] = CODES as [string, string];
    await page.fill("#filter", first);
    await page.evaluate((code) => {
      location.hash = code;
    }, second);
    await expect.poll(() => page.inputValue("#filter")).toBe("");
    expect(await visibleCodes()).toHaveLength(catalog.errors.length);
    const top = await page.$eval(`li[id="${second}"]`, (row) => row.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.evaluate(() => history.replaceState(null, "", location.pathname));
  });

  it("made no request but for the page itself", () => {
    expect(requests).toEqual([url]);
  });
});

/** Markup a catalogue's text could hold: it must show as text, and never run or load. */
const HOSTILE = `<img src="x" onerror="document.title='ran'"><script>document.title='ran'</script> & </section></li><b>bold</b>`;

describe("docs/errors.html and docs/errors/<code>.html in headless Chromium, JavaScript off", () => {
  let server: Server;
  let browser: Browser;
  let base = "";
  const requests: string[] = [];

  beforeAll(async () => {
    const hostile = scratchSchemas((raw) => {
      const entry = raw.errors[0] as { title: string; description: string; fix: string };
      entry.title = `Title ${HOSTILE}`;
      entry.description = `When ${HOSTILE}`;
      entry.fix = `Fix ${HOSTILE}`;
    });
    const hostileHtml = new Map(
      [...generateDocs({ schemasDir: hostile, snippetsDir: REFERENCE.snippetsDir })].filter(([file]) =>
        file.endsWith(".html"),
      ),
    );
    ({ server, base } = await serve(new Map([...served("docs", htmlFiles), ...served("hostile", hostileHtml)])));
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

  it("shows every code's entry in full on its page: heading, status, type, message, advice, fields, examples and snippet tabs", async () => {
    const page = await open("/docs/errors.html");
    try {
      for (const entry of catalog.errors) {
        await page.goto(`${base}/docs/errors/${entry.code}.html`, { waitUntil: "load" });
        const seen = await page.$eval(`section[id="${entry.code}"]`, (section) => ({
          visible: (section as HTMLElement).offsetParent !== null,
          heading: section.querySelector("h1")?.textContent ?? "",
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
          back: document.querySelector("nav.back a")?.getAttribute("href"),
        }));
        expect(seen.visible, entry.code).toBe(true);
        expect(seen.heading, entry.code).toBe(`${entry.code}: ${entry.title}`);
        expect(seen.facts.Status, entry.code).toMatch(new RegExp(`^${entry.status} `));
        expect(seen.facts.Type, entry.code).toContain(entry.type);
        expect(seen.facts.Message, entry.code).toBe(entry.message);
        expect(seen.facts["How to fix it"], entry.code).toBe(entry.fix.replace(/`|\*\*/g, ""));
        expect(
          Object.keys(seen.facts).find((name) => name?.startsWith("Retry")),
          entry.code,
        ).toBeDefined();
        expect(seen.facts["Surface to the account owner"], entry.code).toMatch(entry.owner_facing ? /^Yes/ : /^No/);
        expect(seen.fields, entry.code).toEqual(Object.keys(entry.fields));
        expect(JSON.parse(seen.examples[0] ?? "null"), entry.code).toEqual(entry.example);
        expect(seen.tabs, entry.code).toEqual(["TypeScript", "Go", "Python"]);
        expect(seen.back, entry.code).toBe(`../errors.html#${entry.code}`);
      }
      // Long lines in code blocks wrap instead of being cut off.
      const clipped = await page.$$eval("pre", (blocks) =>
        blocks.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.textContent?.slice(0, 60)),
      );
      expect(clipped).toEqual([]);
      mkdirSync(TEST_OUTPUT, { recursive: true });
      await page.screenshot({ path: join(TEST_OUTPUT, "errors-code-page.png"), fullPage: true });
    } finally {
      await page.context().close();
    }
  });

  it("lists every code in the index with its title, status and type, and shows every API's section", async () => {
    const page = await open("/docs/errors.html");
    try {
      expect(await page.isVisible(".bar")).toBe(false);
      const rows = await page.$$eval(".codes > li", (items) =>
        items.map((row) => ({
          code: row.id,
          visible: (row as HTMLElement).offsetParent !== null,
          cells: Array.from(row.children).map((cell) => cell.textContent),
          href: row.querySelector("a")?.getAttribute("href"),
        })),
      );
      expect(rows.map((row) => row.code).sort()).toEqual([...CODES].sort());
      for (const entry of catalog.errors) {
        const row = rows.find((candidate) => candidate.code === entry.code);
        expect(row?.visible, entry.code).toBe(true);
        expect(row?.cells, entry.code).toEqual([entry.code, entry.title, String(entry.status), entry.type]);
        expect(row?.href, entry.code).toBe(`errors/${entry.code}.html`);
      }
      for (const name of APIS.filter((api) => api !== "standard")) {
        const links = await page.$$eval(`#api-${name}-part p a[href]`, (anchors) =>
          anchors.map((a) => a.getAttribute("href")),
        );
        const sent = catalog.errors
          .filter((entry) => apisOf(entry).includes(name))
          .map((entry) => `errors/${entry.code}.html`);
        expect(
          links.filter((href) => sent.includes(href as string)),
          name,
        ).toEqual(sent);
      }
      await page.screenshot({ path: join(TEST_OUTPUT, "errors-no-script.png") });
    } finally {
      await page.context().close();
    }
  });

  it("lands on a linked code's row, which leads to its page, whose tabs switch, all without script", async () => {
    const middle = CODES[Math.floor(CODES.length / 2)] as string;
    const page = await open(`/docs/errors.html#${middle}`);
    try {
      const top = await page.$eval(`li[id="${middle}"]`, (row) => row.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(900);
      await page.click(`li[id="${middle}"] > a`);
      await page.waitForURL(`${base}/docs/errors/${middle}.html`);
      const tabs = page.locator(`section[id="${middle}"] .tabset`);
      const titles = await tabs.locator("label").allTextContents();
      expect(titles.length).toBeGreaterThan(1);
      for (const [i, title] of titles.entries()) {
        await tabs.locator("label").nth(i).click();
        const visible = await tabs.locator("pre:visible").allTextContents();
        expect(visible, title).toEqual([await tabs.locator("pre").nth(i).textContent()]);
      }
      await page.click("nav.back a");
      await page.waitForURL(`${base}/docs/errors.html#${middle}`);
      expect(await page.isVisible(`li[id="${middle}"]`)).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  it("shows markup in a catalogue's text as text on the code's page and in the index, with script off and on, and runs none of it", async () => {
    const code = CODES[0] as string;
    for (const javaScriptEnabled of [false, true]) {
      const index = await open("/hostile/errors.html", javaScriptEnabled);
      try {
        const row = await index.$$eval(`li[id="${code}"] > *`, (cells) => cells.map((cell) => cell.textContent));
        expect(row[1]).toBe(`Title ${HOSTILE}`);
        expect(await index.locator("img, b, main script").count()).toBe(0);
        expect(await index.title()).toBe("Error reference");
        if (javaScriptEnabled) {
          await index.fill("#filter", "title <img");
          expect(await index.$$eval("#results > li", (all) => all.map((li) => li.id))).toEqual([code]);
        }
        await index.goto(`${base}/hostile/errors/${code}.html`, { waitUntil: "load" });
        const entry = index.locator(`section[id="${code}"]`);
        expect(await entry.locator("h1").textContent()).toBe(`${code}: Title ${HOSTILE}`);
        const facts = await entry.locator("dl.facts dd").allTextContents();
        expect(facts).toContain(`When ${HOSTILE}`);
        expect(facts).toContain(`Fix ${HOSTILE}`);
        expect(await index.locator("img, b, script").count()).toBe(0);
        expect(await index.title()).toBe(`${code}: Title ${HOSTILE} - Error reference`);
      } finally {
        await index.context().close();
      }
    }
    expect(requests.every((request) => request.startsWith(`${base}/`) && !request.endsWith("/x"))).toBe(true);
  });
});

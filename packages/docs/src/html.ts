/**
 * Renders the document model as one self-contained HTML page (`docs/errors.html`): inline CSS
 * and script, no external request (a Content-Security-Policy with the hashes of the inline style
 * and script enforces it), a print stylesheet, a filter box that narrows the codes, and an index of
 * every code beside the content. Every entry is written out in full: the page reads whole without
 * script, which adds the filter alone; parts off screen are not laid out until they near it.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { type Block, type Inline, type Page, plainText, tokens } from "./document.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * A character as a reference: markup characters by name, anything past ASCII by number, so that the
 * page is ASCII throughout, which the browser decodes and parses faster than mixed UTF-8.
 */
const reference = (char: string) => ESCAPES[char] ?? `&#${char.codePointAt(0)};`;

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|[^\0-\x7f]/gu, reference);
}

/**
 * Text safe inside an element (not an attribute): quotes need no escaping there, and leaving them
 * as they are keeps the examples, thick with quotes, smaller for the parser to read.
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]|[^\0-\x7f]/gu, reference);
}

function inline(text: Inline): string {
  return tokens(text)
    .map((token) => {
      switch (token.kind) {
        case "text":
          return escapeText(token.text);
        case "code":
          return `<code>${escapeText(token.text)}</code>`;
        case "strong":
          return `<strong>${inline(token.text)}</strong>`;
        default: // "link", the last kind
          return `<a href="${escapeHtml(token.href)}">${inline(token.text)}</a>`;
      }
    })
    .join("");
}

function block(item: Block): string {
  switch (item.kind) {
    case "heading": {
      const id = item.id ? ` id="${escapeHtml(item.id)}"` : "";
      return `<h${item.level}${id}>${inline(item.text)}</h${item.level}>`;
    }
    case "paragraph":
      return `<p>${inline(item.text)}</p>`;
    case "list": {
      const tag = item.ordered ? "ol" : "ul";
      return `<${tag}>${item.items.map((text) => `<li>${inline(text)}</li>`).join("")}</${tag}>`;
    }
    case "facts":
      return `<dl class="facts">${item.rows.map(([name, value]) => `<dt>${inline(name)}</dt><dd>${inline(value)}</dd>`).join("")}</dl>`;
    case "table": {
      const head = item.head.map((text) => `<th scope="col">${inline(text)}</th>`).join("");
      const rows = item.rows
        .map((row) => {
          const code = row.code ? ` data-code="${escapeHtml(row.code)}"` : "";
          return `<tr${code}>${row.cells.map((text) => `<td>${inline(text)}</td>`).join("")}</tr>`;
        })
        .join("");
      return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    case "code":
      return `<figure class="example"><figcaption>${inline(item.label)}</figcaption><pre data-language="${escapeHtml(item.language)}">${escapeText(item.text)}</pre></figure>`;
    case "tabs": {
      // Radio buttons and their labels switch the panels in CSS alone: the tabs work without script.
      const name = escapeHtml(`tabs-${item.id}`);
      const controls = item.tabs
        .map((tab, i) => {
          const id = escapeHtml(`${item.id}-${tab.language}`);
          return `<input type="radio" name="${name}" id="${id}"${i === 0 ? " checked" : ""}><label for="${id}">${escapeText(tab.title)}</label>`;
        })
        .join("");
      const panels = item.tabs
        .map((tab) => `<pre data-language="${escapeHtml(tab.language)}">${escapeText(tab.text)}</pre>`)
        .join("");
      return `<figure class="example tabs"><figcaption>${inline(item.label)}</figcaption><div class="tabset">${controls}${panels}</div></figure>`;
    }
    case "group": {
      const data = item.code
        ? ` data-code="${escapeHtml(item.code)}" data-search="${escapeHtml(item.search ?? item.code)}"`
        : "";
      const classes = [item.role, ...(item.deprecated ? ["deprecated"] : [])].join(" ");
      // Blocks follow one another without white space, each nested part on a line of its own: at
      // thousands of codes, the text nodes white space would make are a sixth of the page's nodes,
      // for the browser to build, and to hide when filtering.
      const inner = item.blocks.map((part) => (part.kind === "group" ? `\n${block(part)}\n` : block(part))).join("");
      return `<section id="${escapeHtml(item.id)}" class="${classes}"${data}>${inner}</section>`;
    }
  }
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de; --accent: #0a58ca; --warn: #9a6700; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d; --accent: #6cb6ff; --warn: #d29922; } }
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; min-width: 0; }
.layout { display: block; }
nav.index { display: none; }
@media (min-width: 80rem) {
  .layout { display: grid; grid-template-columns: 17rem minmax(0, 62rem); justify-content: center; gap: 1.5rem; }
  nav.index { display: block; position: sticky; top: 3.2rem; align-self: start; max-height: calc(100vh - 3.6rem); overflow-y: auto; padding: 1rem 0 2rem 1rem; font-size: .875rem; }
  nav.index h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); border: none; margin: 1rem 0 .25rem; padding: 0; }
  nav.index ul { list-style: none; margin: 0; padding: 0; }
  nav.index section { content-visibility: auto; contain-intrinsic-size: auto 30rem; }
  nav.index li { margin: 0; }
  nav.index a { display: block; padding: .05rem .4rem; border-radius: 4px; text-decoration: none; overflow-wrap: break-word; }
  nav.index a:hover { background: var(--panel); }
  main { margin: 0; }
}
html:not(.js) .bar { display: none; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; gap: .75rem; align-items: center; padding: .6rem 1.25rem; background: var(--panel); border-bottom: 1px solid var(--line); }
.bar label { font-weight: 600; }
.bar input { flex: 1; max-width: 28rem; font: inherit; padding: .35rem .6rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.bar output { color: var(--muted); font-size: .9rem; }
h1 { font-size: 2rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1.1rem; margin: 0 0 .5rem; }
a { color: var(--accent); }
code { font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); padding: .1em .3em; border-radius: 4px; overflow-wrap: break-word; }
pre { margin: .25rem 0 0; padding: .75rem 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; font: .9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
figure.example { margin: 1rem 0; }
/* Tabs in CSS alone (up to six): the checked radio shows the panel at its place. */
.tabset { display: flex; flex-wrap: wrap; }
.tabset > input { position: absolute; opacity: 0; pointer-events: none; }
.tabset > label { order: 0; padding: .3rem .8rem; margin-top: .25rem; border: 1px solid transparent; border-bottom: none; border-radius: 6px 6px 0 0; cursor: pointer; color: var(--muted); }
.tabset > input:checked + label { color: var(--fg); background: var(--panel); border-color: var(--line); }
.tabset > input:focus-visible + label { outline: 2px solid var(--accent); }
.tabset > pre { order: 1; flex-basis: 100%; margin: 0; display: none; }
${[1, 2, 3, 4, 5, 6].map((n) => `.tabset > input:nth-of-type(${n}):checked ~ pre:nth-of-type(${n})`).join(", ")} { display: block; }
figcaption { color: var(--muted); font-size: .9rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
dl.facts { display: grid; grid-template-columns: minmax(9rem, 13rem) 1fr; gap: .3rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
/* Parts off screen are not laid out until they near the viewport, so that the page shows as fast with
   thousands of codes as with fifty: each entry, each type's table of codes, each general part. */
section.code { content-visibility: auto; contain-intrinsic-size: auto 110rem; }
section.general, section.type > .table { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
section.code { margin: 1.5rem 0; padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: 8px; }
section.code:target { border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent); }
section.deprecated { border-style: dashed; }
section.deprecated h4::after { content: "deprecated"; margin-left: .5rem; font-size: .75rem; color: var(--warn); border: 1px solid var(--warn); border-radius: 4px; padding: 0 .3rem; vertical-align: middle; }
.empty { color: var(--muted); }
[hidden] { display: none !important; }
@media (max-width: 40rem) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .4rem; } }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --panel: #f3f3f3; --line: #999; --accent: #000; }
  body { font-size: 10.5pt; }
  .bar, nav.index { display: none; }
  .layout { display: block; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; }
  pre, table, dl.facts, figure { break-inside: avoid; }
  .tabset > pre { display: block; }
  .tabset > input, .tabset > label { display: none; }
  h2, h3, h4, figcaption { break-after: avoid; }
  section.code { border: none; border-top: 1px solid var(--line); border-radius: 0; padding: .5rem 0 0; }
}
`;

/**
 * The filter, the one thing the script adds: the page is whole without it. An exact code shows that
 * code alone; otherwise every word must appear in a code's search text. It runs in the head, so the
 * filter bar shows from the first frame (the style hides it from a page without script).
 *
 * Filtering touches what changes and no more, so that the script's work costs the matches, not the
 * catalogue: the parts of the page and of the index (a score of sections) hide, and the entries and
 * index links that match move into a list of results at the top of each, leaving a placeholder where
 * they stood to go back to. Nothing is laid out in between and nothing reads a layout. (The browser
 * still takes the hidden parts off the page, which grows with the catalogue.)
 */
const SCRIPT = `
document.documentElement.classList.add("js");
addEventListener("DOMContentLoaded", () => {
  const input = document.getElementById("filter");
  const count = document.getElementById("count");
  const empty = document.getElementById("no-match");
  const results = document.getElementById("results");
  const side = document.getElementById("index-results");
  const total = count.value;
  // Each code's search text, entry and index link, read once.
  let codes = null;
  const read = () => {
    codes = new Map();
    // From the few sections that hold them, not a search of the whole page.
    for (const type of document.getElementsByClassName("type"))
      for (const entry of type.children)
        if (entry.classList.contains("code"))
          codes.set(entry.dataset.code, { search: entry.dataset.search, entry, link: null, homes: null });
    if (side)
      for (const list of side.parentElement.getElementsByTagName("ul"))
        for (const link of list.children) if (link.dataset.code) codes.get(link.dataset.code).link = link;
    return codes;
  };
  const parts = [...results.parentElement.children, ...(side ? side.parentElement.children : [])].filter(
    (part) => part !== results && part !== side && part !== empty,
  );
  let query = "";
  let shown = [];
  // Where an entry and its link stood, marked once, the first time they move.
  const homes = (item) => {
    if (item.homes === null)
      item.homes = [item.entry, item.link].filter(Boolean).map((element) => {
        const home = document.createComment("");
        element.before(home);
        return [home, element];
      });
    return item.homes;
  };
  // Puts \`elements\` in \`list\` in their order; one already in place stays, so narrowing moves nothing.
  const place = (list, elements) => {
    let at = list.firstChild;
    for (const element of elements) {
      if (element === at) at = at.nextSibling;
      else list.insertBefore(element, at);
    }
  };
  const apply = () => {
    const next = input.value.trim().toLowerCase();
    if (next === query) return;
    const all = codes || read();
    const exact = all.has(next);
    const words = next.split(/\\s+/).filter(Boolean);
    const matches = [];
    if (next !== "")
      for (const [code, item] of all)
        if (exact ? code === next : words.every((word) => item.search.includes(word))) matches.push(item);
    const keep = new Set(matches);
    for (const item of shown) if (!keep.has(item)) for (const [home, element] of homes(item)) home.after(element);
    for (const item of matches) homes(item);
    place(results, matches.map((item) => item.entry));
    if (side) place(side, matches.map((item) => item.link).filter(Boolean));
    if ((query === "") !== (next === "")) {
      for (const part of parts) part.hidden = next !== "";
      results.hidden = next === "";
      if (side) side.hidden = next === "";
    }
    query = next;
    shown = matches;
    empty.hidden = query === "" || matches.length > 0;
    count.value = query === "" ? total : matches.length + " of " + total;
  };
  input.addEventListener("input", apply);
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement !== input) { event.preventDefault(); input.focus(); }
    else if (event.key === "Escape" && document.activeElement === input) { input.value = ""; apply(); }
  });
  // A link to a part the filter hides clears the filter, so the link lands.
  addEventListener("hashchange", () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest("[hidden]")) { input.value = ""; apply(); target.scrollIntoView(); }
  });
  // Read once the page has loaded and the browser is idle, so that neither loading nor typing waits.
  addEventListener("load", () => (window.requestIdleCallback || setTimeout)(() => codes || read()));
  if (input.value !== "") apply();
});
`;

/** The heading of a group, as plain text (its id when it has none). */
function titleOf(group: Extract<Block, { kind: "group" }>): string {
  const heading = group.blocks.find((item) => item.kind === "heading");
  return heading?.kind === "heading" ? plainText(heading.text) : group.id;
}

/** The parts of the general sections among `blocks` (the APIs), as links to their headings. */
function partIndex(blocks: readonly Block[]): string[] {
  return blocks.flatMap((item) => {
    if (item.kind !== "group" || item.role !== "general") return [];
    const parts = item.blocks.filter((child): child is Extract<Block, { kind: "group" }> => child.kind === "group");
    if (parts.length === 0) return [];
    const links = parts.map((part) => {
      const heading = part.blocks.find((child) => child.kind === "heading");
      const href = heading?.kind === "heading" && heading.id ? heading.id : part.id;
      return `<li><a href="#${escapeHtml(href)}">${escapeHtml(titleOf(part))}</a></li>`;
    });
    const heading = item.blocks.find((child) => child.kind === "heading");
    const href = heading?.kind === "heading" && heading.id ? heading.id : item.id;
    return [
      `<section class="general"><h2><a href="#${escapeHtml(href)}">${escapeText(titleOf(item))}</a></h2><ul>${links.join("")}</ul></section>`,
    ];
  });
}

/**
 * A type's heading as the index shows it. The heading reads "`rate_limit_error`: Rate limit error",
 * and the index sets its headings in capitals, where the name and the title read as the same words
 * twice ("RATE_LIMIT_ERROR: RATE LIMIT ERROR"): the title alone, then.
 */
function indexTitle(heading: string): string {
  const split = /^([a-z][a-z0-9_]*): (.+)$/.exec(heading);
  return split ? (split[2] as string) : heading;
}

/** A code, escaped, that wraps only after an underscore: a line break inside a word misreads it. */
function breakable(code: string): string {
  return escapeHtml(code).replaceAll("_", "_<wbr>");
}

/** Every code, grouped by its type, as links: the index beside the content on wide screens. */
function codeIndex(blocks: readonly Block[]): string {
  const groups = typeGroups(blocks);
  if (groups.length === 0) return "";
  const sections = groups.map((group) => {
    const title = indexTitle(titleOf(group));
    const codes = group.blocks.filter((item) => item.kind === "group" && item.role === "code");
    const links = codes
      .map((item) =>
        item.kind === "group"
          ? `<li data-code="${escapeHtml(item.code ?? item.id)}"><a href="#${escapeHtml(item.id)}">${breakable(item.code ?? item.id)}</a></li>`
          : "",
      )
      .join("");
    return `<section><h2><a href="#${escapeHtml(group.id)}">${escapeText(title)}</a></h2><ul>${links}</ul></section>`;
  });
  return `<nav class="index" aria-label="Codes">\n<ul id="index-results" hidden></ul>\n${[...partIndex(blocks), ...sections].join("\n")}\n</nav>`;
}

/** How many codes the page has. */
function codeCount(blocks: readonly Block[]): number {
  return typeGroups(blocks).reduce(
    (sum, group) => sum + group.blocks.filter((item) => item.kind === "group" && item.role === "code").length,
    0,
  );
}

/** The `type` groups among `blocks`, at any depth. */
function typeGroups(blocks: readonly Block[]): Extract<Block, { kind: "group" }>[] {
  return blocks.flatMap((item) =>
    item.kind === "group" ? (item.role === "type" ? [item] : typeGroups(item.blocks)) : [],
  );
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** The page as one self-contained HTML document. */
export function renderHtml(page: Page): string {
  // The title and the lines before the first section stay put; the contents list hides while filtering.
  const split = page.blocks.findIndex((item) => item.kind === "group");
  const intro = split === -1 ? page.blocks : page.blocks.slice(0, split);
  const body = split === -1 ? [] : page.blocks.slice(split);
  const introHtml = intro
    .map((item) =>
      item.kind === "list" ? `<nav class="intro" aria-label="Contents">${block(item)}</nav>` : block(item),
    )
    .join("\n");
  const policy = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<!-- Generated by \`errata docs\` from schemas/. Do not edit by hand. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script>${SCRIPT}</script>
</head>
<body>
<header class="bar">
<label for="filter">Filter codes</label>
<input id="filter" type="search" placeholder="A code, a word of its title, a type, a status or an API" autocomplete="off" spellcheck="false">
<output id="count" for="filter">${codeCount(body)} codes</output>
</header>
<div class="layout">
${codeIndex(body)}
<main>
${introHtml}
<p id="no-match" class="empty" hidden>No code matches the filter.</p>
<section id="results" aria-label="Codes that match the filter" hidden></section>
${body.map(block).join("\n")}
</main>
</div>
</body>
</html>
`;
}

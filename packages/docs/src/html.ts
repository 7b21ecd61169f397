/**
 * Renders the document model as HTML, the way large references are split: an index
 * (`docs/errors.html`) with the general sections and a row per code, and a page per code
 * (`docs/errors/<code>.html`) with its full entry. Each page is self-contained: inline CSS (and, on
 * the index, the script), no external request (a Content-Security-Policy with the hashes of the
 * inline style and script enforces it), a print stylesheet. Everything is written out: the pages
 * read whole without script, which adds the index's filter alone.
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

/**
 * Where a link of the document model points from the page being written: the model links within
 * one document (`#<code>`, `#response-shape`) and relative to `docs/`; the HTML reference is an index
 * (`errors.html`) and a page per code (`errors/<code>.html`), so each link is resolved for its page.
 */
type Links = (href: string) => string;

function inline(text: Inline, links: Links): string {
  return tokens(text)
    .map((token) => {
      switch (token.kind) {
        case "text":
          return escapeText(token.text);
        case "code":
          return `<code>${escapeText(token.text)}</code>`;
        case "strong":
          return `<strong>${inline(token.text, links)}</strong>`;
        default: // "link", the last kind
          return `<a href="${escapeHtml(links(token.href))}">${inline(token.text, links)}</a>`;
      }
    })
    .join("");
}

function block(item: Block, links: Links): string {
  switch (item.kind) {
    case "heading": {
      const id = item.id ? ` id="${escapeHtml(item.id)}"` : "";
      return `<h${item.level}${id}>${inline(item.text, links)}</h${item.level}>`;
    }
    case "paragraph":
      return `<p>${inline(item.text, links)}</p>`;
    case "list": {
      const tag = item.ordered ? "ol" : "ul";
      return `<${tag}>${item.items.map((text) => `<li>${inline(text, links)}</li>`).join("")}</${tag}>`;
    }
    case "facts":
      return `<dl class="facts">${item.rows.map(([name, value]) => `<dt>${inline(name, links)}</dt><dd>${inline(value, links)}</dd>`).join("")}</dl>`;
    case "table": {
      const head = item.head.map((text) => `<th scope="col">${inline(text, links)}</th>`).join("");
      const rows = item.rows
        .map((row) => {
          const code = row.code ? ` data-code="${escapeHtml(row.code)}"` : "";
          return `<tr${code}>${row.cells.map((text) => `<td>${inline(text, links)}</td>`).join("")}</tr>`;
        })
        .join("");
      return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
    }
    case "code":
      return `<figure class="example"><figcaption>${inline(item.label, links)}</figcaption><pre data-language="${escapeHtml(item.language)}">${escapeText(item.text)}</pre></figure>`;
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
      return `<figure class="example tabs"><figcaption>${inline(item.label, links)}</figcaption><div class="tabset">${controls}${panels}</div></figure>`;
    }
    case "group": {
      const data = item.code ? ` data-code="${escapeHtml(item.code)}"` : "";
      const classes = [item.role, ...(item.deprecated ? ["deprecated"] : [])].join(" ");
      // Blocks follow one another without white space, each nested part on a line of its own: fewer
      // text nodes for the browser to build.
      const inner = item.blocks
        .map((part) => (part.kind === "group" ? `\n${block(part, links)}\n` : block(part, links)))
        .join("");
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
nav.back { padding: .6rem 1.25rem; background: var(--panel); border-bottom: 1px solid var(--line); }
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
/* The index of codes: a row each (code, title, status, type), in lists of at most a hundred rows that
   are not laid out until they near the viewport, so that the index shows as fast with thousands of
   codes as with fifty; the general parts likewise. */
.codes, .codes-head { list-style: none; margin: .75rem 0; padding: 0; font-size: .95rem; }
ul.codes { content-visibility: auto; contain-intrinsic-size: auto 150rem; }
section.general { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
.codes > li, .codes-head { display: grid; grid-template-columns: minmax(0, 17rem) minmax(0, 1fr) 3.5rem minmax(0, 11rem); gap: 0 .75rem; padding: .2rem .4rem; border-bottom: 1px solid var(--line); }
.codes-head { margin-bottom: 0; color: var(--muted); font-weight: 600; }
.codes-head + .codes { margin-top: 0; }
.codes > li > a { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.codes > li:target { background: var(--panel); box-shadow: inset 3px 0 0 var(--accent); }
.codes > li.deprecated > span:first-of-type::after, section.deprecated > h1::after { content: "deprecated"; margin-left: .5rem; font-size: .75rem; color: var(--warn); border: 1px solid var(--warn); border-radius: 4px; padding: 0 .3rem; vertical-align: middle; }
.empty { color: var(--muted); }
[hidden] { display: none !important; }
@media (max-width: 40rem) { dl.facts, .codes > li, .codes-head { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .4rem; } }
@media print {
  :root { --fg: #000; --muted: #333; --bg: #fff; --panel: #f3f3f3; --line: #999; --accent: #000; }
  body { font-size: 10.5pt; }
  .bar, nav.index, nav.back { display: none; }
  .layout { display: block; }
  main { max-width: none; padding: 0; }
  a { text-decoration: none; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; }
  pre, table, dl.facts, figure, .codes > li { break-inside: avoid; }
  .tabset > pre { display: block; }
  .tabset > input, .tabset > label { display: none; }
  h2, h3, h4, figcaption { break-after: avoid; }
}
`;

/**
 * The index's filter, the one thing the script adds: the index is whole without it. An exact code
 * shows that code alone; otherwise every word must appear in a code's search text. It runs in the
 * head, so the filter bar shows from the first frame (the style hides it from a page without script).
 *
 * Filtering touches what changes and no more, so that the script's work costs the matches, not the
 * catalogue: the parts of the index (a score of sections) hide, and the rows that match move into a
 * list of results at the top, leaving a placeholder where they stood to go back to. Nothing is laid
 * out in between and nothing reads a layout; the rows not near the viewport were never laid out.
 */
const SCRIPT = `
document.documentElement.classList.add("js");
addEventListener("DOMContentLoaded", () => {
  const input = document.getElementById("filter");
  const count = document.getElementById("count");
  const empty = document.getElementById("no-match");
  const results = document.getElementById("results");
  const total = count.value;
  // Each code's search text and row, read once.
  let codes = null;
  const read = () => {
    codes = new Map();
    // From the lists that hold them, not a search of the whole page.
    for (const list of document.getElementsByClassName("codes"))
      if (list !== results) for (const row of list.children) codes.set(row.id, { search: row.dataset.search, row, home: null });
    return codes;
  };
  const parts = [...results.parentElement.children].filter((part) => part !== results && part !== empty);
  let query = "";
  let shown = [];
  // Where a row stood, marked once, the first time it moves.
  const home = (item) => {
    if (item.home === null) {
      item.home = document.createComment("");
      item.row.before(item.home);
    }
    return item.home;
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
    for (const item of shown) if (!keep.has(item)) home(item).after(item.row);
    // Into the results in their order; a row already in place stays, so narrowing moves nothing.
    let at = results.firstChild;
    for (const item of matches) {
      home(item);
      if (item.row === at) at = at.nextSibling;
      else results.insertBefore(item.row, at);
    }
    if ((query === "") !== (next === "")) {
      for (const part of parts) part.hidden = next !== "";
      results.hidden = next === "";
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

type Group = Extract<Block, { kind: "group" }>;

/** The heading of a group, as plain text (its id when it has none). */
function titleOf(group: Group): string {
  const heading = group.blocks.find((item) => item.kind === "heading");
  return heading?.kind === "heading" ? plainText(heading.text) : group.id;
}

/** The id a group's heading carries, for links to it (the group's own id when it has none). */
function anchorOf(group: Group): string {
  const heading = group.blocks.find((child) => child.kind === "heading");
  return heading?.kind === "heading" && heading.id ? heading.id : group.id;
}

const isGroup = (item: Block): item is Group => item.kind === "group";

/** The parts of the general sections among `blocks` (the APIs), as links to their headings. */
function partIndex(blocks: readonly Block[]): string[] {
  return blocks.flatMap((item) => {
    if (item.kind !== "group" || item.role !== "general") return [];
    const parts = item.blocks.filter(isGroup);
    if (parts.length === 0) return [];
    const links = parts.map(
      (part) => `<li><a href="#${escapeHtml(anchorOf(part))}">${escapeHtml(titleOf(part))}</a></li>`,
    );
    return [
      `<section><h2><a href="#${escapeHtml(anchorOf(item))}">${escapeText(titleOf(item))}</a></h2><ul>${links.join("")}</ul></section>`,
    ];
  });
}

/**
 * A type's heading as the contents show it. The heading reads "`rate_limit_error`: Rate limit
 * error", and the contents set their headings in capitals, where the name and the title read as the
 * same words twice ("RATE_LIMIT_ERROR: RATE LIMIT ERROR"): the title alone, then.
 */
function indexTitle(heading: string): string {
  const split = /^([a-z][a-z0-9_]*): (.+)$/.exec(heading);
  return split ? (split[2] as string) : heading;
}

/** A code, escaped, that wraps only after an underscore: a line break inside a word misreads it. */
function breakable(code: string): string {
  return escapeHtml(code).replaceAll("_", "_<wbr>");
}

/** The contents beside the index on wide screens: the general parts with their APIs, and the types. */
function contents(blocks: readonly Block[]): string {
  const types = typeGroups(blocks);
  const overview = blocks.find((item) => isGroup(item) && item.role === "general" && anchorOf(item) === "error-types");
  const typeList =
    types.length === 0
      ? []
      : [
          `<section><h2><a href="#${overview && isGroup(overview) ? escapeHtml(anchorOf(overview)) : ""}">Types</a></h2><ul>${types
            .map(
              (group) =>
                `<li><a href="#${escapeHtml(anchorOf(group))}">${escapeText(indexTitle(titleOf(group)))}</a></li>`,
            )
            .join("")}</ul></section>`,
        ];
  return `<nav class="index" aria-label="Contents">\n${[...partIndex(blocks), ...typeList].join("\n")}\n</nav>`;
}

/** The `type` groups among `blocks`, at any depth. */
function typeGroups(blocks: readonly Block[]): Group[] {
  return blocks.flatMap((item) => (isGroup(item) ? (item.role === "type" ? [item] : typeGroups(item.blocks)) : []));
}

/** The `code` groups among `blocks`, at any depth. */
function codeGroups(blocks: readonly Block[]): Group[] {
  return blocks.flatMap((item) => (isGroup(item) ? (item.role === "code" ? [item] : codeGroups(item.blocks)) : []));
}

/** Rows per list of the index: each list is laid out whole or not at all. */
const ROWS_PER_LIST = 100;

/** A code's row in the index: its code (a link to its page), title, status and type. */
function indexRow(group: Group): string {
  const code = group.code ?? group.id;
  const summary = group.summary;
  const classes = group.deprecated ? ' class="deprecated"' : "";
  const search = escapeHtml(group.search ?? code);
  const cells = summary
    ? `<span>${escapeText(summary.title)}</span><span>${summary.status}</span><span>${escapeText(summary.type)}</span>`
    : "";
  return `<li id="${escapeHtml(code)}"${classes} data-search="${search}"><a href="errors/${escapeHtml(code)}.html">${breakable(code)}</a>${cells}</li>`;
}

/** A type's codes as index rows, under one line of column names. */
function indexRows(codes: readonly Group[]): string {
  if (codes.length === 0) return "";
  const lists: string[] = [];
  for (let i = 0; i < codes.length; i += ROWS_PER_LIST)
    lists.push(
      `<ul class="codes">${codes
        .slice(i, i + ROWS_PER_LIST)
        .map(indexRow)
        .join("")}</ul>`,
    );
  return `<p class="codes-head" aria-hidden="true"><span>Code</span><span>Title</span><span>Status</span><span>Type</span></p>\n${lists.join("\n")}`;
}

/** A group as the index shows it: a type's codes as rows, in place of its table of codes and their entries. */
function indexBlock(item: Block, links: Links): string {
  if (!isGroup(item) || item.role !== "type") return block(item, links);
  const codes = item.blocks.filter((part): part is Group => isGroup(part) && part.role === "code");
  const rest = item.blocks.filter(
    (part) => !(isGroup(part) && part.role === "code") && !(part.kind === "table" && part.rows.some((row) => row.code)),
  );
  return block({ ...item, blocks: rest }, links).replace(/<\/section>$/, `\n${indexRows(codes)}\n</section>`);
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** Whether `href` is a URL of its own (a scheme or an absolute path), the same from any page. */
const absolute = (href: string) => /^([a-z][a-z0-9+.-]*:|\/)/i.test(href);

/**
 * A page's head: its policy allows the inline style and, on a page that has one, the inline script,
 * by hash, and nothing else, so the page makes no request at all.
 */
function head(title: string, script?: string): string {
  const scriptSrc = script === undefined ? "" : ` script-src ${sha256(script)};`;
  const policy = `default-src 'none'; style-src ${sha256(STYLE)};${scriptSrc} img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<!-- Generated by \`errata docs\` from schemas/. Do not edit by hand. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>${script === undefined ? "" : `\n<script>${script}</script>`}
</head>`;
}

/** The index page: the general sections and a row per code linking to its page. */
function indexPage(page: Page, codes: ReadonlySet<string>): string {
  // The title and the lines before the first section stay put; the contents list hides while filtering.
  const split = page.blocks.findIndex((item) => item.kind === "group");
  const intro = split === -1 ? page.blocks : page.blocks.slice(0, split);
  const body = split === -1 ? [] : page.blocks.slice(split);
  // A link to a code leads to its page; any other stays on the index.
  const links: Links = (href) =>
    href.startsWith("#") && codes.has(href.slice(1)) ? `errors/${href.slice(1)}.html` : href;
  const introHtml = intro
    .map((item) =>
      item.kind === "list"
        ? `<nav class="intro" aria-label="Contents">${block(item, links)}</nav>`
        : block(item, links),
    )
    .join("\n");
  return `${head(page.title, SCRIPT)}
<body>
<header class="bar">
<label for="filter">Filter codes</label>
<input id="filter" type="search" placeholder="A code, a word of its title, a type, a status or an API" autocomplete="off" spellcheck="false">
<output id="count" for="filter">${codes.size} codes</output>
</header>
<div class="layout">
${contents(body)}
<main>
${introHtml}
<p id="no-match" class="empty" hidden>No code matches the filter.</p>
<ul id="results" class="codes" aria-label="Codes that match the filter" hidden></ul>
${body.map((item) => indexBlock(item, links)).join("\n")}
</main>
</div>
</body>
</html>
`;
}

/** A code's own page (`errors/<code>.html`): its full entry, with a link back to the index. */
function codePage(page: Page, group: Group, codes: ReadonlySet<string>): string {
  const code = group.code ?? group.id;
  // From `errors/`: another code is a page beside this one; anything else of the model is the index's.
  const links: Links = (href) => {
    if (href.startsWith("#")) return codes.has(href.slice(1)) ? `${href.slice(1)}.html` : `../errors.html${href}`;
    return absolute(href) ? href : `../${href}`;
  };
  // The entry's heading heads the page.
  const entry: Group = {
    ...group,
    blocks: group.blocks.map((part) => (part.kind === "heading" && part.level === 4 ? { ...part, level: 1 } : part)),
  };
  const title = `${code}: ${group.summary?.title ?? titleOf(group)} - ${page.title}`;
  return `${head(title)}
<body>
<nav class="back" aria-label="Reference"><a href="../errors.html#${escapeHtml(code)}">${escapeText(page.title)}</a></nav>
<main>
${block(entry, links)}
</main>
</body>
</html>
`;
}

/**
 * The page as HTML files, by path under the output folder: `errors.html`, the index, and
 * `errors/<code>.html` for each code.
 */
export function renderHtml(page: Page): Map<string, string> {
  const entries = codeGroups(page.blocks);
  const codes = new Set(entries.map((group) => group.code ?? group.id));
  return new Map([
    ["errors.html", indexPage(page, codes)],
    ...entries.map((group) => [`errors/${group.code ?? group.id}.html`, codePage(page, group, codes)] as const),
  ]);
}

import { existsSync } from "node:fs";
import { join } from "node:path";
import { problemInstanceOf } from "@errata/catalog";
import { apisOf, type CatalogFileDialect } from "@errata/catalog/file";
import { validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { SEED_BODIES } from "../../../tests/support/seed-bodies.js";
import { generateDocs } from "./generate.js";
import type { CatalogEntry } from "./schemas-dir.js";
import { OPENAPI_ID, openApiAjv, readJson, SCHEMAS_DIR, schemaAjv, scratchSchemas } from "./test/support.js";

interface RawCatalog {
  types: Record<string, { status: number; retry: string; title: string; description: string }>;
  dialects: Record<string, CatalogFileDialect>;
  errors: CatalogEntry[];
}

const catalog = readJson<RawCatalog>(join(SCHEMAS_DIR, "catalog.json"));
let markdown = "";
let openapi: object = {};

beforeAll(() => {
  const files = generateDocs({ schemasDir: SCHEMAS_DIR });
  markdown = files.get("errors.md") as string;
  openapi = JSON.parse(files.get("openapi.json") as string);
});

/** The Markdown of one code's entry: from its anchor to the next anchor. */
function sectionOf(page: string, id: string): string {
  const start = page.indexOf(`<a id="${id}"></a>`);
  if (start === -1) return "";
  const end = page.indexOf('\n<a id="', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

function jsonBlocks(text: string): unknown[] {
  return [...text.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1] as string));
}

/** A table row's cells (pipes escaped with a backslash stay in their cell). */
function rowCells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function tableRows(text: string, firstCell: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .map(rowCells)
    .filter((cells) => cells[0] === firstCell);
}

describe("docs/errors.md", () => {
  it("gives every catalogued code an anchored entry with status, type, message, when, fix, retry and owner advice", () => {
    for (const entry of catalog.errors) {
      const section = sectionOf(markdown, entry.code);
      expect(section, entry.code).not.toBe("");
      expect(section).toContain(`- **Status:** \`${entry.status}\``);
      expect(section).toContain(`- **Type:** [\`${entry.type}\`](#type-${entry.type})`);
      expect(section).toContain(`- **Message:** ${entry.message}`);
      expect(section).toContain(`- **When it happens:** ${entry.description}`);
      expect(section).toContain(`- **How to fix it:** ${entry.fix}`);
      expect(section).toContain(`- **Retry (\`${entry.retry}\`):**`);
      expect(section).toContain(`- **Surface to the account owner:** ${entry.owner_facing ? "Yes." : "No."}`);
    }
  });

  it("links each code's schema file, by a path that exists beside docs/", () => {
    for (const entry of catalog.errors) {
      const link = `[\`schemas/errors/${entry.code}.schema.json\`](../schemas/errors/${entry.code}.schema.json)`;
      expect(sectionOf(markdown, entry.code), entry.code).toContain(link);
      // Resolved from docs/, where the reference lives.
      expect(existsSync(join(SCHEMAS_DIR, "..", "docs", `../schemas/errors/${entry.code}.schema.json`))).toBe(true);
    }
  });

  it("shows no field's type as a raw regex: every patterned field names its kind", () => {
    for (const entry of catalog.errors) {
      for (const [name, schema] of Object.entries(entry.fields)) {
        if (typeof schema.pattern === "string") expect(schema.title, `${entry.code}.${name}`).toBeTypeOf("string");
      }
    }
    expect(markdown).not.toMatch(/matching `\^/);
  });

  it("lists each code's fields with type, whether required (the conditional rule included) and meaning", () => {
    for (const entry of catalog.errors) {
      const section = sectionOf(markdown, entry.code);
      for (const [name, schema] of Object.entries(entry.fields)) {
        const rows = tableRows(section, `\`${name}\``);
        expect(rows, `${entry.code}.${name}`).toHaveLength(1);
        const [, type = "", required, meaning] = rows[0] as string[];
        const conditional = entry.required_when?.required.includes(name) && !entry.required.includes(name);
        expect(required).toBe(
          entry.required.includes(name)
            ? "yes"
            : conditional
              ? `when \`${entry.required_when?.field}\` is \`${entry.required_when?.equals}\``
              : "no",
        );
        expect(meaning).toBe(String(schema.description ?? ""));
        if (Array.isArray(schema.enum))
          for (const value of schema.enum) expect(type).toContain(`\`${JSON.stringify(value)}\``);
        else if (typeof schema.title === "string") {
          // A patterned kind is named, with an example, instead of showing its regex.
          expect(type, `${entry.code}.${name}`).toBe(`${schema.title}, e.g. \`${(schema.examples as string[])[0]}\``);
        } else if (Array.isArray(schema.examples) && typeof schema.pattern !== "string") {
          // An open string: its known values, and room for any other.
          for (const value of schema.examples) expect(type).toContain(`\`${JSON.stringify(value)}\``);
          expect(type).toMatch(/or another string$/);
        } else expect(type.startsWith(String(schema.type)), `${entry.code}.${name}: ${type}`).toBe(true);
        if (typeof schema.pattern === "string" && typeof schema.title !== "string") {
          expect(type).toContain(`\`${schema.pattern.replace(/\|/g, "\\|")}\``);
        }
      }
      if (Object.keys(entry.fields).length === 0) expect(section).toContain("**Fields:** none");
    }
  });

  it("documents a conditional rule in the Required column", () => {
    const dir = scratchSchemas((raw) => {
      const outbound = raw.errors.find((entry) => entry.code === "outbound_limit_reached")!;
      outbound.required_when = { field: "mode", equals: "per_number", required: ["allocation_id", "sender_number"] };
    });
    const section = sectionOf(generateDocs({ schemasDir: dir }).get("errors.md") as string, "outbound_limit_reached");
    expect(tableRows(section, "`sender_number`")[0]?.[2]).toBe("when `mode` is `per_number`");
    expect(section).toContain("When `mode` is `per_number`, `allocation_id` and `sender_number` are required as well.");
  });

  it("shows each code's example in both forms, and both validate against the schemas, then in each legacy API's shape", () => {
    const ajv = schemaAjv();
    const problems = openApiAjv(openapi);
    const body = ajv.getSchema("https://errata.dev/schemas/error.schema.json");
    for (const entry of catalog.errors) {
      const [json, problem, ...rest] = jsonBlocks(sectionOf(markdown, entry.code));
      const legacy = apisOf(entry).filter((api) => api !== "standard");
      expect(rest, entry.code).toEqual(legacy.map((api) => entry.dialect_examples?.[api]));
      expect(json).toEqual(entry.example);
      expect(body?.(json), `${entry.code} body: ${JSON.stringify(body?.errors)}`).toBe(true);
      const own = ajv.getSchema(`https://errata.dev/schemas/errors/${entry.code}.schema.json`);
      expect(own?.((json as CatalogEntry["example"]).error)).toBe(true);

      const perCode = problems.getSchema(`${OPENAPI_ID}#/components/schemas/Problem.${entry.code}`);
      const anyProblem = problems.getSchema(`${OPENAPI_ID}#/components/schemas/Problem`);
      expect(perCode?.(problem), `${entry.code} problem: ${JSON.stringify(perCode?.errors)}`).toBe(true);
      expect(anyProblem?.(problem)).toBe(true);
      const { error, request_id } = entry.example;
      expect(problem).toMatchObject({
        type: error.doc_url ?? entry.doc_url,
        title: entry.title,
        status: entry.status,
        detail: error.message,
        instance: problemInstanceOf(request_id),
        code: entry.code,
        request_id,
      });
      for (const name of Object.keys(entry.fields)) {
        if (name in error) expect((problem as Record<string, unknown>)[name]).toEqual(error[name]);
      }
    }
  });

  it("describes the response shape member by member, with an example body that validates", () => {
    const section = sectionOf(markdown, "response-shape");
    for (const member of ["type", "code", "message", "param", "details", "doc_url"]) {
      expect(tableRows(section, `\`error.${member}\``), member).toHaveLength(1);
    }
    expect(tableRows(section, "`request_id`")[0]?.[2]).toBe("yes");
    const [example] = jsonBlocks(section);
    expect(schemaAjv().getSchema("https://errata.dev/schemas/error.schema.json")?.(example)).toBe(true);
  });

  it("gives every type its default status and a table of its codes with their statuses", () => {
    for (const [name, type] of Object.entries(catalog.types)) {
      const codes = catalog.errors.filter((entry) => entry.type === name);
      const section = sectionOf(markdown, `type-${name}`);
      if (codes.length === 0) continue;
      expect(section).toContain(`**Default status:** \`${type.status}\``);
      for (const entry of codes) {
        const [row] = tableRows(section, `[\`${entry.code}\`](#${entry.code})`);
        expect(row?.[1], entry.code).toBe(`\`${entry.status}\``);
        expect(row?.[2]).toBe(entry.description);
      }
    }
  });

  it("tables every HTTP status, success ones included, with each error status's codes and what to do", () => {
    const section = sectionOf(markdown, "status-success");
    for (const status of [200, 201, 202, 204])
      expect(tableRows(section, `\`${status}\``), String(status)).toHaveLength(1);
    // The RCS reference hedges: "Location header may be set".
    expect(tableRows(section, "`201`")[0]?.[1]).toContain("`Location` header may be set");
    expect(tableRows(section, "`202`")[0]?.[1]).toContain("queued");
    expect(tableRows(section, "`204`")[0]?.[1]).toContain("OPTIONS");

    const errors = sectionOf(markdown, "status-errors");
    const statuses = [...new Set(catalog.errors.map((entry) => entry.status))];
    for (const status of statuses) {
      const codes = catalog.errors.filter((entry) => entry.status === status);
      const [row] = tableRows(errors, `\`${status}\``);
      expect(row, String(status)).toBeDefined();
      for (const entry of codes) expect(row?.[2]).toContain(`[\`${entry.code}\`](#${entry.code})`);
      const advice = row?.[3] ?? "";
      if (codes.some((entry) => entry.retry === "retry_after")) expect(advice).toContain("Retry-After");
      if (codes.some((entry) => entry.retry === "backoff")) expect(advice).toContain("backoff");
      if (codes.some((entry) => entry.retry === "never" && entry.owner_facing))
        expect(advice).toContain("account owner");
    }
  });

  it("gives the handling guide's rules, with statuses read from the catalogue", () => {
    const guide = sectionOf(markdown, "handling-errors");
    const item = (lead: string) => guide.split("\n").find((line) => line.includes(lead)) ?? "";
    expect(item("Branch on `code`, never on `message`")).not.toBe("");
    expect(item("Honour `Retry-After`")).toMatch(/jitter/);
    expect(item("Treat 5xx as transient")).not.toBe("");
    expect(item("Idempotency-Key")).toMatch(/side-effecting/);
    const never = item("blindly");
    for (const status of new Set(
      catalog.errors.filter((entry) => entry.retry === "never").map((entry) => entry.status),
    )) {
      expect(never, `do not retry ${status}`).toContain(`\`${status}\``);
    }
    for (const status of [402, 403, 409]) expect(never).toContain(`\`${status}\``);
    const owner = item("to the account owner.**");
    for (const status of new Set(catalog.errors.filter((entry) => entry.owner_facing).map((entry) => entry.status))) {
      expect(owner).toContain(`\`${status}\``);
    }
    for (const status of [402, 403]) expect(owner).toContain(`\`${status}\``);
  });

  it("takes each code's retry advice from its own fix, not from its status (regression: every 403 said the account owner must act)", () => {
    for (const entry of catalog.errors.filter((candidate) => candidate.retry === "never")) {
      const section = sectionOf(markdown, entry.code);
      const retry = section.split("\n").find((line) => line.startsWith("- **Retry (`never`):**")) ?? "";
      expect(retry, entry.code).toContain(entry.fix);
      expect(retry, entry.code).not.toContain("account owner must act");
    }
    expect(markdown).not.toContain("the account owner must act first");
    const contact = sectionOf(markdown, "contact_has_not_messaged");
    expect(contact).toMatch(/Retry \(`never`\):\*\* .*contact messages your line/);
  });

  it("shows where each entry comes from: the documents' statements, and the catalogue's own decisions with reasons", () => {
    for (const entry of [...catalog.errors]) {
      const section = sectionOf(markdown, entry.code);
      const source = entry.source!;
      for (const claim of source.seeds)
        expect(section, entry.code).toContain(`Document \`${claim.seed}\`: “${claim.says}”`);
      if (source.seeds.length > 0) expect(section).toContain("**Documented**");
      if (Object.keys(source.own).length > 0)
        expect(section, entry.code).toContain("**The catalogue's own decisions**");
      for (const reason of Object.values(source.own)) expect(section, entry.code).toContain(reason);
    }
    for (const [name, type] of Object.entries(
      catalog.types as unknown as Record<string, { source: { seeds: { says: string }[] } }>,
    )) {
      const section = sectionOf(markdown, `type-${name}`);
      for (const claim of type.source.seeds) expect(section, name).toContain(`“${claim.says}”`);
    }
    // The field table tells a documented field from the catalogue's own.
    const balance = sectionOf(markdown, "insufficient_balance");
    expect(tableRows(balance, "`required_amount`")[0]?.[4]).toBe("document `002`");
    expect(tableRows(balance, "`currency`")[0]?.[4]).toBe("the catalogue");
    const param = sectionOf(markdown, "missing_required_parameter");
    expect(tableRows(param, "`param`")[0]?.[4]).toBe("document `001`; required by the catalogue");
  });

  it("shows a code's message variants with the fields that select them", () => {
    const outbound = sectionOf(markdown, "outbound_limit_reached");
    expect(outbound).toContain(
      "- **Message when `sender_number` is there:** Outbound contact limit reached. Your number {sender_number}",
    );
  });

  it("explains the contact-first rule and how it shows: which codes, with which status", () => {
    const section = sectionOf(markdown, "contact-first");
    for (const code of ["contact_has_not_messaged", "inbound_only_no_prior_inbound"]) {
      const entry = catalog.errors.find((candidate) => candidate.code === code) as CatalogEntry;
      expect(section).toContain(`[\`${code}\`](#${code}), status \`${entry.status}\``);
      expect(section).toContain(entry.fix);
    }
    expect(section).toMatch(/group chat/);
  });
});

describe("deprecated codes", () => {
  it("say so, with the reason, and name their replacement when there is one", async () => {
    const dir = scratchSchemas((raw) => {
      for (const entry of raw.errors) {
        if (entry.code === "throttled") {
          entry.deprecated = { replacement: "rate_limit_exceeded", reason: "Merged into one rate-limit code." };
        }
        if (entry.code === "unauthorized") entry.deprecated = { reason: "Services now say which key problem it is." };
      }
    });
    const files = generateDocs({ schemasDir: dir });
    const page = files.get("errors.md") as string;
    const throttled = sectionOf(page, "throttled");
    expect(throttled).toContain(
      "**Deprecated.** Merged into one rate-limit code. Use [`rate_limit_exceeded`](#rate_limit_exceeded) instead.",
    );
    const unauthorized = sectionOf(page, "unauthorized");
    expect(unauthorized).toContain("**Deprecated.** Services now say which key problem it is.");
    expect(unauthorized).not.toContain("instead");
    expect(sectionOf(page, "rate_limit_exceeded")).not.toContain("Deprecated");
    const [row] = tableRows(sectionOf(page, "type-rate_limit_error"), "[`throttled`](#throttled)");
    expect(row?.[2]).toMatch(/^\*\*Deprecated\.\*\*/);
    expect(files.get("errors/throttled.html")).toMatch(/<section id="throttled" class="code deprecated"/);
    expect(files.get("errors/rate_limit_exceeded.html")).not.toMatch(
      /<section id="rate_limit_exceeded" class="code deprecated"/,
    );
    expect(files.get("errors/throttled.html")).toContain(
      '<a href="rate_limit_exceeded.html"><code>rate_limit_exceeded</code></a> instead.',
    );
    expect(files.get("errors.html")).toMatch(/<li id="throttled" class="deprecated"/);
    expect(files.get("errors.html")).not.toMatch(/<li id="rate_limit_exceeded" class="deprecated"/);
    const components = JSON.parse(files.get("openapi.json") as string).components.schemas;
    for (const prefix of ["ErrorObject", "ErrorBody", "Problem"]) {
      expect(components[`${prefix}.throttled`].deprecated, prefix).toBe(true);
      expect(components[`${prefix}.throttled`].$comment).toContain("Use rate_limit_exceeded instead.");
      expect(components[`${prefix}.rate_limit_exceeded`].deprecated).toBeUndefined();
    }
    const result = await validate(JSON.parse(files.get("openapi.json") as string));
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });
});

describe("the APIs and their shapes", () => {
  const apis = Object.entries(catalog.dialects);
  const legacy = apis.filter(([name]) => name !== "standard");
  const codesOf = (name: string) => catalog.errors.filter((entry) => apisOf(entry).includes(name));

  it("tables each API's envelope as catalog.json describes it, with the number of codes it sends", () => {
    const section = sectionOf(markdown, "apis");
    expect(apis.map(([name]) => name)).toEqual(["standard", "rcs", "imessage", "sms"]);
    for (const [name, dialect] of apis) {
      const [row] = tableRows(section, `[${dialect.title}](#api-${name}) (\`${name}\`)`);
      expect(row, name).toBeDefined();
      const [, code, type, fields, status, requestId, count] = row!;
      expect(code).toContain(`\`${dialect.code}\``);
      expect(code!.includes("generic"), name).toBe(dialect.code_optional);
      expect(type).toBe(dialect.type ? `\`${dialect.type}\`` : "not sent: the code implies it");
      expect(fields).toBe(dialect.fields === "error" ? "inside `error`" : "top level");
      expect(status).toBe(dialect.status ? `\`${dialect.status}\`` : "no");
      expect(requestId!.startsWith(dialect.request_id ? `\`${dialect.request_id}\`` : "no")).toBe(true);
      expect(count).toBe(String(codesOf(name).length));
    }
    expect(tableRows(section, "[iMessage](#api-imessage) (`imessage`)")[0]?.[4]).toBe("`status`");
  });

  it("gives each legacy API a section: its document's statement, its members in order, an example and every code it sends", () => {
    for (const [name, dialect] of legacy) {
      const section = sectionOf(markdown, `api-${name}`);
      expect(section, name).toContain(`### ${dialect.title} (\`${name}\`)`);
      expect(section).toContain(dialect.description);
      expect(section).toContain(`“${dialect.says}”`);
      const members = section.split("\n").find((line) => line.startsWith("**Members**")) ?? "";
      const order = dialect.members.map((member) => members.indexOf(`\`${member}\` (`));
      expect(
        order.every((at) => at > 0),
        `${name}: ${members}`,
      ).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const codes = section.split("\n").find((line) => line.startsWith("**Codes**")) ?? "";
      const listed = [...codes.matchAll(/\[`([a-z0-9_]+)`\]/g)].map((match) => match[1]);
      expect(listed).toEqual(codesOf(name).map((entry) => entry.code));
      const [example] = jsonBlocks(section);
      const shown = codesOf(name).find(
        (entry) => JSON.stringify(entry.dialect_examples?.[name]) === JSON.stringify(example),
      );
      expect(shown, `${name}: its example is one of its codes'`).toBeDefined();
    }
    expect(sectionOf(markdown, "api-standard")).toContain("**Codes:** every code of this reference");
  });

  it("lists the iMessage API's generic bodies, each seed body verbatim as a status and an exact message that name one code", () => {
    const seed = {
      bodies: SEED_BODIES.filter((body) => body.seed === "003" && !("code" in JSON.parse(body.text))).map(
        (body) => body.text,
      ),
    };
    const section = sectionOf(markdown, "api-imessage");
    const generic = catalog.errors.filter((entry) => entry.without_code?.includes("imessage"));
    expect(seed.bodies.length).toBe(6);
    expect(generic.length).toBe(seed.bodies.length);
    for (const text of seed.bodies) {
      const body = JSON.parse(text) as { error: string; message: string; status: number };
      expect(body.error).toBe(catalog.dialects.imessage!.constant!.value);
      const rows = tableRows(section, `\`${body.status}\``).filter((row) => row[1] === body.message);
      expect(rows, text).toHaveLength(1);
      const code = /\[`([a-z0-9_]+)`\]/.exec(rows[0]![2]!)?.[1];
      const entry = generic.find((candidate) => candidate.code === code);
      expect(entry, text).toBeDefined();
      expect([entry!.status, entry!.message]).toEqual([body.status, body.message]);
      expect(sectionOf(markdown, code!)).toContain("[iMessage](#api-imessage) (a generic body, without the code)");
    }
  });

  it("names in each code's entry the APIs that send it, and puts each example's code where the API's envelope does", () => {
    for (const entry of catalog.errors) {
      const section = sectionOf(markdown, entry.code);
      const line = section.split("\n").find((text) => text.startsWith("- **Sent by the APIs:**")) ?? "";
      for (const name of apisOf(entry)) expect(line, entry.code).toContain(`(#api-${name})`);
      for (const name of apisOf(entry).filter((api) => api !== "standard")) {
        const dialect = catalog.dialects[name]!;
        const body = entry.dialect_examples![name] as Record<string, unknown>;
        const generic = entry.without_code?.includes(name) ?? false;
        expect(body[dialect.code], `${entry.code} in ${name}`).toBe(generic ? undefined : entry.code);
        if (dialect.constant) expect(body[dialect.constant.member]).toBe(dialect.constant.value);
        if (dialect.status) expect(body[dialect.status]).toBe(entry.status);
        expect(body.message).toBe(entry.example.error.message);
        for (const member of ["type", "doc_url", "request_id"])
          expect(body, `${entry.code} in ${name}`).not.toHaveProperty(member);
        const label = `In the ${dialect.title} API's shape (\`${name}\`), status \`${entry.status}\``;
        expect(section).toContain(generic ? `${label}, a generic body without the code` : `${label}:`);
      }
    }
  });

  it("cites a document that says an API sends a code among the entry's sources", () => {
    const section = sectionOf(markdown, "unauthorized");
    expect(section).toMatch(/Document `003`: .*which gives its sending by the `imessage` API/);
  });

  it("renders a catalog.json written before dialects as before: the standard shape alone", () => {
    const dir = scratchSchemas((raw) => {
      delete raw.dialects;
      for (const entry of raw.errors) {
        delete entry.apis;
        delete entry.without_code;
        delete entry.dialect_examples;
      }
    });
    const files = generateDocs({ schemasDir: dir });
    const page = files.get("errors.md") as string;
    expect(page).not.toContain("APIs and their shapes");
    expect(page).not.toContain("Sent by the APIs");
    expect(page).not.toContain("This is the standard shape");
    for (const entry of catalog.errors) expect(jsonBlocks(sectionOf(page, entry.code)), entry.code).toHaveLength(2);
    const html = files.get("errors.html") as string;
    expect(html).not.toContain('id="apis"');
    expect(html).toContain('data-search="unauthorized unauthorized authentication_error 401"');
  });
});

import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { problemInstanceOf } from "@errata/catalog";
import { apisOf } from "@errata/catalog/file";
import { validate } from "@readme/openapi-parser";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { generateDocs } from "./generate.js";
import { responseName } from "./openapi.js";
import type { CatalogEntry, JsonSchema } from "./schemas-dir.js";
import { OPENAPI_ID, openApiAjv, readJson, SCHEMAS_DIR, scratchSchemas, TEST_OUTPUT } from "./test/support.js";

type Doc = {
  openapi: string;
  paths: Record<string, unknown>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, { headers: Record<string, { required?: boolean }>; content: Record<string, any> }>;
  };
};

const catalog = readJson<{
  errors: CatalogEntry[];
  dialects: Record<string, { title: string; code: string; code_optional: boolean }>;
}>(join(SCHEMAS_DIR, "catalog.json"));
/** The legacy APIs, each with an OpenAPI document of its own. */
const DIALECTS = Object.keys(catalog.dialects).filter((name) => name !== "standard");
/** Every OpenAPI document, by path from the repository's root. */
const DOCUMENTS = ["schemas/openapi.json", ...DIALECTS.map((name) => `schemas/dialects/${name}/openapi.json`)];
const statuses = [...new Set(catalog.errors.map((entry) => entry.status))];
const codesOf = (status: number) => catalog.errors.filter((entry) => entry.status === status);
let doc: Doc;

beforeAll(() => {
  doc = JSON.parse(generateDocs({ schemasDir: SCHEMAS_DIR }).get("openapi.json") as string) as Doc;
});

/** Every `$ref` in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) =>
    key === "$ref" && typeof member === "string" ? [member] : refsIn(member),
  );
}

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

describe("schemas/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document for @readme/openapi-parser", async () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it("has a schema for the body and for every code, with refs pointing inside the document", () => {
    const names = Object.keys(doc.components.schemas);
    for (const name of ["ErrorBody", "ErrorObject", "AnyErrorBody", "Problem", "RequestId"])
      expect(names).toContain(name);
    for (const { code } of catalog.errors) {
      for (const prefix of ["ErrorObject", "ErrorBody", "Problem"]) expect(names).toContain(`${prefix}.${code}`);
    }
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(catalog.errors.length);
    for (const ref of refs) {
      const [, path = ""] = ref.split("#");
      const target = path
        .split("/")
        .slice(1)
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("has one response per error status, one of that status's codes in both forms, with examples that validate", () => {
    const ajv = openApiAjv(doc);
    for (const status of statuses) {
      const name = responseName(status);
      const response = doc.components.responses[name];
      expect(response, name).toBeDefined();
      const codes = codesOf(status).map((entry) => entry.code);
      const json = response?.content["application/json"];
      const problem = response?.content["application/problem+json"];
      const listed = (schema: any, prefix: string) =>
        (schema.anyOf ?? schema.oneOf ?? [schema]).map((option: { $ref: string }) =>
          option.$ref.replace(`#/components/schemas/${prefix}.`, ""),
        );
      expect(listed(json.schema, "ErrorBody")).toEqual(codes);
      expect(listed(problem.schema, "Problem")).toEqual(codes);
      if (codes.length > 1) expect(Object.keys(problem.schema.discriminator.mapping)).toEqual(codes);
      for (const [type, content] of [
        ["application/json", json],
        ["application/problem+json", problem],
      ] as const) {
        const check = ajv.getSchema(
          `${OPENAPI_ID}#/${pointer("components", "responses", name, "content", type, "schema")}`,
        );
        expect(Object.keys(content.examples)).toEqual(codes);
        for (const [code, example] of Object.entries<{ value: unknown }>(content.examples)) {
          expect(check?.(example.value), `${name} ${type} ${code}: ${JSON.stringify(check?.errors)}`).toBe(true);
        }
      }
    }
  });

  it("sends Retry-After where the retry policy says so, and Request-Id with every error", () => {
    for (const status of statuses) {
      const codes = codesOf(status);
      const headers = doc.components.responses[responseName(status)]?.headers ?? {};
      expect(headers["Request-Id"], String(status)).toBeDefined();
      const waits = codes.some((entry) => entry.retry === "retry_after" || entry.retry_after !== undefined);
      expect(headers["Retry-After"] !== undefined, `${status} Retry-After`).toBe(waits);
      if (codes.every((entry) => entry.retry === "retry_after")) expect(headers["Retry-After"]?.required).toBe(true);
    }
  });

  it("rejects, as problem details, a body missing a field its code requires", () => {
    const ajv = openApiAjv(doc);
    const entry = catalog.errors.find(
      (candidate) => candidate.required.length > 0 && candidate.code === "outbound_limit_reached",
    ) as CatalogEntry;
    const check = ajv.getSchema(`${OPENAPI_ID}#/components/schemas/Problem.${entry.code}`);
    const base = {
      type: entry.doc_url,
      title: entry.title,
      status: entry.status,
      detail: "x",
      instance: problemInstanceOf("req_a1b2c3d4e5f6"),
      code: entry.code,
      request_id: "req_a1b2c3d4e5f6",
    };
    const fields = Object.fromEntries(Object.entries(entry.example.error).filter(([key]) => key in entry.fields));
    expect(check?.({ ...base, ...fields })).toBe(true);
    expect(check?.({ ...base, ...fields, sender_number: "5555550123" }), "a given field is still checked").toBe(false);
    const [required] = entry.required;
    const { [required as string]: _, ...missing } = fields;
    expect(check?.({ ...base, ...missing })).toBe(false);
  });
});

describe.each(DIALECTS)("schemas/dialects/%s/openapi.json", (dialect) => {
  let api: Doc & { paths: Record<string, Record<string, { parameters: { name: string; schema: JsonSchema }[] }>> };
  const sent = catalog.errors.filter((entry) => apisOf(entry).includes(dialect));
  const sentStatuses = [...new Set(sent.map((entry) => entry.status))];

  beforeAll(() => {
    api = JSON.parse(generateDocs({ schemasDir: SCHEMAS_DIR }).get(`dialects/${dialect}/openapi.json`) as string);
  });

  it("is a valid OpenAPI 3.1 document for @readme/openapi-parser", async () => {
    expect(api.openapi).toMatch(/^3\.1\./);
    const result = await validate(structuredClone(api) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it("describes the codes this API sends and no other, with refs pointing inside the document", () => {
    const names = Object.keys(api.components.schemas);
    const bodies = names.filter((name) => name.startsWith("ErrorBody.")).map((name) => name.slice(10));
    const problems = names.filter((name) => name.startsWith("Problem.")).map((name) => name.slice(8));
    expect(bodies).toEqual(sent.map((entry) => entry.code));
    expect(problems).toEqual(bodies);
    expect(names).toEqual(expect.arrayContaining(["ErrorBody", "AnyErrorBody", "Problem"]));
    for (const ref of refsIn(api)) {
      const target = ref
        .split("#")[1]
        ?.split("/")
        .slice(1)
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], api);
      expect(target, ref).toBeDefined();
    }
  });

  it("has one response per status of its codes, with the API's own example bodies, which validate", () => {
    const ajv = openApiAjv(api);
    expect(Object.keys(api.components.responses).sort()).toEqual([...sentStatuses.map(responseName), "Error"].sort());
    for (const status of sentStatuses) {
      const name = responseName(status);
      const codes = sent.filter((entry) => entry.status === status);
      for (const type of ["application/json", "application/problem+json"]) {
        const content = api.components.responses[name]?.content[type];
        const check = ajv.getSchema(
          `${OPENAPI_ID}#/${pointer("components", "responses", name, "content", type, "schema")}`,
        );
        expect(Object.keys(content.examples)).toEqual(codes.map((entry) => entry.code));
        for (const entry of codes) {
          const example = content.examples[entry.code].value;
          if (type === "application/json") expect(example).toEqual(entry.dialect_examples?.[dialect]);
          expect(check?.(example), `${name} ${type} ${entry.code}: ${JSON.stringify(check?.errors)}`).toBe(true);
        }
      }
    }
  });

  it("refuses in ErrorBody a body of a code the API does not send, which AnyErrorBody reads", () => {
    const ajv = openApiAjv(api);
    const strict = ajv.getSchema(`${OPENAPI_ID}#/components/schemas/ErrorBody`);
    const lenient = ajv.getSchema(`${OPENAPI_ID}#/components/schemas/AnyErrorBody`);
    const other = catalog.errors.find((entry) => !apisOf(entry).includes(dialect)) as CatalogEntry;
    // An example that names its code (iMessage's generic bodies do not), with the other code's.
    const named = sent.find((entry) => Object.values(entry.dialect_examples?.[dialect] ?? {}).includes(entry.code));
    const example = named?.dialect_examples?.[dialect] as Record<string, unknown>;
    const body = Object.fromEntries(
      Object.entries(example).map(([member, value]) => [
        member,
        value === named?.code ? other.code : member === "status" ? other.status : value,
      ]),
    );
    expect(strict?.(example)).toBe(true);
    expect(strict?.(body)).toBe(false);
    expect(lenient?.(body), JSON.stringify(body)).toBe(true);
  });

  it("routes the mock's errors with `?dialect=` set to this API", () => {
    for (const method of ["get", "post"]) {
      const parameter = api.paths["/errors/{code}"]?.[method]?.parameters.find((p) => p.name === "dialect");
      expect(parameter?.schema).toEqual({ type: "string", enum: [dialect] });
    }
  });
});

describe("a schemas folder written before dialects", () => {
  it("gets the standard document alone", () => {
    const dir = scratchSchemas((file) => {
      delete file.dialects;
      for (const entry of file.errors)
        for (const member of ["apis", "without_code", "dialect_examples"]) delete entry[member];
    });
    rmSync(join(dir, "dialects"), { recursive: true });
    const files = generateDocs({ schemasDir: dir });
    expect([...files.keys()].filter((file) => file.endsWith("openapi.json"))).toEqual(["openapi.json"]);
  });
});

/** TypeScript for a field schema's value, for required fields only. */
function tsType(schema: JsonSchema): string {
  if (schema.type === "integer" || schema.type === "number") return "number";
  if (schema.type === "string") return "string";
  if (schema.type === "boolean") return "boolean";
  if (schema.type === "array") return "readonly unknown[]";
  return "unknown";
}

/** A function that switches over a response's codes and reads each code's required fields, typed. */
function narrowing(
  name: string,
  form: "json" | "problem",
  codes: CatalogEntry[],
  options: { skip?: string; wrong?: boolean; codeMember?: string } = {},
) {
  const content = form === "json" ? "application/json" : "application/problem+json";
  // A legacy API's JSON body names its code at the top level, in the member its dialect says.
  const legacy = form === "json" && options.codeMember !== undefined;
  const subject = form === "json" && !legacy ? "body.error" : "body";
  const key = legacy ? (options.codeMember as string) : "code";
  const cases = codes
    .filter((entry) => entry.code !== options.skip)
    .map((entry) => {
      const reads = entry.required.map(
        (field) => `const ${field}: ${tsType(entry.fields[field] as JsonSchema)} = ${subject}.${field}; void ${field};`,
      );
      if (options.wrong && entry.required.length === 0) {
        const other = catalog.errors.find((candidate) =>
          candidate.required.some((field) => tsType(candidate.fields[field] as JsonSchema) !== "unknown"),
        );
        const field = other?.required[0] as string;
        reads.push(`const wrong: ${tsType(other?.fields[field] as JsonSchema)} = ${subject}.${field}; void wrong;`);
      }
      return `    case "${entry.code}": { ${reads.join(" ")} return ${subject}.${key}; }`;
    });
  return [
    `export function ${name}_${form}(body: components["responses"]["${name}"]["content"]["${content}"]): string {`,
    `  switch (${subject}.${key}) {`,
    ...cases,
    // A single code is no union, so only its `code` narrows to never; a union narrows as a whole.
    `    default: { const unreachable: never = ${subject}${codes.length === 1 ? `.${key}` : ""}; return unreachable; }`,
    "  }",
    "}",
  ].join("\n");
}

/** Type-checks the files together (one program, so lib files are parsed once); diagnostics by file name. */
function compile(dir: string, sources: Record<string, string>): Map<string, string[]> {
  const paths = Object.entries(sources).map(([file, source]) => {
    const path = join(dir, file);
    writeFileSync(path, source);
    return path;
  });
  const program = ts.createProgram(paths, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  const byFile = new Map<string, string[]>(Object.keys(sources).map((file) => [file, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file ? diagnostic.file.fileName.slice(dir.length + 1) : "(global)";
    byFile.set(file, [...(byFile.get(file) ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")]);
  }
  return byFile;
}

describe("types generated by openapi-typescript", () => {
  const HEADER = 'import type { components } from "./openapi";';
  let diagnostics = new Map<string, string[]>();
  let sample: { status: number; codes: CatalogEntry[] };

  beforeAll(async () => {
    const dir = join(TEST_OUTPUT, "openapi-types");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "openapi.d.ts"), astToString(await openapiTS(structuredClone(doc) as never)));
    const status = statuses.find(
      (candidate) => codesOf(candidate).length > 1 && codesOf(candidate).some((entry) => entry.required.length === 0),
    ) as number;
    sample = { status, codes: codesOf(status) };
    const name = responseName(status);
    diagnostics = compile(dir, {
      "narrow.ts": [
        HEADER,
        ...statuses.flatMap((each) =>
          (["json", "problem"] as const).map((form) => narrowing(responseName(each), form, codesOf(each))),
        ),
      ].join("\n\n"),
      "wrong-field.ts": [HEADER, narrowing(name, "json", sample.codes, { wrong: true })].join("\n"),
      "missing-case.ts": [HEADER, narrowing(name, "problem", sample.codes, { skip: sample.codes[0]?.code })].join("\n"),
    });
  });

  it("compile and narrow on `code` to each code's fields, in both forms, exhaustively", () => {
    expect(diagnostics.get("(global)") ?? []).toEqual([]);
    expect(diagnostics.get("narrow.ts")).toEqual([]);
  });

  it("reject reading another code's field, and a switch that misses a code", () => {
    expect(diagnostics.get("wrong-field.ts")?.join("\n")).toMatch(/not assignable/);
    expect(diagnostics.get("missing-case.ts")?.join("\n")).toMatch(/not assignable to type 'never'/);
  });
});

// iMessage's generic bodies name no code, so a switch on it cannot be exhaustive: the APIs whose bodies all do.
describe.each(DIALECTS.filter((name) => !catalog.dialects[name]?.code_optional))(
  "types generated by openapi-typescript from schemas/dialects/%s/openapi.json",
  (dialect) => {
    const HEADER = 'import type { components } from "./openapi";';
    const codeMember = catalog.dialects[dialect]?.code as string;
    const sent = catalog.errors.filter((entry) => apisOf(entry).includes(dialect));
    const statusesOf = [...new Set(sent.map((entry) => entry.status))];
    const codesAt = (status: number) => sent.filter((entry) => entry.status === status);
    let diagnostics = new Map<string, string[]>();

    beforeAll(async () => {
      const api = JSON.parse(
        generateDocs({ schemasDir: SCHEMAS_DIR }).get(`dialects/${dialect}/openapi.json`) as string,
      );
      const dir = join(TEST_OUTPUT, `openapi-types-${dialect}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "openapi.d.ts"), astToString(await openapiTS(api as never)));
      const status = statusesOf.find(
        (candidate) => codesAt(candidate).length > 1 && codesAt(candidate).some((entry) => entry.required.length === 0),
      ) as number;
      diagnostics = compile(dir, {
        "narrow.ts": [
          HEADER,
          ...statusesOf.map((each) => narrowing(responseName(each), "json", codesAt(each), { codeMember })),
        ].join("\n\n"),
        "wrong-field.ts": [
          HEADER,
          narrowing(responseName(status), "json", codesAt(status), { wrong: true, codeMember }),
        ].join("\n"),
      });
    });

    it("compile and narrow on the code member to each code's fields, exhaustively", () => {
      expect(diagnostics.get("(global)") ?? []).toEqual([]);
      expect(diagnostics.get("narrow.ts")).toEqual([]);
    });

    it("reject reading another code's field", () => {
      expect(diagnostics.get("wrong-field.ts")?.join("\n")).toMatch(/not assignable/);
    });
  },
);

describe("every OpenAPI document under the linters other teams run", () => {
  const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
  const run = (command: string, args: string[]) =>
    spawnSync(command, args, {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: "1", REDOCLY_TELEMETRY: "off" },
    });
  const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);

  it.each(DOCUMENTS)("passes Redocly's recommended rules with no error and no warning: %s", (file) => {
    const result = run(bin("redocly"), ["lint", file, "--format=summary", "--max-problems=1000"]);
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(output).toContain("Your API description is valid");
    expect(output).not.toMatch(/^(error|warning)\s/m);
  });

  it.each(DOCUMENTS)("passes Spectral's OpenAPI rules with no error and no warning: %s", (file) => {
    const result = run(bin("spectral"), ["lint", file, "--format=text", "--fail-severity=warn"]);
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout).toContain("No results");
  });

  it("uses every component from its paths, but the strict body union offered to other descriptions", () => {
    const used = new Set(refsIn({ paths: doc.paths, responses: doc.components.responses }));
    // Follow refs to closure: a schema used by a used schema is used.
    for (let grew = true; grew; ) {
      grew = false;
      for (const ref of [...used]) {
        const name = ref.replace(/^#\/components\/(schemas|responses|headers)\//, "");
        const kind = /^#\/components\/(schemas|responses|headers)\//.exec(ref)?.[1] as
          | "schemas"
          | "responses"
          | "headers";
        for (const inner of refsIn((doc.components as any)[kind]?.[name] ?? {})) {
          if (!used.has(inner)) {
            used.add(inner);
            grew = true;
          }
        }
      }
    }
    const unused = Object.keys(doc.components.schemas).filter((name) => !used.has(`#/components/schemas/${name}`));
    expect(unused).toEqual(["ErrorBody"]);
    for (const name of Object.keys(doc.components.responses))
      expect(used, name).toContain(`#/components/responses/${name}`);
  });
});

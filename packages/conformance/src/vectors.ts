/**
 * The vectors, generated from the catalogue: every code in every dialect that sends it, rendered,
 * read back and decided on; every seed body; and the hostile cases of `hostile.ts`. The expected
 * answers are the TypeScript packages' (`handlers.ts`), so the file pins what they do today and any
 * change to it shows in review as a change to the vectors.
 *
 * @module
 */
import { CATALOG_VERSION } from "@errata/catalog";
import { type CatalogJsonError, catalogJson } from "@errata/catalog/zod";
import fc from "fast-check";
import { anyBody, headers, status } from "./arbitraries.js";
import { handle } from "./handlers.js";
import { hostileCases, NOW, requestIdOf } from "./hostile.js";
import {
  OPERATIONS,
  type Operation,
  type ParseInput,
  PROTOCOL_VERSION,
  type RenderInput,
  type RenderOutput,
  type RetryInput,
  type Vector,
  type VectorsFile,
} from "./protocol.js";
import { SEED_BODIES } from "./seed-bodies.js";

/** A vector before its expected answer is known. */
export interface Case {
  readonly id: string;
  readonly op: Operation;
  readonly description: string;
  readonly input: RenderInput | ParseInput | RetryInput;
}

// Members of an example's error object that the envelope writes itself: not fields.
const NOT_FIELDS = new Set(["type", "code", "message", "doc_url"]);

/** The fields of a code's example, in the example's order. */
function exampleFields(entry: CatalogJsonError): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry.example.error).filter(([name]) => !NOT_FIELDS.has(name)));
}

/** The example's fields that the code requires, alone: the template keeps the others' placeholders. */
function requiredFields(entry: CatalogJsonError): Record<string, unknown> | undefined {
  const all = exampleFields(entry);
  // A `required_when` rule the example meets makes its fields required too.
  const rule = entry.required_when;
  const needed =
    rule && all[rule.field] === rule.equals ? [...entry.required, rule.field, ...rule.required] : entry.required;
  const required = Object.fromEntries(Object.entries(all).filter(([name]) => needed.includes(name)));
  return Object.keys(required).length < Object.keys(all).length ? required : undefined;
}

/** What a rendered response is, read back as a response. */
function asResponse(output: RenderOutput): ParseInput {
  return { status: output.status, headers: output.headers, body: output.body, now: NOW };
}

/** The cases of one code in one dialect: render (its example, its required fields), parse, retry. */
async function codeCases(entry: CatalogJsonError, dialect: string): Promise<Case[]> {
  const { code } = entry;
  const where = `${dialect}/${code}`;
  const request_id = requestIdOf(where);
  const render: RenderInput = { code, fields: exampleFields(entry), dialect, request_id };
  const rendered = await handle("render", render);
  if (!("output" in rendered)) throw new Error(`${where}: the example does not render: ${rendered.error}`);
  const response = asResponse(rendered.output as RenderOutput);
  const cases: Case[] = [
    {
      id: `render/${where}/example`,
      op: "render",
      description: `${code}'s example in the ${dialect} dialect.`,
      input: render,
    },
    {
      id: `parse/${where}/rendered`,
      op: "parse",
      description: `${code}'s example as the ${dialect} dialect sends it, read back.`,
      input: response,
    },
    {
      id: `retry/${where}/first-attempt`,
      op: "retry",
      description: `Whether to retry a POST after its first attempt got ${code} in the ${dialect} dialect.`,
      input: { ...response, method: "POST", attempt: 1, random: 0.5 },
    },
  ];
  const required = requiredFields(entry);
  if (required !== undefined) {
    cases.push({
      id: `render/${where}/required-only`,
      op: "render",
      description: `${code} with its required fields only: optional members are left out and the template keeps their placeholders.`,
      input: { ...render, fields: required },
    });
  }
  if (dialect === "standard") {
    const accept = "application/problem+json";
    const problem = await handle("render", { ...render, accept });
    if (!("output" in problem)) throw new Error(`${where}: the example does not render as problem details`);
    cases.push(
      {
        id: `render/problem/${code}/example`,
        op: "render",
        description: `${code}'s example as RFC 9457 problem details, asked for by Accept.`,
        input: { ...render, accept },
      },
      {
        id: `parse/problem/${code}/rendered`,
        op: "parse",
        description: `${code}'s example as problem details, read back (as the standard dialect).`,
        input: asResponse(problem.output as RenderOutput),
      },
    );
  }
  return cases;
}

/** Every seed API's example body, verbatim, as its document shows it. */
function seedCases(): Case[] {
  const seen = new Map<string, number>();
  return SEED_BODIES.map((seed) => {
    const key = `${seed.seed}/${seed.code}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      id: `parse/seed/${key}${n > 1 ? `/${n}` : ""}`,
      op: "parse",
      description: `A body ${seed.verbatim ? "copied verbatim from" : "written to"} seed ${seed.seed}: ${seed.code} in the ${seed.dialect} dialect.`,
      input: { status: seed.status, headers: {}, body: seed.text, now: NOW },
    } satisfies Case;
  });
}

/** How many responses of the arbitraries the vectors pin, and the seed that draws them. */
export const SAMPLE = { count: 400, seed: 20_261_205 } as const;

/**
 * A seeded sample of the parser's property-test inputs (bodies near the catalogue's in every dialect,
 * problem details, any JSON and text, with any status and headers), read as the packages read them
 * today: what a property test pinned against a frozen copy of an older parser, pinned as data.
 */
function sampledCases(): Case[] {
  const responses = fc.sample(fc.record({ body: anyBody, status, headers }), {
    seed: SAMPLE.seed,
    numRuns: SAMPLE.count,
  });
  return responses.map((response, i) => ({
    id: `parse/sampled/${String(i + 1).padStart(3, "0")}`,
    op: "parse",
    description: `A response drawn from the parser's property-test generators (seed ${SAMPLE.seed}, draw ${i + 1}).`,
    input: { ...response, now: NOW },
  }));
}

/** Every case, in a stable order: by operation, then as generated. */
export async function allCases(): Promise<Case[]> {
  const catalog = catalogJson();
  const cases: Case[] = [];
  for (const entry of catalog.errors)
    for (const dialect of entry.apis) cases.push(...(await codeCases(entry, dialect)));
  cases.push(...seedCases(), ...hostileCases(), ...sampledCases());
  const ids = new Set<string>();
  for (const { id } of cases) {
    if (ids.has(id)) throw new Error(`two vectors have the id ${id}`);
    ids.add(id);
  }
  return OPERATIONS.flatMap((op) => cases.filter((c) => c.op === op));
}

/** The vectors file: every case with the answer the TypeScript packages give. */
export async function buildVectors(): Promise<VectorsFile> {
  const vectors: Vector[] = [];
  for (const c of await allCases()) {
    const answer = await handle(c.op, c.input);
    // A case named as refused must be refused, and no other: a typo in a case is not a vector.
    if (c.id.includes("/refused/") !== "error" in answer)
      throw new Error(
        `${c.id}: expected ${"error" in answer ? "an output" : "a refusal"}, got ${JSON.stringify(answer)}`,
      );
    vectors.push({ ...c, expected: "output" in answer ? { output: answer.output } : { error: true } });
  }
  const counts = Object.fromEntries(OPERATIONS.map((op) => [op, vectors.filter((v) => v.op === op).length]));
  return {
    protocol: PROTOCOL_VERSION,
    catalog_version: CATALOG_VERSION,
    counts: counts as VectorsFile["counts"],
    vectors,
  };
}

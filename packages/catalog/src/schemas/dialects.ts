/**
 * zod schemas of the legacy dialects' bodies, built from the same definitions as the standard ones
 * and from each dialect's envelope: where the code, message and status go, and the code's fields at
 * the top level. `@errata/emit` converts them into `schemas/dialects/<name>/`.
 *
 * @module
 */
import * as z from "zod";
import { errors } from "../catalog.js";
import { ERROR_CODE_LIST, ERROR_INFO } from "../codes.js";
import * as f from "../fields.js";
import { CODE_PATTERN } from "../patterns.js";
import type { ErrorCode, ErrorDefinition, LegacyDialect } from "../types.js";
import { DIALECTS, type DialectEnvelope, LEGACY_DIALECTS, roleOf } from "../wire/dialects.js";

/** A body in a legacy dialect: its members sit at the top level. */
export type DialectErrorBody = { readonly [member: string]: unknown };

/** The validators of one legacy dialect. */
export interface DialectSchemas {
  /**
   * Strict: a body of a code this API sends, with the code's fields and rules; members of another
   * dialect's envelope (`request_id`, `type`, a `status` where the API sends none) are refused,
   * others allowed. What a service of the API must produce for the codes the API lists: a body of a
   * code it does not list (which `@errata/server` still sends in its shape) is refused here, and
   * accepted by `any`.
   */
  readonly body: z.ZodType<DialectErrorBody>;
  /**
   * Lenient: any well-formed body in the dialect's envelope. Catalogued codes (sent by this API or
   * not) are checked fully; a code this version does not know needs only the envelope; unknown
   * members are allowed. What a client reads with.
   */
  readonly any: z.ZodType<DialectErrorBody>;
  /** The strict body of each code the API sends. */
  readonly codes: { readonly [C in ErrorCode]?: z.ZodType<DialectErrorBody> };
  /** The lenient body of every catalogued code. */
  readonly anyCodes: { readonly [C in ErrorCode]: z.ZodType<DialectErrorBody> };
}

type Shape = Record<string, z.ZodType>;
/** Strict: the API's own body, refusing another dialect's members; loose: any member allowed. */
type Strictness = "strict" | "loose";

const knownCodes: ReadonlySet<string> = new Set(ERROR_CODE_LIST);

/** An error status, for the iMessage bodies whose code this version does not know. */
const anyStatus = z.int().min(400).max(599).describe("The HTTP status, repeated in the body.");

/**
 * The envelope's members for one body, in the dialect's order: the constant, the code (left out when
 * `code` is undefined), the message and the status.
 */
function envelopeShape(dialect: LegacyDialect, code: z.ZodType | undefined, message: z.ZodType, status: z.ZodType) {
  const envelope = DIALECTS[dialect];
  const shape: Shape = {};
  for (const member of envelope.members) {
    const role = roleOf(envelope, member);
    if (role === "constant")
      shape[member] = z
        .literal((envelope as DialectEnvelope).constant?.value ?? "")
        .describe("The same on every body of this API.");
    else if (role === "code") {
      if (code !== undefined) shape[member] = code;
    } else if (role === "message") shape.message = message;
    else if (role === "status") shape[member] = status;
  }
  return shape;
}

/**
 * The members other dialects' envelopes use and this one never writes (`request_id`, `type`,
 * `doc_url`, and `status` or `code` where this dialect has none). In a body of this dialect they mean
 * a body of another shape, so the strict schema refuses them; any other member is allowed, as
 * everywhere, so that a field added later breaks no older validator.
 */
function foreignMembers(dialect: LegacyDialect): string[] {
  const own = new Set<string>([...DIALECTS[dialect].members, "param", "details"]);
  const used = new Set<string>(["doc_url"]);
  for (const envelope of Object.values(DIALECTS) as DialectEnvelope[]) {
    for (const member of envelope.members) used.add(member);
    for (const path of [envelope.code, envelope.type, envelope.status, envelope.requestId])
      if (path !== undefined) used.add(path.slice(path.lastIndexOf(".") + 1));
  }
  return [...used].filter((member) => !own.has(member));
}

/** A code's body: the envelope, `param` and `details`, then the code's fields, split on its rule if it has one. */
function codeBody(
  dialect: LegacyDialect,
  def: ErrorDefinition,
  envelope: Shape,
  strictness: Strictness,
): z.ZodType<DialectErrorBody> {
  for (const name of Object.keys(def.fields))
    if (Object.hasOwn(envelope, name)) throw new Error(`The field \`${name}\` is named like a member of the envelope`);
  const foreign: Shape =
    strictness === "strict"
      ? Object.fromEntries(foreignMembers(dialect).map((member) => [member, absent(member)]))
      : {};
  const shape: Shape = {
    ...envelope,
    param: f.param.optional(),
    details: f.details.optional(),
    ...foreign,
    ...def.fields,
  };
  const rule = def.requiredWhen;
  if (!rule) return z.looseObject(shape);
  const on = def.fields[rule.field] as z.ZodEnum;
  const required: Shape = Object.fromEntries(
    rule.fields.map((name) => [name, (def.fields[name] as z.ZodOptional).unwrap() as z.ZodType]),
  );
  return z.discriminatedUnion(rule.field, [
    z.looseObject({ ...shape, [rule.field]: z.literal(rule.equals), ...required }),
    z.looseObject({ ...shape, [rule.field]: on.exclude([rule.equals]) }),
  ]) as z.ZodType<DialectErrorBody>;
}

/** The code member of a generic body: absent, since a body that names its code is read by that code. */
const unnamed = () => z.never().optional().describe("Absent: a body that names its code is read by that code.");

/** A member that must be absent. */
const absent = (member: string) =>
  z.never().optional().describe(`Never sent in this dialect: \`${member}\` belongs to another.`);

function codeSchema(dialect: LegacyDialect, code: ErrorCode, strictness: Strictness): z.ZodType<DialectErrorBody> {
  const def = errors[code];
  const status = z
    .literal(ERROR_INFO[code].status)
    // An integer for JSON Schema, whose generators would otherwise read any number.
    .meta({ type: "integer" })
    .describe("The HTTP status, repeated in the body.");
  const codeMember = z.literal(code).describe("The machine-readable error code. Branch on it.");
  const named = codeBody(dialect, def, envelopeShape(dialect, codeMember, f.message, status), strictness);
  // A generic body is read back by its status and exact message, so the strict schema holds both.
  if (strictness === "loose" || !def.withoutCode?.includes(dialect)) return named;
  const message = z.literal(errors[code].message).describe("The API's exact message for this status.");
  const generic = codeBody(dialect, def, envelopeShape(dialect, unnamed(), message, status), strictness);
  return z.union([named, generic]) as z.ZodType<DialectErrorBody>;
}

/** A body of a code this version does not know: the envelope alone, open to any member. */
function unknownCodeBody(dialect: LegacyDialect): z.ZodType<DialectErrorBody> {
  const code = z
    .string()
    .regex(CODE_PATTERN)
    .meta({ title: "snake_case name", examples: ["a_newer_code"] })
    .refine((value) => !knownCodes.has(value), "A catalogued code must match its own schema.")
    // The same rule for JSON Schema, which cannot see the refinement.
    .meta({ not: { enum: [...ERROR_CODE_LIST] } })
    .describe("A code this version does not know.");
  return z.looseObject({
    ...envelopeShape(dialect, code, f.message, anyStatus),
    param: f.param.optional(),
    details: f.details.optional(),
  });
}

/** A body without a code (an API's generic body) whose message this version may not know. */
function codelessBody(dialect: LegacyDialect): z.ZodType<DialectErrorBody> {
  const envelope = DIALECTS[dialect];
  return z.looseObject({
    ...envelopeShape(dialect, undefined, f.message, anyStatus),
    [envelope.code]: unnamed(),
    param: f.param.optional(),
    details: f.details.optional(),
  });
}

function dialectSchemas(dialect: LegacyDialect): DialectSchemas {
  const sent = ERROR_CODE_LIST.filter((code) => errors[code].apis?.includes(dialect));
  const codes = Object.fromEntries(sent.map((code) => [code, codeSchema(dialect, code, "strict")]));
  const anyCodes = Object.fromEntries(ERROR_CODE_LIST.map((code) => [code, codeSchema(dialect, code, "loose")]));
  const envelope = DIALECTS[dialect];
  const options = sent.map((code) => codes[code]) as [z.ZodType, ...z.ZodType[]];
  // Discriminated where every body names its code; iMessage's generic bodies do not.
  const body = envelope.codeOptional
    ? z.union(options)
    : // Each is an object or a union of two, all discriminable on the code member; the list says only ZodType.
      z.discriminatedUnion(envelope.code, options as unknown as [z.ZodObject, ...z.ZodObject[]]);
  const known = ERROR_CODE_LIST.map((code) => anyCodes[code]) as [z.ZodType, ...z.ZodType[]];
  const any = z.union([
    ...known,
    unknownCodeBody(dialect),
    ...(envelope.codeOptional ? [codelessBody(dialect)] : []),
  ] as [z.ZodType, ...z.ZodType[]]);
  return Object.freeze({
    body: body as z.ZodType<DialectErrorBody>,
    any: any as z.ZodType<DialectErrorBody>,
    codes: Object.freeze(codes),
    anyCodes: Object.freeze(anyCodes) as DialectSchemas["anyCodes"],
  });
}

/**
 * The validators of each legacy dialect's bodies: `dialectBodySchemas.sms.body` (strict) and
 * `.any` (lenient). The standard dialect's are `errorBodySchema` and `anyErrorBodySchema`. Each
 * dialect's are built on first use, so that importing this entry for the standard ones costs nothing more.
 */
export const dialectBodySchemas: { readonly [D in LegacyDialect]: DialectSchemas } = /* @__PURE__ */ lazily();

function lazily(): { readonly [D in LegacyDialect]: DialectSchemas } {
  const built: { [D in LegacyDialect]?: DialectSchemas } = {};
  const getters = LEGACY_DIALECTS.map((dialect) => [
    dialect,
    { enumerable: true, get: () => (built[dialect] ??= dialectSchemas(dialect)) },
  ]);
  return Object.freeze(Object.defineProperties({}, Object.fromEntries(getters))) as {
    readonly [D in LegacyDialect]: DialectSchemas;
  };
}

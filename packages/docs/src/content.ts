/**
 * What the error reference says, as a document model built from the reference model. Both pages
 * render this one document. Statuses, codes, types and policies are read from the model; the
 * prose only frames them.
 *
 * Section ids are kebab-case (`response-shape`, `type-rate_limit_error`) and codes are snake_case,
 * so a code's anchor can never collide with a section's.
 *
 * @module
 */
import { placeholdersOf } from "@errata/catalog";
import { apisOf, type CatalogFileDialect, RETRY_GUIDANCE, type RetryGuidance } from "@errata/catalog/file";
import type { Block, Page } from "./document.js";
import {
  type ApiGroup,
  type FieldRow,
  fieldRows,
  problemExample,
  type Reference,
  reasonOf,
  type StatusGroup,
  type TypeGroup,
} from "./reference.js";
import type { CatalogEntry, Source } from "./schemas-dir.js";
import type { SnippetSet } from "./snippets.js";

const c = (text: string | number) => `\`${text}\``;
const codeLink = (code: string) => `[${c(code)}](#${code})`;
const typeLink = (type: string) => `[${c(type)}](#type-${type})`;
const json = (value: unknown) => JSON.stringify(value, null, 2);
/** "a", "a and b", "a, b and c". */
function and(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function or(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The codes that the contact-first rule produces, when the catalogue has them. */
const CONTACT_FIRST = ["contact_has_not_messaged", "inbound_only_no_prior_inbound"];
/** The code a retry gets while the first request with the same Idempotency-Key is in flight. */
const IDEMPOTENCY_IN_FLIGHT = "idempotency_conflict";

/**
 * How to retry a code: from its policy, and for codes never retried as they stand, from the code's
 * own fix (what must change differs by code: the account owner, the contact, the target, time).
 */
export function retryText(entry: CatalogEntry): string {
  const fallback = entry.retry_after === undefined ? "" : `${entry.retry_after} s by default`;
  const seconds =
    entry.retry_after_from === undefined
      ? fallback && ` (${fallback})`
      : ` (the time until ${c(entry.retry_after_from)} when the error carries it${fallback && `, else ${fallback}`})`;
  switch (entry.retry) {
    case "never":
      return `Not as it stands: the same request fails the same way until this is done. ${entry.fix}`;
    case "retry_after":
      return `After the delay: wait for the \`Retry-After\` header's seconds${seconds}, also in \`retry_after\` when the body carries it, then retry with jitter.`;
    case "backoff":
      return `With backoff: it is transient. Retry with exponential backoff and jitter, reusing the request's \`Idempotency-Key\`${
        entry.retry_after === undefined ? "" : `; wait at least the \`Retry-After\` header's seconds${seconds}`
      }.`;
  }
}

/** Whether to show a code to the account owner, from its `owner_facing` flag. */
export function ownerText(entry: CatalogEntry): string {
  return entry.owner_facing
    ? "Yes. Show the message to the account owner."
    : "No. Handle it in code; the message is for developers and logs.";
}

/** Readable names of the parts of an entry that a source accounts for. */
export function partText(part: string): string {
  const named: Record<string, string> = {
    entry: "the whole entry",
    code: "the code",
    type: "the type",
    status: "the status",
    retry: "the retry policy",
    message: "the message",
    messageVariants: "the message variants",
    description: "when it happens",
    fix: "how to fix it",
    retryAfter: "the default Retry-After",
    retryAfterFrom: "Retry-After from the reset time",
  };
  if (part.startsWith("field:")) return `field ${c(part.slice("field:".length))}`;
  if (part.startsWith("api:")) return `its sending by the ${c(part.slice("api:".length))} API`;
  if (part.startsWith("required:")) return `${c(part.slice("required:".length))} required`;
  return named[part] ?? c(part);
}

/** An entry's source: each document's statement and what it gives, then the catalogue's own decisions. */
export function sourceBlocks(source: Source | undefined): Block[] {
  if (!source) return [];
  const blocks: Block[] = [];
  if (source.seeds.length > 0) {
    blocks.push(
      { kind: "paragraph", text: "**Documented** (the reference documents' statements this entry rests on):" },
      {
        kind: "list",
        items: source.seeds.map(
          (claim) => `Document ${c(claim.seed)}: “${claim.says}”, which gives ${and(claim.gives.map(partText))}.`,
        ),
      },
    );
  }
  const own = Object.entries(source.own);
  if (own.length > 0) {
    blocks.push(
      { kind: "paragraph", text: "**The catalogue's own decisions** (no reference document gives them):" },
      { kind: "list", items: own.map(([part, reason]) => `${partText(part)}: ${reason}`) },
    );
  }
  return blocks;
}

/** Where a field of a code comes from, for the field table. */
function fieldSource(entry: CatalogEntry, name: string): string {
  const documented = (part: string) =>
    entry.source?.seeds.filter((claim) => claim.gives.includes(part)).map((claim) => claim.seed) ?? [];
  const by = (part: string) => {
    const seeds = [...new Set(documented(part))];
    if (seeds.length > 0) return `document ${and(seeds.map(c))}`;
    return entry.source && (part in entry.source.own || "entry" in entry.source.own) ? "the catalogue" : "";
  };
  const named = by(`field:${name}`);
  if (!entry.required.includes(name)) return named;
  const required = by(`required:${name}`);
  return required === named ? named : `${named}; required by ${required}`;
}

/** What to do on a status, from the policies of its codes. */
export function statusAdvice(group: StatusGroup): string {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of group.codes) {
    const key = entry.retry === "never" ? `never:${entry.owner_facing}` : entry.retry;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const advice: Record<string, string> = {
    "never:true":
      "Show the message to the account owner, and do not retry unchanged: each code's fix says what must change first.",
    "never:false": "Fix the request as the code's entry says; sending it unchanged fails again.",
    retry_after: "Wait for `Retry-After` seconds, then retry with jittered backoff.",
    backoff: "Transient: retry with exponential backoff and jitter, with the same `Idempotency-Key`.",
  };
  const hints = (entries: CatalogEntry[]) => {
    const names = [...new Set(entries.flatMap((entry) => Object.keys(entry.fields)))].filter(
      (name) => name !== "retry_after",
    );
    return names.length === 0 ? "" : ` Read ${and(names.map(c))} in the body.`;
  };
  const parts = [...groups].map(([key, entries]) => {
    const text = `${advice[key]}${hints(entries)}`;
    return groups.size === 1 ? text : `${and(entries.map((entry) => codeLink(entry.code)))}: ${text}`;
  });
  return parts.join(" ");
}

function fieldTable(rows: readonly FieldRow[], nameHead = "Field", sources?: (name: string) => string): Block {
  return {
    kind: "table",
    head: [nameHead, "Type", "Required", "Meaning", ...(sources ? ["Source"] : [])],
    rows: rows.map((row) => ({
      cells: [c(row.name), row.type, row.required, row.description, ...(sources ? [sources(row.name)] : [])],
    })),
  };
}

function intro(ref: Reference): Block[] {
  return [
    { kind: "heading", level: 1, text: "Error reference" },
    {
      kind: "paragraph",
      text: `Every error the API returns: ${plural(ref.codes.length, "code")} in ${plural(ref.types.length, "type")}, catalogue version ${c(ref.version)}. Generated from the published schemas by \`errata docs\`; each code's \`doc_url\` points at its entry here.`,
    },
    {
      kind: "paragraph",
      text: "Each type and code says where it comes from. **Documented** parts rest on the reference documents of the APIs (numbered `000` to `004`), quoted; **the catalogue's own decisions** are the parts no document gives (a code's name, a type, a default delay, a field's name or its being required), each with its reason. The value types of fields (integers, decimal strings, patterns) are always the catalogue's own.",
    },
    {
      kind: "list",
      items: [
        "[Response shape](#response-shape)",
        ...(ref.apis.length > 0 ? ["[APIs and their shapes](#apis)"] : []),
        "[Handling errors](#handling-errors)",
        "[HTTP status codes](#status-codes)",
        "[Error types and codes](#error-types)",
      ],
    },
  ];
}

function shapeSection(ref: Reference): Block {
  const example = ref.shapeExample;
  const problem = problemExample(example);
  return {
    kind: "group",
    role: "general",
    id: "response-shape-part",
    blocks: [
      { kind: "heading", level: 2, text: "Response shape", id: "response-shape" },
      {
        kind: "paragraph",
        text: "Every error response has the HTTP status of its code, `Content-Type: application/json`, a `Request-Id` header with the same ID as the body's `request_id`, a `Retry-After` header (whole seconds) when the code has a delay, and a body with an `error` object and a `request_id`. For example:",
      },
      {
        kind: "code",
        language: "json",
        label: `${codeLink(example.code)}, status ${c(example.status)}:`,
        text: json(example.example),
      },
      fieldTable(ref.shape),
      {
        kind: "paragraph",
        text: "Each code adds its own fields inside `error`; its entry below lists them. Members this reference does not list may appear (a newer API adds optional fields): ignore them. A newer API may also send a code this reference does not list yet: `schemas/error-any.schema.json` accepts it, and its `type` and status still tell you how to handle it.",
      },
      ...legacyNote(ref),
      { kind: "heading", level: 3, text: "Problem details form", id: "problem-details" },
      {
        kind: "paragraph",
        text: "The same error in RFC 9457 problem details form (`Content-Type: application/problem+json`), for clients and gateways that expect it: ask for it with `Accept: application/problem+json`. Status and headers are the same. Its members map one to one:",
      },
      {
        kind: "table",
        head: ["Problem member", "Taken from"],
        rows: [
          ["type", "`error.doc_url`, the link to the code's entry"],
          ["title", "the code's title"],
          ["status", "the HTTP status"],
          ["detail", "`error.message`"],
          ["instance", "`request_id`"],
          ["code", "`error.code` (extension member)"],
          ["request_id", "`request_id` (extension member)"],
          ["others", "`error.param`, `error.details` and the code's fields, as extension members"],
        ].map(([member, from]) => ({
          cells: [member === "others" ? "any other member" : c(member as string), from as string],
        })),
      },
      {
        kind: "code",
        language: "json",
        label: `${codeLink(example.code)} as problem details:`,
        text: json(problem),
      },
      { kind: "heading", level: 3, text: "Schemas", id: "schemas" },
      {
        kind: "list",
        items: [
          "`schemas/error.schema.json`: the body of every code listed here, with each code's rules (JSON Schema 2020-12).",
          "`schemas/error-any.schema.json`: any well-formed error body, including codes this version does not know.",
          "`schemas/errors/<code>.schema.json`: one code's `error` object.",
          ...(legacyApis(ref).length === 0
            ? []
            : [
                `\`schemas/dialects/<api>/error.schema.json\` and \`error-any.schema.json\`: the same two for the shape of each other API (${and(legacyApis(ref).map((api) => c(api.name)))}).`,
              ]),
          "`schemas/catalog.json`: this catalogue as data, for services in any language.",
          "`schemas/openapi.json`: OpenAPI 3.1 components (schemas and one response per error status) to reference from an API description.",
        ],
      },
    ],
  };
}

/** The canonical dialect: every code is sent in it, and the response shape above describes it. */
const STANDARD = "standard";
const apiLink = (api: ApiGroup) => `[${api.dialect.title}](#api-${api.name})`;
const legacyApis = (ref: Reference) => ref.apis.filter((api) => api.name !== STANDARD);

/** After the response shape: the APIs that put the same errors in shapes of their own. */
function legacyNote(ref: Reference): Block[] {
  const legacy = legacyApis(ref);
  if (legacy.length === 0) return [];
  return [
    {
      kind: "paragraph",
      text: `This is the standard shape, in which every code is sent. The ${and(legacy.map(apiLink))} APIs send theirs in shapes of their own, with the same status and headers: see [APIs and their shapes](#apis).`,
    },
  ];
}

/** Where a dialect puts the code: inside the error object, or a top-level member. */
const codePlace = (dialect: CatalogFileDialect) =>
  dialect.code.includes(".") ? c(dialect.code) : `top-level ${c(dialect.code)}`;

/** What one top-level member of a dialect's envelope carries. */
export function memberText(dialect: CatalogFileDialect, member: string): string {
  if (dialect.constant?.member === member) return `always ${c(JSON.stringify(dialect.constant.value))}`;
  if (dialect.fields === "error" && member === "error")
    return "the error object of the [response shape](#response-shape)";
  if (member === dialect.code)
    return dialect.code_optional ? "the code, except on the generic bodies below" : "the code";
  if (member === dialect.status) return "the HTTP status, repeated";
  if (member === dialect.request_id) return "the request ID, as in the `Request-Id` header";
  if (member === "message") return "the message";
  if (member === "details") return "on validation errors, `[{field, message}]`";
  return "see the API's reference document";
}

/** The entry of a code whose example shows an API's shape best: the one with the most members. */
function showcase(api: ApiGroup): CatalogEntry | undefined {
  const size = (entry: CatalogEntry) => Object.keys(entry.dialect_examples?.[api.name] ?? {}).length;
  return api.codes.reduce<CatalogEntry | undefined>(
    (best, entry) => (size(entry) > (best ? size(best) : 0) ? entry : best),
    undefined,
  );
}

function apiSection(api: ApiGroup): Block {
  return { kind: "group", role: "general", id: `api-${api.name}-part`, blocks: apiBlocks(api) };
}

function apiBlocks(api: ApiGroup): Block[] {
  const { dialect, name } = api;
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: `${dialect.title} (${c(name)})`, id: `api-${name}` },
    { kind: "paragraph", text: dialect.description },
    {
      kind: "paragraph",
      text: `Document${dialect.seeds.length === 1 ? "" : "s"} ${and(dialect.seeds.map(c))}: “${dialect.says}”`,
    },
    {
      kind: "paragraph",
      text: `**Members**, in order: ${dialect.members.map((member) => `${c(member)} (${memberText(dialect, member)})`).join(", ")}${dialect.fields === "body" ? ", then `param` and the code's fields" : ""}.`,
    },
  ];
  if (name === STANDARD) {
    blocks.push({
      kind: "paragraph",
      text: "**Codes:** every code of this reference; [above](#response-shape) is an example.",
    });
    return blocks;
  }
  const example = showcase(api);
  if (example)
    blocks.push({
      kind: "code",
      language: "json",
      label: `${codeLink(example.code)} in this shape, status ${c(example.status)}:`,
      text: json(example.dialect_examples?.[name]),
    });
  blocks.push({
    kind: "paragraph",
    text: `**Codes** (${api.codes.length}): ${api.codes.map((entry) => codeLink(entry.code)).join(", ")}.`,
  });
  const generic = api.codes.filter((entry) => entry.without_code?.includes(name));
  if (generic.length > 0) {
    blocks.push(
      {
        kind: "paragraph",
        text: `**Generic bodies.** The API sends these codes without ${codePlace(dialect)}: a client reads such a body back to its code by the status and the exact message.`,
      },
      {
        kind: "table",
        head: ["Status", "Message", "Code"],
        rows: generic.map((entry) => ({ cells: [c(entry.status), entry.message, codeLink(entry.code)] })),
      },
    );
  }
  return blocks;
}

/** Each API the catalogue serves: where its envelope puts each part, and the codes it sends. */
function apisSection(ref: Reference): Block[] {
  if (ref.apis.length === 0) return [];
  return [
    {
      kind: "group",
      role: "general",
      id: "apis-part",
      blocks: [
        { kind: "heading", level: 2, text: "APIs and their shapes", id: "apis" },
        {
          kind: "paragraph",
          text: `The catalogue serves ${plural(ref.apis.length, "API")}, each with its own body shape (its dialect). Each code is sent with the same status and headers (\`Request-Id\`, \`Retry-After\`) by every API that sends it; only the body differs. Each code's entry below names the APIs that send it and shows its example in each of their shapes.`,
        },
        {
          kind: "table",
          head: ["API", "Code", "Type", "Fields", "Status in the body", "Request ID in the body", "Codes"],
          rows: ref.apis.map(({ name, dialect, codes }) => ({
            cells: [
              `${apiLink({ name, dialect, codes })} (${c(name)})`,
              `${codePlace(dialect)}${dialect.code_optional ? ", absent from generic bodies" : ""}`,
              dialect.type ? c(dialect.type) : "not sent: the code implies it",
              dialect.fields === "error" ? "inside `error`" : "top level",
              dialect.status ? c(dialect.status) : "no",
              dialect.request_id ? c(dialect.request_id) : "no: the `Request-Id` header alone",
              String(codes.length),
            ],
          })),
        },
        ...ref.apis.map(apiSection),
      ],
    },
  ];
}

type Test = (entry: CatalogEntry) => boolean;
const retriedAfter: Test = (entry) => entry.retry === "retry_after";
const backedOff: Test = (entry) => entry.retry === "backoff";
const neverRetried: Test = (entry) => entry.retry === "never";
const ownerFacing: Test = (entry) => entry.owner_facing;

/** The statuses that `test` picks out, as a list: "429", or "409 (`idempotency_conflict` only)". */
function statusesOf(ref: Reference, test: Test): string {
  return or(
    ref.statuses
      .filter((group) => group.codes.some(test))
      .map((group) => {
        const matching = group.codes.filter(test);
        if (matching.length === group.codes.length) return c(group.status);
        const others = group.codes.filter((entry) => !test(entry));
        return matching.length <= others.length
          ? `${c(group.status)} (${and(matching.map((entry) => codeLink(entry.code)))} only)`
          : `${c(group.status)} (except ${and(others.map((entry) => codeLink(entry.code)))})`;
      }),
  );
}

/** The codes of the contact-first rule that the catalogue has. */
const contactFirstCodes = (ref: Reference) => ref.codes.filter((entry) => CONTACT_FIRST.includes(entry.code));

/** Rule: 5xx are transient, with the codes that say otherwise and the 4xx that are transient too. */
function serverErrorRule(ref: Reference): string {
  const serverGroups = ref.statuses.filter((group) => group.status >= 500);
  const serverNotBackoff = serverGroups.flatMap((group) => group.codes.filter((entry) => !backedOff(entry)));
  const otherBackoff = ref.codes.filter((entry) => backedOff(entry) && entry.status < 500);
  const which =
    serverGroups.length === 0
      ? "Any 5xx status"
      : `Every 5xx status (${and(serverGroups.map((group) => c(group.status)))}) and any 5xx this reference does not list`;
  const except =
    serverNotBackoff.length === 0
      ? ""
      : ` Except ${and(serverNotBackoff.map((entry) => codeLink(entry.code)))}: see its entry.`;
  const also =
    otherBackoff.length === 0
      ? ""
      : ` ${and(otherBackoff.map((entry) => `${codeLink(entry.code)} (${entry.status})`))} ${otherBackoff.length === 1 ? "is" : "are"} transient too.`;
  return `**Treat 5xx as transient.** ${which} means the API failed, not the request: retry with exponential backoff and jitter, a few times, then give up and report the \`request_id\`.${except}${also}`;
}

/** Rule: a fresh `Idempotency-Key` per request, the same one on each retry. */
function idempotencyRule(ref: Reference): string {
  const inFlight = ref.codes.find((entry) => entry.code === IDEMPOTENCY_IN_FLIGHT);
  const whileInFlight = inFlight
    ? ` While the first request with that key is still in flight, a retry gets ${codeLink(inFlight.code)} (${inFlight.status}): back off and retry with the same key.`
    : "";
  return `**Pair every side-effecting request with an \`Idempotency-Key\`.** Send a fresh unique key (a UUID) with every POST, PATCH and DELETE, and send the same key again with each retry of that request, so a retry after a timeout or a network error never sends twice.${whileInFlight}`;
}

/** The numbered rules of handling errors, from the policies of the catalogue's codes. */
function handlingRules(ref: Reference): string[] {
  const contactFirst = contactFirstCodes(ref);
  return [
    "**Branch on `code`, never on `message`.** Codes are stable across versions; messages are written for people and may change. `type` groups related codes: fall back on it, and on the HTTP status, for a code you do not know.",
    `**Honour \`Retry-After\`.** Codes with the \`retry_after\` policy (status ${statusesOf(ref, retriedAfter)}) come with a \`Retry-After\` header in whole seconds, the same value as \`retry_after\` in the body when it is there. Wait at least that long, then retry with [jittered backoff](#backoff), so that clients refused together do not come back together.`,
    serverErrorRule(ref),
    idempotencyRule(ref),
    `**Do not retry ${statusesOf(ref, neverRetried)} blindly.** Codes with the \`never\` policy fail the same way until something changes: the request (fix what the code's entry says), the resource's state (re-read it after a conflict), or the account (the account owner acts).`,
    `**Surface ${statusesOf(ref, ownerFacing)} to the account owner.** Show them the \`message\`. Do not retry in a loop: each code's fix says what must change first, which is not always theirs to change (a contact must message you, a target number must change, a period must pass).`,
    ...(contactFirst.length === 0
      ? []
      : [
          `**Expect the contact-first rule.** A send to a contact who has not messaged your line first is refused with ${or(contactFirst.map((entry) => `${codeLink(entry.code)} (${entry.status})`))}; see [below](#contact-first).`,
        ]),
    "**Quote `request_id`.** Log it with every error, and include it in support requests: it identifies the request in the API's logs.",
  ];
}

/** The contact-first rule, when the catalogue has its codes: what is refused, and why its status. */
function contactFirstBlocks(ref: Reference): Block[] {
  const contactFirst = contactFirstCodes(ref);
  if (contactFirst.length === 0) return [];
  const typeOf = (name: string) => ref.types.find((group) => group.type.name === name)?.type;
  const offDefault = contactFirst.filter((entry) => typeOf(entry.type)?.status !== entry.status);
  const one = offDefault.length === 1;
  const whyStatus =
    offDefault.length === 0
      ? ""
      : `${and(offDefault.map((entry) => c(entry.code)))} ${one ? "comes" : "come"} with ${and([...new Set(offDefault.map((entry) => c(entry.status)))])} although ${one ? "its" : "their"} type's default is ${and([...new Set(offDefault.map((entry) => c(typeOf(entry.type)?.status ?? "")))])}: the request is well-formed, but a per-line policy refuses it. `;
  return [
    { kind: "heading", level: 3, text: "The contact-first rule", id: "contact-first" },
    {
      kind: "paragraph",
      text: "Outside the sandbox, you can only send to a contact who has messaged your line first; in a group chat, at least one inbound message must have arrived before you can post to it. A send into a cold contact or group is refused:",
    },
    {
      kind: "list",
      items: contactFirst.map(
        (entry) =>
          `${codeLink(entry.code)}, status ${c(entry.status)}, type ${typeLink(entry.type)}: ${entry.description} **Fix:** ${entry.fix}`,
      ),
    },
    {
      kind: "paragraph",
      text: `${whyStatus}Do not retry unchanged: each code's fix says what must happen first. Show the account owner why the message was not sent.`,
    },
  ];
}

/** Jittered backoff, with the snippet written from the catalogue's retry guidance. */
function backoffBlocks(ref: Reference): Block[] {
  const guidance = ref.set.catalog.retry_guidance ?? RETRY_GUIDANCE;
  return [
    { kind: "heading", level: 3, text: "Jittered backoff", id: "backoff" },
    {
      kind: "paragraph",
      text: `Wait longer after each failed attempt, with a random part so that clients do not retry in step. A \`Retry-After\` is a floor: wait that long, then add the random part on top, so that clients refused together do not come back together. Give up after ${plural(guidance.max_attempts, "attempt")} in all, or when the server asks for more than ${seconds(guidance.max_delay_ms)}. These are the defaults of \`retryDecision\` in \`@errata/client\`, published as \`retry_guidance\` in \`catalog.json\`.`,
    },
    {
      kind: "code",
      language: "js",
      label: "The delay before the next attempt, after attempt `attempt` (1 for the first request) failed:",
      text: retrySnippet(guidance),
    },
  ];
}

/** The handling guide: its rules, the contact-first rule and jittered backoff. */
function handlingSection(ref: Reference): Block {
  return {
    kind: "group",
    role: "general",
    id: "handling-errors-part",
    blocks: [
      { kind: "heading", level: 2, text: "Handling errors", id: "handling-errors" },
      { kind: "list", ordered: true, items: handlingRules(ref) },
      ...contactFirstBlocks(ref),
      ...backoffBlocks(ref),
    ],
  };
}

const seconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

/**
 * The reference's retry snippet, written from the catalogue's retry guidance: the same arithmetic
 * as `retryDecision` in `@errata/client`, so that the two cannot disagree.
 */
export function retrySnippet(guidance: Pick<RetryGuidance, "max_attempts" | "base_delay_ms" | "max_delay_ms">): string {
  return [
    "function retryDelayMs(attempt, retryAfterSeconds) {",
    `  if (attempt >= ${guidance.max_attempts}) return undefined; // ${guidance.max_attempts} attempts in all: give up`,
    "  const floor = (retryAfterSeconds ?? 0) * 1000; // never sooner than the server asks",
    `  if (floor > ${guidance.max_delay_ms}) return undefined; // a wait past ${seconds(guidance.max_delay_ms)} is not worth waiting`,
    `  const ceiling = Math.min(${guidance.max_delay_ms}, ${guidance.base_delay_ms} * 2 ** (attempt - 1)); // exponential, capped`,
    "  return floor + Math.floor(Math.random() * ceiling); // full jitter, on top of the floor",
    "}",
  ].join("\n");
}

/** Success statuses are the API's conventions, not catalogue data. */
const SUCCESS: readonly (readonly [number, string])[] = [
  [200, "OK. The request succeeded; the body is the route's result."],
  [201, "Created. The request made a resource; a `Location` header may be set."],
  [202, "Accepted. The work was accepted and queued."],
  [204, "No Content. Success without a body, as in the answer to an `OPTIONS` preflight."],
];

function statusSection(ref: Reference): Block {
  return {
    kind: "group",
    role: "general",
    id: "status-codes-part",
    blocks: [
      { kind: "heading", level: 2, text: "HTTP status codes", id: "status-codes" },
      { kind: "heading", level: 3, text: "Success", id: "status-success" },
      {
        kind: "table",
        head: ["Status", "Meaning"],
        rows: SUCCESS.map(([status, meaning]) => ({ cells: [c(status), meaning] })),
      },
      { kind: "heading", level: 3, text: "Errors", id: "status-errors" },
      {
        kind: "table",
        head: ["Status", "Meaning", "Codes", "What to do"],
        rows: ref.statuses.map((group) => ({
          cells: [
            c(group.status),
            `${reasonOf(group.status)}: ${and([...new Set(group.codes.map((entry) => typeLink(entry.type)))])}`,
            group.codes.map((entry) => codeLink(entry.code)).join(", "),
            statusAdvice(group),
          ],
        })),
      },
      {
        kind: "paragraph",
        text: "A status this table does not list: handle it by its class. Another 4xx means the request needs changing; another 5xx is transient.",
      },
    ],
  };
}

function typesOverview(ref: Reference): Block {
  return {
    kind: "group",
    role: "general",
    id: "error-types-part",
    blocks: [
      { kind: "heading", level: 2, text: "Error types and codes", id: "error-types" },
      {
        kind: "paragraph",
        text: "Each code belongs to one type (`error.type`). A type gives a default status and retry policy; a code may differ from its type's default, and its own entry is what counts.",
      },
      {
        kind: "table",
        head: ["Type", "Default status", "Retry", "Codes"],
        rows: ref.types.map((group) => ({
          cells: [typeLink(group.type.name), c(group.type.status), c(group.type.retry), String(group.codes.length)],
        })),
      },
    ],
  };
}

/**
 * Where a code's schema file is, relative to the reference: `docs/` and `schemas/` sit side by side
 * in the repository and wherever the two are served together.
 */
const schemaHref = (code: string) => `../schemas/errors/${code}.schema.json`;

/** The APIs that send a code, linked, with the ones that send it without its code marked. */
function apisText(entry: CatalogEntry, apis: readonly ApiGroup[]): string {
  return apisOf(entry)
    .map((name) => {
      const api = apis.find((candidate) => candidate.name === name);
      const generic = entry.without_code?.includes(name) ? " (a generic body, without the code)" : "";
      return `${api ? apiLink(api) : c(name)}${generic}`;
    })
    .join(", ");
}

/** A code's example in the shape of each legacy API that sends it. */
function dialectExamples(entry: CatalogEntry, apis: readonly ApiGroup[]): Block[] {
  return apisOf(entry).flatMap((name): Block[] => {
    const body = entry.dialect_examples?.[name];
    if (name === STANDARD || body === undefined) return [];
    const title = apis.find((api) => api.name === name)?.dialect.title ?? name;
    const generic = entry.without_code?.includes(name)
      ? ", a generic body without the code: a client reads it back to this code by its status and exact message"
      : "";
    return [
      {
        kind: "code",
        language: "json",
        label: `In the ${title} API's shape (${c(name)}), status ${c(entry.status)}${generic}:`,
        text: json(body),
      },
    ];
  });
}

/** The code raised and read in every language that has a snippet of it, one tab each. */
function snippetTabs(entry: CatalogEntry, snippets: readonly SnippetSet[]): Block[] {
  const tabs = snippets.flatMap((set) => {
    const text = set.snippets[entry.code];
    return text === undefined ? [] : [{ title: set.title, language: set.highlight, text }];
  });
  return tabs.length === 0 ? [] : [{ kind: "tabs", id: `${entry.code}-snippet`, label: "Raise it and read it:", tabs }];
}

/** The label of a message variant: the optional fields whose presence selects it. */
function variantLabel(entry: CatalogEntry, variant: string): string {
  const optional = placeholdersOf(variant).filter((name) => !entry.required.includes(name));
  return `Message when ${and(optional.map(c))} ${optional.length === 1 ? "is" : "are"} there`;
}

/** A code's facts: status, type, messages, when and how, retry, owner, APIs and schema. */
function factsOf(entry: CatalogEntry, group: TypeGroup, apis: readonly ApiGroup[]): Block {
  const typeDefault = group.type.status === entry.status ? "" : ` (whose default is ${c(group.type.status)})`;
  return {
    kind: "facts",
    rows: [
      ["Status", `${c(entry.status)} ${reasonOf(entry.status)}`],
      ["Type", `${typeLink(entry.type)}${typeDefault}`],
      ["Message", entry.message],
      ...(entry.message_variants ?? []).map((variant) => [variantLabel(entry, variant), variant] as const),
      ["When it happens", entry.description],
      ["How to fix it", entry.fix],
      [`Retry (${c(entry.retry)})`, retryText(entry)],
      ["Surface to the account owner", ownerText(entry)],
      ...(apis.length > 0 ? [["Sent by the APIs", apisText(entry, apis)] as const] : []),
      ["Schema", `[\`schemas/errors/${entry.code}.schema.json\`](${schemaHref(entry.code)})`],
    ],
  };
}

/** A code's own fields: their table, and the rule that makes some required. */
function fieldBlocks(entry: CatalogEntry): Block[] {
  const rows = fieldRows(entry);
  const blocks: Block[] =
    rows.length === 0
      ? [{ kind: "paragraph", text: "**Fields:** none besides the [common members](#response-shape)." }]
      : [
          { kind: "paragraph", text: "**Fields** in `error`, besides the [common members](#response-shape):" },
          fieldTable(rows, "Field", entry.source ? (name) => fieldSource(entry, name) : undefined),
        ];
  const rule = entry.required_when;
  if (rule)
    blocks.push({
      kind: "paragraph",
      text: `When ${c(rule.field)} is ${c(rule.equals)}, ${and(rule.required.map(c))} ${rule.required.length === 1 ? "is" : "are"} required as well.`,
    });
  return blocks;
}

/** A code's examples: its body, as problem details, in each API's dialect, and the snippets. */
function exampleBlocks(entry: CatalogEntry, apis: readonly ApiGroup[], snippets: readonly SnippetSet[]): Block[] {
  return [
    {
      kind: "code",
      language: "json",
      label: `Example (\`application/json\`, status ${c(entry.status)}):`,
      text: json(entry.example),
    },
    {
      kind: "code",
      language: "json",
      label: "The same error as problem details (`application/problem+json`):",
      text: json(problemExample(entry)),
    },
    ...dialectExamples(entry, apis),
    ...snippetTabs(entry, snippets),
  ];
}

function codeSection(
  entry: CatalogEntry,
  group: TypeGroup,
  apis: readonly ApiGroup[],
  snippets: readonly SnippetSet[],
): Block {
  const { deprecated } = entry;
  const instead = deprecated?.replacement ? ` Use ${codeLink(deprecated.replacement)} instead.` : "";
  const blocks: Block[] = [
    { kind: "heading", level: 4, text: `${c(entry.code)}: ${entry.title}` },
    ...(deprecated ? [{ kind: "paragraph", text: `**Deprecated.** ${deprecated.reason}${instead}` } as const] : []),
    factsOf(entry, group, apis),
    ...fieldBlocks(entry),
    ...sourceBlocks(entry.source),
    ...exampleBlocks(entry, apis, snippets),
  ];
  return {
    kind: "group",
    role: "code",
    id: entry.code,
    code: entry.code,
    // The APIs too, so that typing an API's name lists its codes.
    search: [entry.code, entry.title, entry.type, entry.status, ...(apis.length > 0 ? apisOf(entry) : [])]
      .join(" ")
      .toLowerCase(),
    summary: { title: entry.title, status: entry.status, type: entry.type },
    ...(deprecated ? { deprecated: true } : {}),
    blocks,
  };
}

function typeSection(group: TypeGroup, apis: readonly ApiGroup[], snippets: readonly SnippetSet[]): Block {
  const { type } = group;
  return {
    kind: "group",
    role: "type",
    id: `type-${type.name}-part`,
    blocks: [
      { kind: "heading", level: 3, text: `${c(type.name)}: ${type.title}`, id: `type-${type.name}` },
      { kind: "paragraph", text: type.description },
      {
        kind: "facts",
        rows: [
          ["Default status", `${c(type.status)} ${reasonOf(type.status)}`],
          ["Default retry", c(type.retry)],
        ],
      },
      ...sourceBlocks(type.source),
      {
        kind: "table",
        head: ["Code", "Status", "Meaning"],
        rows: group.codes.map((entry) => ({
          code: entry.code,
          cells: [
            codeLink(entry.code),
            c(entry.status),
            entry.deprecated ? `**Deprecated.** ${entry.description}` : entry.description,
          ],
        })),
      },
      ...group.codes.map((entry) => codeSection(entry, group, apis, snippets)),
    ],
  };
}

/** The whole error reference as one document. */
export function referencePage(ref: Reference): Page {
  return {
    title: "Error reference",
    blocks: [
      ...intro(ref),
      shapeSection(ref),
      ...apisSection(ref),
      handlingSection(ref),
      statusSection(ref),
      typesOverview(ref),
      ...ref.types.map((group) => typeSection(group, ref.apis, ref.snippets)),
    ],
  };
}

/**
 * Teams in other languages generate types from one schema file, offline: quicktype for Go and
 * Python, and Python's jsonschema reading a single file. Nothing may send them to the network, and
 * the lenient schema must leave room for codes a newer server sends.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogJson, DIALECTS, dialectBody, LEGACY_DIALECTS } from "@errata/catalog/zod";
import { afterAll, describe, expect, it } from "vitest";
import { findPython } from "./test/validators.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SCHEMAS = join(ROOT, "schemas");
const QUICKTYPE = join(ROOT, "node_modules", ".bin", "quicktype");
const work = mkdtempSync(join(tmpdir(), "errata-codegen-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const examples = catalogJson().errors.map((entry) => entry.example);
/** A body of a code this version does not know, as a newer server may send. */
const unknownCode = {
  error: { type: "rate_limit_error", code: "brand_new_code_from_a_newer_server", message: "Slow down." },
  request_id: "req_a1b2c3d4e5f6",
};

/** quicktype on one schema file, copied alone into an empty folder so no sibling file can help. */
function quicktype(schemaFile: string, language: string, extra: string[] = []): string {
  const dir = mkdtempSync(join(work, `${language}-`));
  const input = join(dir, "input.schema.json");
  writeFileSync(input, readFileSync(join(SCHEMAS, schemaFile)));
  const out = join(dir, `out.${language === "python" ? "py" : language}`);
  execFileSync(QUICKTYPE, ["-s", "schema", input, "-l", language, "--top-level", "ErrorBody", "-o", out, ...extra], {
    cwd: dir,
    timeout: 120_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return out;
}

describe("code generation from one schema file, offline", () => {
  it("gives Go a struct with the code as a plain string from the lenient schema", () => {
    const go = readFileSync(quicktype("error-any.schema.json", "go"), "utf8");
    expect(go).toMatch(/type ErrorBody struct/);
    expect(go).toMatch(/\bCode\s+string\s+`json:"code"`/);
    expect(go).toMatch(/RequestID\s+string\s+`json:"request_id"`/);
  });

  it("gives Go a closed enum of this version's codes from the strict schema", () => {
    const go = readFileSync(quicktype("error.schema.json", "go"), "utf8");
    expect(go).toMatch(/\bCode\s+Code\s+`json:"code"`/);
    for (const { code } of catalogJson().errors) expect(go, code).toContain(`"${code}"`);
  });

  const python = findPython();
  it.skipIf(python === undefined)(
    "gives Python classes that read every catalogued example and a code this version does not know",
    () => {
      const module = quicktype("error-any.schema.json", "python", ["--python-version", "3.7"]);
      const script = `
import json, sys
sys.path.insert(0, ${JSON.stringify(join(module, ".."))})
from out import error_body_from_dict, error_body_to_dict
bodies = json.load(sys.stdin)
print(json.dumps([error_body_from_dict(body).error.code for body in bodies]))
`;
      const bodies = [...examples, unknownCode];
      const result = spawnSync(python as string, ["-c", script], {
        input: JSON.stringify(bodies),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(bodies.map((body) => body.error.code));
    },
  );

  it.skipIf(python === undefined).each(LEGACY_DIALECTS)(
    "gives Python classes from the %s dialect's lenient schema that read its examples and a code this version does not know",
    (dialect) => {
      const module = quicktype(`dialects/${dialect}/error-any.schema.json`, "python", ["--python-version", "3.7"]);
      const member = DIALECTS[dialect].code;
      const script = `
import json, sys
sys.path.insert(0, ${JSON.stringify(join(module, ".."))})
from out import error_body_from_dict
print(json.dumps([getattr(error_body_from_dict(body), ${JSON.stringify(member)}) for body in json.load(sys.stdin)]))
`;
      const bodies = catalogJson()
        .errors.map((entry) => entry.dialect_examples[dialect])
        .filter((body) => body !== undefined);
      const unknown = dialectBody(dialect, unknownCode.error, { status: 429, requestId: unknownCode.request_id });
      const result = spawnSync(python as string, ["-c", script], {
        input: JSON.stringify([...bodies, unknown]),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(0);
      // A generic body names no code: the class reads it as absent.
      expect(JSON.parse(result.stdout)).toEqual([...bodies, unknown].map((body) => body[member] ?? null));
    },
  );

  it.skipIf(python === undefined)(
    "lets Python's jsonschema validate against error.schema.json alone, with remote refs refused",
    () => {
      const script = `
import json, sys, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import jsonschema
schema = json.load(open(sys.argv[1]))
def refuse(uri):
    raise RuntimeError("fetched " + uri)
resolver = jsonschema.RefResolver.from_schema(schema, handlers={"http": refuse, "https": refuse})
validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
print(json.dumps([validator.is_valid(body) for body in json.load(sys.stdin)]))
`;
      const broken = {
        ...unknownCode,
        error: { ...unknownCode.error, code: "missing_api_key", type: "rate_limit_error" },
      };
      const result = spawnSync(python as string, ["-c", script, join(SCHEMAS, "error.schema.json")], {
        input: JSON.stringify([...examples, broken]),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([...examples.map(() => true), false]);
    },
  );
});

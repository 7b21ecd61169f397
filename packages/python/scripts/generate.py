"""Writes the generated modules of the `errata` package from `schemas/catalog.json`.

Reads only the catalogue (and copies the JSON Schemas beside it for offline validation). The
output is deterministic and already formatted as `ruff format` writes it, so the build needs no
formatter: `python3 packages/python/scripts/generate.py [--catalog FILE] [--out DIR]`.

It is a Python script rather than a TypeScript emitter so that the Python package can be
regenerated (and its drift checked) with the Python toolchain alone, from the published
`catalog.json`, exactly as a consumer outside this repository would.
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
import shutil
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent
REPO = PACKAGE.parent.parent
HEADER = "Generated from schemas/catalog.json by scripts/generate.py. Do not edit."
WIDTH = 120
# Members every code may carry besides its own fields.
COMMON = ("param", "details")
# Attributes of every error object: a field of the same name is read through them.
RESERVED = frozenset(
    {"type", "code", "message", "known", "status", "dialect", "request_id", "body", "fields", "reason", "cause"}
)
# Schema files a validator needs, relative to `schemas/`.
SCHEMA_GLOBS = ("error.schema.json", "error-any.schema.json", "error-object.schema.json", "errors/*.schema.json")
DIALECT_SCHEMAS = ("error.schema.json", "error-any.schema.json")


# --- formatting, as `ruff format` writes it -------------------------------------------------------


def py_str(text: str) -> str:
    """A string literal in ruff's preferred quotes."""
    # Double quotes, unless the text holds more double quotes than single ones (fewer escapes).
    quote = "'" if text.count('"') > text.count("'") else '"'
    out = [quote]
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + quote)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append(quote)
    return "".join(out)


def inline(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, tuple):
        if len(value) == 1:
            return f"({inline(value[0])},)"
        return "(" + ", ".join(inline(v) for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{inline(k)}: {inline(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def fmt(value: Any, indent: int, prefix: str, suffix: str) -> list[str]:
    """`value` written after `prefix` at `indent`, followed by `suffix`, in ruff's layout."""
    pad = " " * indent
    one = f"{pad}{prefix}{inline(value)}{suffix}"
    if len(one) <= WIDTH or not isinstance(value, (tuple, list, dict)) or len(value) == 0:
        return [one]
    brackets: str = {tuple: "()", list: "[]", dict: "{}"}[type(value)]
    opening, closing = brackets[0], brackets[1]
    lines = [f"{pad}{prefix}{opening}"]
    if isinstance(value, dict):
        for key, item in value.items():
            lines += fmt(item, indent + 4, f"{inline(key)}: ", ",")
    else:
        for item in value:
            lines += fmt(item, indent + 4, "", ",")
    lines.append(f"{pad}{closing}{suffix}")
    return lines


def assign(name: str, value: Any, annotation: str = "") -> list[str]:
    target = f"{name}: {annotation} = " if annotation else f"{name} = "
    return fmt(value, 0, target, "")


def module(doc: str, body: list[str]) -> str:
    return f'"""{HEADER}\n\n{doc}\n"""\n\n' + "\n".join(body).rstrip("\n") + "\n"


# --- reading the catalogue ------------------------------------------------------------------------


def class_name(code: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in code.split("_") if part)


def constant_name(code: str) -> str:
    name = code.upper()
    return name + "_" if keyword.iskeyword(name) else name


def field_type(schema: Any) -> str:
    """The Python type of a field's JSON Schema, as the stub writes it."""
    if not isinstance(schema, dict):
        return "object"
    values = schema.get("enum") if "enum" in schema else ([schema["const"]] if "const" in schema else None)
    if values is not None and all(isinstance(v, str) for v in values):
        return "Literal[" + ", ".join(py_str(v) for v in values) + "]"
    kind = schema.get("type")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "string":
        return "str"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        items = schema.get("items", {})
        if (
            isinstance(items, dict)
            and items.get("type") == "object"
            and set(items.get("required", []))
            >= {
                "field",
                "message",
            }
        ):
            return "list[Detail]"
        return f"list[{field_type(items)}]"
    if kind == "object":
        return "dict[str, object]"
    return "object"


def entry_of(error: dict[str, Any]) -> tuple[Any, ...]:
    fields = error.get("fields", {})
    required = set(error.get("required", []))
    deprecated = error.get("deprecated")
    return (
        error["type"],
        error["status"],
        error["retry"],
        error.get("retry_after"),
        error.get("retry_after_from"),
        error["title"],
        error["message"],
        tuple(error.get("message_variants", ())),
        error["doc_url"],
        tuple(error.get("apis", ("standard",))),
        tuple(error.get("without_code", ())),
        tuple((name, field_type(schema), name in required) for name, schema in fields.items()),
        tuple(tuple(rules.items()) for rules in error.get("checks", ())),
        None if deprecated is None else (deprecated["reason"], deprecated.get("replacement")),
        class_name(error["code"]),
        error.get("description", ""),
    )


def dialect_of(name: str, data: dict[str, Any]) -> dict[str, Any]:
    constant = data.get("constant")
    return {
        "title": data.get("title", name),
        "code": data["code"],
        "fields": data["fields"],
        "status": data.get("status"),
        "constant": None if constant is None else (constant["member"], constant["value"]),
        "request_id": data.get("request_id"),
        "doc_url": bool(data.get("doc_url", False)),
        "code_optional": bool(data.get("code_optional", False)),
        "retry_after_member": bool(data.get("retry_after_member", False)),
        "members": tuple(data["members"]),
        "roles": dict(data.get("roles", {})),
    }


# --- the modules ------------------------------------------------------------------------------------


def catalog_module(catalog: dict[str, Any]) -> str:
    types = {name: (t["status"], t["retry"], t["title"]) for name, t in catalog["types"].items()}
    dialects = catalog.get("dialects") or {}
    generic = {
        name: {int(status): dict(by_message) for status, by_message in (d.get("generic_codes") or {}).items()}
        for name, d in dialects.items()
    }
    reading = catalog["reading"]
    guidance = catalog["retry_guidance"]
    body: list[str] = ["from errata._types import DialectData", ""]
    body += assign("VERSION", catalog["version"], "str")
    body += assign("TYPES", types, "dict[str, tuple[int, str, str]]")
    body += assign("DIALECTS", {n: dialect_of(n, d) for n, d in dialects.items()}, "dict[str, DialectData]")
    body += assign("GENERIC_CODES", generic, "dict[str, dict[int, dict[str, str]]]")
    body += assign("MAX_BYTES", int(reading["max_bytes"]), "int")
    body += assign("MAX_DEPTH", int(reading["max_depth"]), "int")
    body += assign("CODE_PATTERN", reading["code_pattern"], "str")
    body += assign("REQUEST_ID_PATTERN", reading["request_id_pattern"], "str")
    body += assign("MAX_ATTEMPTS", int(guidance["max_attempts"]), "int")
    body += assign("BASE_DELAY_MS", int(guidance["base_delay_ms"]), "int")
    body += assign("MAX_DELAY_MS", int(guidance["max_delay_ms"]), "int")
    body += assign("IDEMPOTENT_METHODS", tuple(guidance["idempotent_methods"]), "tuple[str, ...]")
    body += assign("KEYED_METHODS", tuple(guidance["keyed_methods"]), "tuple[str, ...]")
    body += assign("PROBLEM_INSTANCE_PREFIX", catalog["problem_instance_prefix"], "str")
    framework = catalog["framework_codes"]
    body += assign("FRAMEWORK_GENERAL", tuple(framework["general"]), "tuple[str, ...]")
    body += assign("FRAMEWORK_LEGACY", tuple(framework["legacy"]), "tuple[str, ...]")
    return module("The catalogue's data, as constants: read through `errata.catalog`.", body)


def codes_data_module(catalog: dict[str, Any]) -> str:
    # Each code's entry as JSON text, decoded on first use: loading a module of text costs the same
    # at any number of codes, where a module of nested tuples costs more with each. The module is
    # loaded on first use too, so that importing the package does not grow with the catalogue.
    codes = {e["code"]: json.dumps(entry_of(e), ensure_ascii=False, separators=(",", ":")) for e in catalog["errors"]}
    body: list[str] = [
        "# code: JSON of [type, status, retry, retry_after, retry_after_from, title, message,",
        "#        message_variants, doc_url, apis, without_code, fields [name, type, required], checks,",
        "#        deprecated, class, description], read by errata._entries",
    ]
    body += assign("CODES", codes, "dict[str, str]")
    body += assign("CLASSES", {class_name(code): code for code in codes}, "dict[str, str]")
    return module("Each code's entry and class name: loaded by `errata._entries` on first use.", body)


def codes_module(catalog: dict[str, Any]) -> str:
    codes = [e["code"] for e in catalog["errors"]]
    body = ["from enum import StrEnum", "from typing import Literal", "", ""]
    body.append("class ErrorCode(StrEnum):")
    body.append('    """Every catalogued code."""')
    body.append("")
    for code in codes:
        body.append(f"    {constant_name(code)} = {py_str(code)}")
    body += ["", "", "class ErrorType(StrEnum):", '    """Every type (category) of error."""', ""]
    for name in catalog["types"]:
        body.append(f"    {constant_name(name)} = {py_str(name)}")
    body += ["", ""]
    body += _literal("Code", codes)
    body += _literal("TypeName", list(catalog["types"]))
    body += _literal("Dialect", list((catalog.get("dialects") or {"standard": {}}).keys()))
    return module("Every code and every type as string enums, and as `Literal` types.", body)


def _literal(name: str, values: list[str]) -> list[str]:
    one = f"{name} = Literal[" + ", ".join(py_str(v) for v in values) + "]"
    if len(one) <= WIDTH:
        return [one]
    return [f"{name} = Literal["] + [f"    {py_str(v)}," for v in values] + ["]"]


def stub_module(catalog: dict[str, Any]) -> str:
    body = [
        "from collections.abc import Sequence",
        "from typing import Literal, Required, TypedDict, Unpack",
        "",
        "from errata._errors import Detail, KnownError",
        "",
        "__all__ = [",
    ]
    names = [class_name(e["code"]) for e in catalog["errors"]]
    for name in sorted([*names, *(n + "Fields" for n in names)]):
        body.append(f"    {py_str(name)},")
    body += ["]"]
    for error in catalog["errors"]:
        code = error["code"]
        name = class_name(code)
        fields: dict[str, Any] = error.get("fields", {})
        required = set(error.get("required", []))
        members: dict[str, tuple[str, bool]] = {"param": ("str", False), "details": ("Sequence[Detail]", False)}
        for field, schema in fields.items():
            kind = field_type(schema)
            if kind == "list[Detail]":
                kind = "Sequence[Detail]"
            members[field] = (kind, field in required)
        plain = all(f.isidentifier() and not keyword.iskeyword(f) for f in members)
        body += [""]
        if plain:
            body.append(f"class {name}Fields(TypedDict, total=False):")
            body.append(f'    """The fields `{code}` is raised with."""')
            body.append("")
            for field, (kind, needed) in members.items():
                body.append(f"    {field}: {f'Required[{kind}]' if needed else kind}")
        else:
            items = ", ".join(f"{py_str(f)}: {f'Required[{k}]' if needed else k}" for f, (k, needed) in members.items())
            body.append(f"{name}Fields = TypedDict({py_str(name + 'Fields')}, {{{items}}}, total=False)")
        body += [""]
        body.append(f"class {name}(KnownError):")
        body.append(
            f'    """{_doc(error["title"])}: {error["status"]}, `{error["type"]}`, retry `{error["retry"]}`."""'
        )
        body.append("")
        body.append("    @property")
        body.append(f"    def code(self) -> Literal[{py_str(code)}]: ...")
        body.append("    @property")
        body.append(f"    def type(self) -> Literal[{py_str(error['type'])}]: ...")
        for field, schema in fields.items():
            if field in RESERVED or field in COMMON or not field.isidentifier() or keyword.iskeyword(field):
                continue
            kind = field_type(schema)
            if field == "retry_after":
                continue
            body.append(f"    {field}: {kind if field in required else kind + ' | None'}")
        # The members every code may carry, read as None when absent.
        for field, kind in (("param", "str"), ("details", "Sequence[Detail]")):
            body.append(f"    {field}: {kind if field in required else kind + ' | None'}")
        signature = (
            "    def __init__(self, *, message: str | None = None, cause: BaseException | None = None, "
            f"**fields: Unpack[{name}Fields]) -> None: ..."
        )
        if len(signature) <= WIDTH:
            body.append(signature)
        else:
            body += [
                "    def __init__(",
                "        self,",
                "        *,",
                "        message: str | None = None,",
                "        cause: BaseException | None = None,",
                f"        **fields: Unpack[{name}Fields],",
                "    ) -> None: ...",
            ]
    text = f'"""{HEADER}\n\nEach code\'s error class, typed: its fields and their types, for mypy and pyright.\n"""\n\n'
    return text + "\n".join(body) + "\n"


def _doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def version_module(catalog: dict[str, Any]) -> str:
    return module("The package's version: the catalogue's.", [f"__version__ = {py_str(catalog['version'])}"])


def schema_files(schemas: Path) -> list[tuple[Path, Path]]:
    """(source, path inside `src/errata/schemas`) of every schema the validator loads."""
    files: list[tuple[Path, Path]] = []
    for pattern in SCHEMA_GLOBS:
        for path in sorted(schemas.glob(pattern)):
            files.append((path, path.relative_to(schemas)))
    dialects = schemas / "dialects"
    if dialects.is_dir():
        for directory in sorted(p for p in dialects.iterdir() if p.is_dir()):
            for name in DIALECT_SCHEMAS:
                if (directory / name).is_file():
                    files.append((directory / name, (directory / name).relative_to(schemas)))
    return files


def outputs(catalog_path: Path) -> dict[str, str | bytes]:
    """Every generated file, by its path inside `src/errata`."""
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    for error in catalog["errors"]:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", error["code"]):
            raise SystemExit(f"{error['code']}: not a code name")
        for field in error.get("fields", {}):
            if field in ("message", "cause"):
                raise SystemExit(f"{error['code']}: a field may not be named {field}")
    out: dict[str, str | bytes] = {
        "_version.py": version_module(catalog),
        "_catalog.py": catalog_module(catalog),
        "_codes_data.py": codes_data_module(catalog),
        "codes.py": codes_module(catalog),
        "errors.pyi": stub_module(catalog),
    }
    for source, relative in schema_files(catalog_path.parent):
        out[str(Path("schemas") / relative)] = source.read_bytes()
    return out


# --- the reference's snippets -----------------------------------------------------------------------

# Members of an example's error object that the envelope writes itself: not fields.
ENVELOPE = ("type", "code", "message", "doc_url")


def py_value(value: Any) -> str:
    """A JSON value as a Python literal."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(k)}: {py_value(v)}" for k, v in value.items()) + "}"
    return repr(value)


def snippet(error: dict[str, Any]) -> str:
    """A code raised with its example's fields (less a default retry_after) and read back."""
    fields = [
        (name, value)
        for name, value in error["example"]["error"].items()
        if name not in ENVELOPE and not (name == "retry_after" and value == error.get("retry_after"))
    ]
    shown = next((name for name, _ in fields if name in error["required"]), fields[0][0] if fields else "message")
    name = class_name(error["code"])
    args = ", ".join(f"{field}={py_value(value)}" for field, value in fields)
    return "\n".join(
        [
            "from errata import parse",
            f"from errata.errors import {name}",
            "",
            "# Raise it in a service:",
            f"raise {name}({args})",
            "",
            "# Read it from a response (httpx):",
            "error = parse(response.status_code, response.headers, response.content)",
            f"if isinstance(error, {name}):",
            f"    print(error.{shown})",
        ]
    )


def snippets_file(catalog: dict[str, Any]) -> str:
    """`docs/snippets/python.json`: each code's snippet, shown in the reference beside TypeScript's."""
    data = {
        "language": "python",
        "title": "Python",
        "highlight": "python",
        "snippets": {error["code"]: snippet(error) for error in sorted(catalog["errors"], key=lambda e: e["code"])},
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write(out_dir: Path, files: dict[str, str | bytes]) -> None:
    schemas = out_dir / "schemas"
    if schemas.exists():
        shutil.rmtree(schemas)
    for relative, content in files.items():
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalog", type=Path, default=REPO / "schemas" / "catalog.json")
    parser.add_argument("--out", type=Path, default=PACKAGE / "src" / "errata")
    parser.add_argument(
        "--snippets",
        type=Path,
        default=REPO / "docs" / "snippets" / "python.json",
        help="where the reference's Python snippets go",
    )
    args = parser.parse_args(argv)
    write(args.out, outputs(args.catalog))
    catalog = json.loads(args.catalog.read_text(encoding="utf-8"))
    args.snippets.parent.mkdir(parents=True, exist_ok=True)
    args.snippets.write_text(snippets_file(catalog), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Validates JSON instances against the emitted schemas with Python's jsonschema.

Reads {"schemas_dir": DIR, "cases": [{"schema": "error.schema.json", "instance": ...}]} on stdin and
prints a JSON list of booleans, one verdict a case. Works with jsonschema 4.10 (Debian's) and later.
"""
import json
import pathlib
import sys
import warnings

import jsonschema

warnings.simplefilter("ignore", DeprecationWarning)

request = json.load(sys.stdin)
root = pathlib.Path(request["schemas_dir"])
schemas = {}
for path in root.rglob("*.schema.json"):
    if "released" in path.parts:
        continue
    schema = json.loads(path.read_text())
    schemas[path.relative_to(root).as_posix()] = schema

Validator = jsonschema.Draft202012Validator
for schema in schemas.values():
    Validator.check_schema(schema)

try:
    from referencing import Registry, Resource

    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    validators = {name: Validator(schema, registry=registry) for name, schema in schemas.items()}
except ImportError:
    store = {schema["$id"]: schema for schema in schemas.values()}
    validators = {
        name: Validator(schema, resolver=jsonschema.RefResolver.from_schema(schema, store=store))
        for name, schema in schemas.items()
    }

print(json.dumps([validators[case["schema"]].is_valid(case["instance"]) for case in request["cases"]]))

"""Validates JSON instances against the emitted schemas with Python's jsonschema.

Reads {"schemas_dir": DIR, "cases": [{"schema": "error.schema.json", "instance": ...}]} on stdin and
prints a JSON list of booleans, one verdict a case. With "explain": true, prints for each case what a
user of jsonschema is told instead: the best match's path and message, and how many errors there are
in all, nested ones included. Works with jsonschema 4.10 (Debian's) and later.
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



def count(errors):
    return sum(1 + count(error.context or []) for error in errors)


def explain(validator, instance):
    errors = list(validator.iter_errors(instance))
    best = jsonschema.exceptions.best_match(errors)
    return {
        "valid": not errors,
        "path": list(best.absolute_path) if best else [],
        "message": best.message if best else "",
        "errors": count(errors),
    }


if request.get("explain"):
    print(json.dumps([explain(validators[case["schema"]], case["instance"]) for case in request["cases"]]))
else:
    print(json.dumps([validators[case["schema"]].is_valid(case["instance"]) for case in request["cases"]]))

"""Validation of records against schemas/report.schema.json (JSON Schema 2020-12).

jsonschema-rs checks a record in about 15 µs (the pure-Python validator takes several
milliseconds, more than the rest of the extraction of a page); formats such as
`date` are asserted, not just annotated.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jsonschema_rs

from .errors import SchemaInvalid

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "report.schema.json"


@lru_cache(maxsize=1)
def _validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema_rs.validator_for(schema, validate_formats=True)


def errors(record: dict) -> list[str]:
    """Every validation error as 'json/path: message' (empty when the record is valid)."""
    if _validator().is_valid(record):
        return []
    out = []
    for e in _validator().iter_errors(record):
        path = "/".join(str(p) for p in e.instance_path) or "(root)"
        out.append(f"{path}: {e.message}")
    return sorted(out)


def validate(record: dict) -> None:
    """Raise `SchemaInvalid` with the first validator message when `record` is invalid."""
    found = errors(record)
    if found:
        raise SchemaInvalid(found[0] + (f" (and {len(found) - 1} more)" if len(found) > 1 else ""))

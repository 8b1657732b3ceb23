"""Validation of records against schemas/report.schema.json (JSON Schema 2020-12)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator

from .errors import SchemaInvalid

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "report.schema.json"


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(record: dict) -> list[str]:
    """Every validation error as 'json/path: message' (empty when the record is valid)."""
    out = []
    for e in sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in e.absolute_path) or "(root)"
        out.append(f"{path}: {e.message}")
    return out


def validate(record: dict) -> None:
    """Raise `SchemaInvalid` with the first validator message when `record` is invalid."""
    found = errors(record)
    if found:
        raise SchemaInvalid(found[0] + (f" (and {len(found) - 1} more)" if len(found) > 1 else ""))

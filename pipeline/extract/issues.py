"""Issues: what the pipeline noticed, as data (never exceptions)."""
from __future__ import annotations


def issue(code: str, message: str, severity: str = "warning", path: str | None = None, **extra) -> dict:
    """One entry of the record's `issues` list."""
    out = {"code": code, "severity": severity, "message": message, "path": path}
    out.update({k: v for k, v in extra.items() if v is not None})
    return out

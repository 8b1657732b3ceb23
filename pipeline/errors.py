"""One exception base class and a few typed subclasses.

Every failure that costs a file is a `PipelineError` whose `reason` is the typed
reason written to errors.jsonl. Problems that still let a record be produced are
`Issue` entries in the record, not exceptions.
"""
from __future__ import annotations


class PipelineError(Exception):
    """Base class: a file could not be turned into a record."""

    reason = "error"
    stage = "extract"


class UnsupportedFormat(PipelineError):
    """The bytes are not a format the pipeline reads (binary junk, images, old WPS)."""

    reason = "unsupported_format"
    stage = "detect"


class EmptyInput(PipelineError):
    """The file is empty or holds no text at all."""

    reason = "empty_input"
    stage = "read"


class ReadError(PipelineError):
    """A reader could not parse the file (truncated, corrupt, encrypted)."""

    reason = "corrupt_input"
    stage = "read"


class Encrypted(ReadError):
    """The document is password-protected."""

    reason = "encrypted"


class NoTextLayer(ReadError):
    """A PDF without a text layer (scanned pages); OCR is out of scope."""

    reason = "no_text_layer"


class InputBomb(ReadError):
    """A compressed container inflates beyond the configured limits (zip bomb)."""

    reason = "zip_bomb"


class TooLarge(ReadError):
    """The input is larger than the configured maximum size."""

    reason = "too_large"


class TooComplex(ReadError):
    """The input's structure exceeds a limit (nesting depth, table cells)."""

    reason = "too_complex"


class NotAReport(PipelineError):
    """The document was read but is not a government information-disclosure annual report."""

    reason = "not_a_report"
    stage = "extract"


class SchemaInvalid(PipelineError):
    """The record did not validate against schemas/report.schema.json."""

    reason = "schema_invalid"
    stage = "validate"


class ExternalToolFailed(PipelineError):
    """An external converter (LibreOffice) failed or timed out."""

    reason = "external_tool_failed"
    stage = "read"

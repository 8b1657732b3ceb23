"""One exception base class and a few typed subclasses.

Every failure that costs a file is a `PipelineError` whose `reason` is the typed
reason written to errors.jsonl. Problems that still let a record be produced are
`Issue` entries in the record, not exceptions.
"""
from __future__ import annotations

import re

#: a count in brackets ending a kind's name ('index page listing annual reports (6 titles)')
_COUNT_AFTER = re.compile(r" \(\d+ \w+\)$")


class PipelineError(Exception):
    """Base class: a file could not be turned into a record."""

    reason = "error"
    stage = "extract"


class UnsupportedFormat(PipelineError):
    """The bytes are not a format the pipeline reads (binary junk, images, old WPS)."""

    reason = "unsupported_format"
    stage = "detect"


class NotADocument(UnsupportedFormat):
    """The file is no document at all: an image, a font, a script, a style sheet (a site mirror's
    page requisites), told apart from documents in a format the pipeline does not read."""

    reason = "not_a_document"


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
    #: how the message opens when the document is known to be another kind ('…: 政府信息公开指南 (…)')
    OTHER_KIND = "not an annual report: "

    @classmethod
    def of_kind(cls, kind: str) -> "NotAReport":
        """The error for a document of another `kind` (its name, maybe with a count in brackets after it)."""
        return cls(cls.OTHER_KIND + kind)

    @classmethod
    def kind_in(cls, message: str) -> str:
        """The kind a not_a_report `message` names, without its count ('index page listing annual
        reports'); 'no sign of a report' for a document known to be no other kind."""
        if not message.startswith(cls.OTHER_KIND):
            return "no sign of a report"
        return _COUNT_AFTER.sub("", message[len(cls.OTHER_KIND):])


class SchemaInvalid(PipelineError):
    """The record did not validate against schemas/report.schema.json."""

    reason = "schema_invalid"
    stage = "validate"


class ExternalToolFailed(PipelineError):
    """An external converter (LibreOffice) failed or timed out."""

    reason = "external_tool_failed"
    stage = "read"

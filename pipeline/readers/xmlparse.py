"""The one hardened XML parser factory for the package.

Every XML parse in the pipeline goes through `make_parser()` / `parse_xml()`:
no entity resolution (XXE), no network, no DTD loading, and libxml2's default
limits kept (``huge_tree=False``: nesting ≤ 256, text nodes ≤ 10 MB, entity
amplification capped). Never call bare ``lxml.etree.iterparse`` or
``lxml.etree.fromstring`` without a parser from here.
"""
from __future__ import annotations

from lxml import etree

from ..errors import ReadError, TooComplex

__all__ = ["make_parser", "parse_xml"]


def make_parser(**extra) -> etree.XMLParser:
    """A new hardened `XMLParser`; `extra` may add harmless options (e.g. remove_blank_text)."""
    forbidden = {"resolve_entities", "no_network", "load_dtd", "huge_tree", "dtd_validation"}
    bad = forbidden & set(extra)
    if bad:
        raise ValueError(f"security options may not be overridden: {sorted(bad)}")
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        **extra,
    )


def parse_xml(data: bytes, what: str = "XML") -> etree._Element:
    """Parse `data` with the hardened parser and return the root element.

    Raises `TooComplex` when libxml2 refuses the nesting depth, and `ReadError`
    for any other syntax error, entity bomb or empty input. A DOCTYPE declaring
    entities is refused outright: OOXML never needs one.
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("parse_xml expects bytes")
    if not data.strip():
        raise ReadError(f"{what} is empty")
    head = bytes(data[:4096])
    if b"<!ENTITY" in head or (b"<!DOCTYPE" in head and b"[" in head.split(b"<!DOCTYPE", 1)[1][:2048]):
        raise ReadError(f"{what} declares a DTD with entities (refused)")
    try:
        root = etree.fromstring(bytes(data), make_parser())
    except etree.XMLSyntaxError as e:
        msg = str(e).splitlines()[0] if str(e) else e.__class__.__name__
        if "depth" in msg.lower():
            raise TooComplex(f"{what}: {msg}") from None
        raise ReadError(f"{what} is not well-formed: {msg}") from None
    except (ValueError, etree.LxmlError) as e:
        raise ReadError(f"{what} could not be parsed: {e}") from None
    if root is None:
        raise ReadError(f"{what} has no root element")
    return root

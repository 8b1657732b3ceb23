"""Plain-text reader for scraped page texts and crawler dumps.

Each non-blank line becomes a paragraph. Lines of the form ``key: value`` that a
crawler or a page header prints (标题, 发布时间, 发布机构, 文号, 原文链接, 本文地址…) are
kept as page metadata, and a crawler's header block (ending in a ``===== 正文 =====``
rule) is not body text. Tables flattened to one cell per line or to pipe-separated
rows stay as lines; the table extractor reads them.
"""
from __future__ import annotations

import re

from ..errors import EmptyInput
from ..model import Document, Paragraph
from ..pagemeta import fold_labels
from .decode import decode

_HEADER_KEYS = {
    "标题": "page_title", "发布时间": "published", "发布日期": "published", "文号": "doc_number",
    "发布机构": "publisher", "栏目": "column", "原文链接": "url", "本文地址": "url", "网址": "url",
    "索引号": "index_no", "来源": "source_label", "成文日期": "written", "本地目录": None,
}
_KV = re.compile(r"^\s*(标题|发布时间|发布日期|文号|发布机构|栏目|原文链接|本文地址|索\s*引\s*号|来源|成文日期|本地目录)\s*[:：]\s*(.*)$")
_RULE = re.compile(r"^\s*={5,}.*={5,}\s*$")
_CRAWLER_NOTE = re.compile(r"^页面链接与图片详见")


def read(data: bytes) -> Document:
    """Read a plain-text page into a Document (format "txt")."""
    text, encoding, method = decode(data)
    text = text.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    meta: dict[str, str] = {"encoding_method": method}
    body_start = _crawler_header_end(lines)
    head, body = lines[:body_start], lines[body_start:]
    for line in head:
        _take_meta(line, meta)
    blocks = []
    for line in body:
        clean = line.replace("\xa0", " ").replace("\ufeff", "").strip(" \t\u3000")
        if clean:
            blocks.append(Paragraph(clean))
    if not blocks:
        raise EmptyInput("text has no content")
    return Document(blocks=blocks, format="txt", meta=meta, encoding=encoding)


def _crawler_header_end(lines: list[str]) -> int:
    """Index of the first body line after a crawler header that ends in a ===== rule, else 0."""
    for i, line in enumerate(lines[:20]):
        if _RULE.match(line):
            return i + 1
    return 0


def _take_meta(line: str, meta: dict[str, str]) -> None:
    m = _KV.match(fold_labels(line))  # a mirror's Traditional 標題/發佈時間 too
    if not m:
        return
    key = _HEADER_KEYS.get(re.sub(r"\s", "", m.group(1)))
    value = line[m.start(2):].strip()
    if key and value and key not in meta:
        meta[key] = value

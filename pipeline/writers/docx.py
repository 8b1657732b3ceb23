"""Render a record as a standardized GB/T 9704 DOCX.

`render(record) -> bytes` is the whole interface. The package parts of
`pipeline/data/template.docx` (styles, settings, fonts, the two page-number footers,
the section properties) are read once per process; for each record only
`word/document.xml` (and the title in `docProps/core.xml`) is built, by string
building with XML escaping, and the parts are zipped. Every text passes through
`sanitize` first, so any Python string is safe.

Order of the body: title, 发文字号, preamble, sections (heading 一、… then the
section's blocks: 二级标题, paragraphs, tables), closing lines, 署名 and 成文日期.
The three statistics tables (表二/表三/表四) are rebuilt in the official layout of the
record's `format` (2021 or 2019), with merged cells as real gridSpan/vMerge.
"""
from __future__ import annotations

import re
import struct
import zipfile
import zlib
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..numbers import date_pattern, dates_in, fold
from .sanitize import LINE_BREAK, sanitize

__all__ = ["render"]

TEMPLATE_PATH = Path(__file__).resolve().parent.parent / "data" / "template.docx"
TEXT_WIDTH = 8844  # twips: 210 mm − 28 mm − 26 mm = 156 mm

# Style *names* the writer uses; their ids are looked up in the template.
_STYLE_NAMES = {
    "title": "Title", "docnum": "Doc Number", "body": "Normal", "h1": "heading 1",
    "h2": "heading 2", "h3": "heading 3", "signature": "Signature", "date": "Date",
    "cell": "Table Text", "label": "Table Label", "grid": "Table Grid",
}

# ---------------------------------------------------------------------------
# Template (loaded once per process)


class _Template:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as zf:
            self.parts = {n: zf.read(n) for n in zf.namelist()}
        doc = self.parts.pop("word/document.xml").decode("utf-8")
        self.parts.pop("docProps/core.xml", None)
        body = doc.index("<w:body>") + len("<w:body>")
        self.head = doc[:body]
        sect = re.search(r"<w:sectPr\b.*?</w:sectPr>", doc, re.S)
        if sect is None:
            raise RuntimeError(f"{path}: no w:sectPr in word/document.xml")
        self.tail = sect.group(0) + "</w:body></w:document>"
        styles = self.parts["word/styles.xml"].decode("utf-8")
        ids = {m.group(2): m.group(1) for m in re.finditer(
            r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="([^"]+)"', styles)}
        missing = [n for n in _STYLE_NAMES.values() if n not in ids]
        if missing:
            raise RuntimeError(f"{path}: template lacks styles {missing}")
        self.style = {key: ids[name] for key, name in _STYLE_NAMES.items()}
        # the parts every document shares, compressed once
        self.entries = {name: _zip_entry(name, data) for name, data in self.parts.items()}


_TEMPLATE: _Template | None = None


def _template() -> _Template:
    global _TEMPLATE
    if _TEMPLATE is None:
        _TEMPLATE = _Template(TEMPLATE_PATH)
    return _TEMPLATE


# ---------------------------------------------------------------------------
# XML pieces


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs(text: str) -> str:
    """Runs for one paragraph's sanitized text (no \\n inside): tabs and line breaks as elements."""
    if "\t" not in text and LINE_BREAK not in text:
        return f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r>' if text else ""
    out = ["<w:r>"]
    for i, line in enumerate(text.split(LINE_BREAK)):
        if i:
            out.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if piece:
                out.append(f'<w:t xml:space="preserve">{_esc(piece)}</w:t>')
    out.append("</w:r>")
    return "".join(out)


def _p(style_id: str, text: str) -> str:
    """One paragraph; `text` must already be sanitized and free of \\n."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{_runs(text)}</w:p>'


def _paras(style_id: str, text, out: list[str]) -> None:
    """Append one paragraph per non-empty line of `text` (a paragraph break is \\n)."""
    for line in sanitize(text).split("\n"):
        if line.strip():
            out.append(_p(style_id, line.strip()))


def _fmt(value) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return sanitize(str(value)).replace("\n", " ")


# A cell: (text, gridSpan, vMerge None|"restart"|"continue", kind "h"|"l"|"n")
def _tbl(widths: list[int], rows: list[list[tuple]], header_rows: int = 0) -> str:
    st = _template().style
    total = sum(widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{st["grid"]}"/><w:tblW w:w="{total}" w:type="dxa"/>'
           '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>']
    out.extend(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out.append("</w:tblGrid>")
    for r, row in enumerate(rows):
        out.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if r < header_rows else "")
                   + "</w:trPr>")
        col = 0
        for text, span, vmerge, kind in row:
            out.append(_tc(text, sum(widths[col:col + span]), span, vmerge, st["label"] if kind == "l" else st["cell"]))
            col += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


@lru_cache(maxsize=4096)
def _tc(text: str, width: int, span: int, vmerge: str | None, style: str) -> str:
    """One table cell (the same few hundred recur in every report: labels, 0, empty)."""
    pr = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
    if span > 1:
        pr.append(f'<w:gridSpan w:val="{span}"/>')
    if vmerge == "restart":
        pr.append('<w:vMerge w:val="restart"/>')
    elif vmerge == "continue":
        pr.append("<w:vMerge/>")
    pr.append('<w:vAlign w:val="center"/>')
    body = "" if vmerge == "continue" else _runs(text.replace("\n", LINE_BREAK))
    return (f'<w:tc><w:tcPr>{"".join(pr)}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{body}</w:p></w:tc>')


def _split(total: int, n: int) -> list[int]:
    base = total // n
    return [base] * (n - 1) + [total - base * (n - 1)]


# ---------------------------------------------------------------------------
# Official statistics tables

_ACTIVE = {
    "2021": [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         ["issued", "repealed", "in_force"], [("regulations", "规章"), ("normative_documents", "行政规范性文件")]),
        ("第二十条第（五）项", ["本年处理决定数量"], ["decisions"], [("licensing", "行政许可")]),
        ("第二十条第（六）项", ["本年处理决定数量"], ["decisions"],
         [("penalties", "行政处罚"), ("enforcement", "行政强制")]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"], ["amount"], [("fees", "行政事业性收费")]),
    ],
    "2019": [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         ["made", "published", "total_published"], [("regulations", "规章"), ("normative_documents", "规范性文件")]),
        ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         ["previous_items", "change", "decisions"],
         [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
        ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
         ["previous_items", "change", "decisions"], [("penalties", "行政处罚"), ("enforcement", "行政强制")]),
        ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["previous_items", "change"],
         [("fees", "行政事业性收费")]),
        ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["items", "amount"], [("procurement", "政府集中采购")]),
    ],
}

_APP_COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
             "legal_service_org", "other_org", "total"]
_APP_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
_APP_GROUPS = [
    ("（三）不予公开", [
        ("withheld_state_secret", "1.属于国家秘密"),
        ("withheld_prohibited_by_law", "2.其他法律行政法规禁止公开"),
        ("withheld_security_stability", "3.危及“三安全一稳定”"),
        ("withheld_third_party", "4.保护第三方合法权益"),
        ("withheld_internal_affairs", "5.属于三类内部事务信息"),
        ("withheld_process_info", "6.属于四类过程性信息"),
        ("withheld_enforcement_file", "7.属于行政执法案卷"),
        ("withheld_query_matter", "8.属于行政查询事项")]),
    ("（四）无法提供", [
        ("unavailable_not_held", "1.本机关不掌握相关政府信息"),
        ("unavailable_needs_creation", "2.没有现成信息需要另行制作"),
        ("unavailable_unclear", "3.补正后申请内容仍不明确")]),
    ("（五）不予处理", [
        ("not_processed_complaint", "1.信访举报投诉类申请"),
        ("not_processed_duplicate", "2.重复申请"),
        ("not_processed_publication", "3.要求提供公开出版物"),
        ("not_processed_excessive", "4.无正当理由大量反复申请"),
        ("not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息")]),
]
_APP_OTHER_2021 = ("（六）其他处理", [
    ("other_overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_other", "3.其他")])
_REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
_REVIEW_COLS = ["upheld", "corrected", "other", "pending", "total"]
_REVIEW_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


class _Values:
    """Cell values of one statistics table, with printed units appended."""

    def __init__(self, record: dict, name: str) -> None:
        tables = record.get("tables") or {}
        self.name = name
        self.data = tables.get(name) if isinstance(tables.get(name), dict) else {}
        units = tables.get("units")
        self.units = units if isinstance(units, dict) else {}

    def get(self, row: str, col: str, header: str = "") -> str:
        r = self.data.get(row)
        text = _fmt(r.get(col)) if isinstance(r, dict) else ""
        if not (text and self.units):  # units are rare: most tables print none
            return text
        unit = self.units.get(f"{self.name}.{row}.{col}")
        if isinstance(unit, str) and unit and unit not in header:
            text += sanitize(unit)
        return text


def _layout(record: dict) -> str:
    fmt = record.get("format")
    if fmt in ("2019", "2021"):
        return fmt
    tables = record.get("tables") or {}
    active = tables.get("active") or {}
    apps = tables.get("applications") or {}
    if "procurement" in active or "other_services" in active or (
            "other" in apps and not any(k.startswith("other_") for k in apps)):
        return "2019"
    return "2021"


def _active_table(record: dict) -> str:
    v = _Values(record, "active")
    widths = [2844, 2000, 2000, 2000]
    rows: list[list[tuple]] = []
    for caption, headers, cols, items in _ACTIVE[_layout(record)]:
        spans = {1: [3], 2: [1, 2], 3: [1, 1, 1]}[len(cols)]
        rows.append([(caption, 4, None, "h")])
        rows.append([("信息内容", 1, None, "h")] + [(h, s, None, "h") for h, s in zip(headers, spans)])
        for key, label in items:
            rows.append([(label, 1, None, "l")]
                        + [(v.get(key, c, h), s, None, "n") for c, h, s in zip(cols, headers, spans)])
    return _tbl(widths, rows)


def _applications_table(record: dict) -> str:
    v = _Values(record, "applications")
    widths = [640, 1200, 2900] + _split(TEXT_WIDTH - 4740, 7)

    def values(key: str) -> list[tuple]:
        return [(v.get(key, c), 1, None, "n") for c in _APP_COLS]

    rows: list[list[tuple]] = [
        [(_APP_NOTE, 3, "restart", "h"), ("申请人情况", 7, None, "h")],
        [("", 3, "continue", "h"), ("自然人", 1, "restart", "h"), ("法人或其他组织", 5, None, "h"),
         ("总计", 1, "restart", "h")],
        [("", 3, "continue", "h"), ("", 1, "continue", "h")]
        + [(h, 1, None, "h") for h in ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")]
        + [("", 1, "continue", "h")],
        [("一、本年新收政府信息公开申请数量", 3, None, "l")] + values("new_received"),
        [("二、上年结转政府信息公开申请数量", 3, None, "l")] + values("carried_over"),
    ]
    outcome: list[list[tuple]] = [
        [("（一）予以公开", 2, None, "l")] + values("disclosed"),
        [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, None, "l")] + values("partially_disclosed"),
    ]
    groups = list(_APP_GROUPS)
    data = v.data
    has_sub = any(k in data for k, _ in _APP_OTHER_2021[1])
    single_other = ("other" in data and not has_sub) if _layout(record) == "2021" else not has_sub
    if not single_other:
        groups.append(_APP_OTHER_2021)
    for label, items in groups:
        for i, (key, item) in enumerate(items):
            outcome.append([(label, 1, "continue" if i else "restart", "l"), (item, 1, None, "l")]
                           + values(key))
    if single_other:
        outcome.append([("（六）其他处理", 2, None, "l")] + values("other"))
    outcome.append([("（七）总计", 2, None, "l")] + values("total"))
    for i, row in enumerate(outcome):
        rows.append([("三、本年度办理结果", 1, "continue" if i else "restart", "l")] + row)
    rows.append([("四、结转下年度继续办理", 3, None, "l")] + values("carried_forward"))
    return _tbl(widths, rows, header_rows=3)


def _review_table(record: dict) -> str:
    v = _Values(record, "review_litigation")
    rows = [
        [("行政复议", 5, None, "h"), ("行政诉讼", 10, None, "h")],
        [(h, 1, "restart", "h") for h in _REVIEW_LABELS]
        + [("未经复议直接起诉", 5, None, "h"), ("复议后起诉", 5, None, "h")],
        [("", 1, "continue", "h")] * 5 + [(h, 1, None, "h") for h in _REVIEW_LABELS] * 2,
        [(v.get(g, c), 1, None, "n") for g in _REVIEW_GROUPS for c in _REVIEW_COLS],
    ]
    return _tbl(_split(TEXT_WIDTH, 15), rows, header_rows=3)


def _indicators_table(record: dict) -> str:
    inds = [i for i in record.get("indicators") or [] if isinstance(i, dict)]
    cols: list[str] = []
    for ind in inds:
        for key in (ind.get("values") or {}):
            if key not in cols:
                cols.append(key)
    n = len(cols)
    value_w = min(1400, (TEXT_WIDTH - 900 - 2600) // n) if n else 0
    widths = [TEXT_WIDTH - 900 - value_w * n, 900] + [value_w] * n
    rows = [[("指标名称", 1, None, "h"), ("单位", 1, None, "h")]
            + [(sanitize(str(c)).replace("\n", " "), 1, None, "h") for c in cols]]
    for ind in inds:
        values = ind.get("values") if isinstance(ind.get("values"), dict) else {}
        label = ind.get("label") or ind.get("name") or ""
        rows.append([(sanitize(str(label)).replace("\n", " "), 1, None, "l"),
                     (sanitize(str(ind.get("unit") or "")), 1, None, "n")]
                    + [(_fmt(values.get(c)), 1, None, "n") for c in cols])
    return _tbl(widths, rows, header_rows=1)


def _grid_table(grid) -> str:
    rows = [[sanitize(str(c)) if c is not None else "" for c in r] for r in grid if isinstance(r, (list, tuple))]
    ncols = max((len(r) for r in rows), default=0)
    if not ncols:
        return ""
    cells = [[(r[i] if i < len(r) else "", 1, None, "l") for i in range(ncols)] for r in rows]
    return _tbl(_split(TEXT_WIDTH, ncols), cells)


_STAT_TABLES = {"active": _active_table, "applications": _applications_table,
                "review_litigation": _review_table}


def _has_data(record: dict, name: str) -> bool:
    if name == "indicators":
        return bool(record.get("indicators"))
    table = (record.get("tables") or {}).get(name)
    return isinstance(table, dict) and bool(table)


def _table_xml(record: dict, name, rows) -> str:
    if name in _STAT_TABLES and _has_data(record, name):
        return _STAT_TABLES[name](record)
    if name == "indicators" and _has_data(record, name):
        return _indicators_table(record)
    return _grid_table(rows) if rows else ""


# ---------------------------------------------------------------------------
# Closing: 署名 and 成文日期

def _date_cn(iso) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    return f"{int(m.group(1))}年{int(m.group(2))}月{int(m.group(3))}日" if m else ""


def _closing(record: dict, out: list[str]) -> None:
    st = _template().style
    issuer = sanitize(record.get("issuer") or "").strip()
    signed = record.get("signed_date") if isinstance(record.get("signed_date"), str) else None
    squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    have_issuer = have_date = False
    start = len(out)
    for raw in record.get("closing") or []:
        for line in sanitize(raw).split("\n"):
            line = line.strip()
            if not line:
                continue
            flat = squash(line)
            is_date = bool(date_pattern().fullmatch(fold(flat)))
            sig = squash(issuer)
            if issuer and (flat == sig or (sig in flat and len(flat) - len(sig) <= 16 and dates_in(flat))):
                have_issuer = True  # the 署名 alone, or 署名 and 日期 on one line
                have_date = have_date or (signed in dates_in(flat))
                out.append(_p(st["signature"], line))
            elif is_date:
                # 成文日期 in Arabic numerals (GB/T 9704 §7.3.5.4), whatever the source printed
                same = signed in dates_in(flat)
                have_date = have_date or same
                out.append(_p(st["date"], _date_cn(signed) if same else line))
            else:
                have_date = have_date or (signed is not None and signed in dates_in(flat))
                out.append(_p(st["body"], line))
    # 署名 goes with a 成文日期 (just above it); a report that printed no date gets no invented signature
    if issuer and not have_issuer and (signed or have_date):
        date_style = f'<w:pStyle w:val="{st["date"]}"/>'
        date_at = next((j for j in range(start, len(out)) if date_style in out[j]), None)
        out.insert(date_at if date_at is not None else len(out), _p(st["signature"], issuer))
    date = _date_cn(signed)
    if date and not have_date:
        out.append(_p(st["date"], date))


# ---------------------------------------------------------------------------
# Body

_TABLE_HOMES = [  # unreferenced table → first section whose title matches
    ("active", lambda t: "主动公开" in t),
    ("applications", lambda t: "申请" in t and "复议" not in t and "诉讼" not in t),
    ("review_litigation", lambda t: "复议" in t or "诉讼" in t),
]


def _section_heading(section: dict) -> str:
    number = sanitize(str(section.get("number") or "")).strip()
    title = sanitize(str(section.get("title") or "")).strip()
    if number and not title.startswith(number):
        return f"{number}、{title}"
    return title


def _body(record: dict) -> str:
    st = _template().style
    out: list[str] = []
    _paras(st["title"], record.get("title"), out)
    _paras(st["docnum"], record.get("doc_number"), out)
    for para in record.get("preamble") or []:
        _paras(st["body"], para, out)

    sections = [s for s in record.get("sections") or [] if isinstance(s, dict)]
    referenced = {b.get("table") for s in sections for b in s.get("blocks") or []
                  if isinstance(b, dict) and b.get("kind") == "table"}
    pending = [n for n in ("active", "applications", "review_litigation", "indicators")
               if n not in referenced and _has_data(record, n)]
    homes: dict[int, list[str]] = {}
    for name, match in _TABLE_HOMES:
        if name in pending:
            for i, s in enumerate(sections):
                if match(str(s.get("title") or "")):
                    homes.setdefault(i, []).append(name)
                    pending.remove(name)
                    break

    # a 附表 closing the report is an attachment: it follows the 署名 and 成文日期
    attachments: list[dict] = []
    for i, section in enumerate(sections):
        heading = _section_heading(section)
        if heading:
            out.append(_p(st["h1"], heading))
        blocks = [b for b in section.get("blocks") or [] if isinstance(b, dict)]
        if i == len(sections) - 1 and record.get("closing"):
            while blocks and blocks[-1].get("kind") == "table" and blocks[-1].get("table") == "indicators":
                attachments.insert(0, blocks.pop())
        if not blocks:
            _paras(st["body"], section.get("text"), out)
        for block in blocks:
            kind = block.get("kind")
            if kind == "table":
                xml = _table_xml(record, block.get("table"), block.get("rows"))
                if xml:
                    out.append(xml)
            elif kind == "heading":
                level = block.get("level") if isinstance(block.get("level"), int) else 2
                _paras(st["h1"] if level <= 1 else st["h2"] if level == 2 else st["h3"], block.get("text"), out)
            else:
                _paras(st["body"], block.get("text"), out)
        for name in homes.get(i, []):
            out.append(_table_xml(record, name, None))
    for name in pending:
        if name == "indicators" and record.get("closing"):
            attachments.append({"table": name})
        else:
            out.append(_table_xml(record, name, None))
    _closing(record, out)
    for block in attachments:
        out.append(_table_xml(record, block.get("table"), block.get("rows")))

    # Word needs a paragraph between two tables and after a final table.
    body: list[str] = []
    for j, piece in enumerate(out):
        body.append(piece)
        if piece.startswith("<w:tbl>") and (j + 1 == len(out) or out[j + 1].startswith("<w:tbl>")):
            body.append(_p(st["body"], ""))
    return "".join(body)


# ---------------------------------------------------------------------------
# Package

_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>'
         '<dc:creator>{creator}</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>')
_ORDER = ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml"]


class _ZipEntry(NamedTuple):
    """A member of the package, deflated: name (ASCII), CRC-32 and size of its content."""
    name: bytes
    crc: int
    size: int
    deflated: bytes


def _zip_entry(name: str, content: bytes) -> _ZipEntry:
    z = zlib.compressobj(1, zlib.DEFLATED, -15)  # raw deflate, as zipfile at compresslevel=1
    return _ZipEntry(name.encode("ascii"), zlib.crc32(content), len(content), z.compress(content) + z.flush())


_DOS_1980 = (0, 0x21)  # (time, date) of 1980-01-01 00:00: fixed, so a record gives the same bytes


def _zip(entries: dict[str, _ZipEntry]) -> bytes:
    """The ZIP archive of `entries` (a plain writer: the template's parts are deflated once
    for all documents, which zipfile cannot take; it reads what this writes)."""
    names = [n for n in _ORDER if n in entries] + sorted(n for n in entries if n not in _ORDER)
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name in names:
        e = entries[name]
        local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, *_DOS_1980, e.crc, len(e.deflated), e.size,
                            len(e.name), 0) + e.name
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0, 8, *_DOS_1980, e.crc,
                                   len(e.deflated), e.size, len(e.name), 0, 0, 0, 0, 0o600 << 16, offset) + e.name)
        out += (local, e.deflated)
        offset += len(local) + len(e.deflated)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(directory), offset, 0)
    return b"".join(out) + directory + end


def render(record: dict) -> bytes:
    """Return the record as a GB/T 9704 DOCX (bytes)."""
    tpl = _template()
    document = tpl.head + _body(record) + tpl.tail
    core = _CORE.format(title=_esc(sanitize(str(record.get("title") or "")).replace("\n", " ")),
                        creator=_esc(sanitize(str(record.get("issuer") or "")).replace("\n", " ")))
    entries = dict(tpl.entries)
    entries["word/document.xml"] = _zip_entry("word/document.xml", document.encode("utf-8"))
    entries["docProps/core.xml"] = _zip_entry("docProps/core.xml", core.encode("utf-8"))
    return _zip(entries)

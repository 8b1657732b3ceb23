"""bytes → record: read, clean, extract, validate. The unit of work of a batch."""
from __future__ import annotations

import hashlib
import re

from . import SCHEMA_VERSION, __version__
from .errors import NotAReport
from .extract import clean as cleaning
from .extract import contacts as contacts_mod
from .extract import disclosure, kind, meta, sections, tables
from .extract.issues import issue
from .model import Document, Heading, Paragraph, Table
from .numbers import fold_digits
from .pagemeta import label_alone, names_a_label
from .readers import read, source_format
from .validate import validate


def convert(data: bytes, rel_path: str) -> dict:
    """The validated record for the file `rel_path` whose bytes are `data`.

    Raises a `PipelineError` subclass when the file cannot become a record.
    """
    doc, kind = read(data, rel_path)
    record, meta = extract(doc)
    record["source"] = _source(doc, meta, kind, data, rel_path)
    _provenance_issues(record)
    validate(record)
    return record


def extract(doc: Document) -> tuple[dict, dict]:
    """(record fields but `source`, page metadata) of a read document."""
    # headings are found from their numbering text, whatever style the source gave them
    doc.blocks = [Paragraph(b.text) if isinstance(b, Heading) else b for b in doc.blocks]
    # what the reader noticed (tables it could not read, lines it joined or dropped…)
    reader_notes = [issue("reader_note", w, "info") for w in doc.warnings]
    read_blocks = doc.blocks  # (as read: the cleaning takes an index page's list for furniture)
    doc, issues = cleaning.clean(doc)
    issues = reader_notes + issues
    doc, found_tables, table_issues = tables.extract(doc)
    issues += table_issues
    items = list(doc.blocks)
    printed_lines = [b.text for b in items if isinstance(b, Paragraph)]
    lines = [fold_digits(line) for line in printed_lines]  # (as parsed: full-width digits ASCII, one character for one)
    title, t_index, t_len = meta.title_of(lines, doc.meta)
    if lines != printed_lines:
        title = meta.as_printed(title, printed_lines)  # ('２０２４年…报告' as printed)
    body_items = _after_title(items, title, t_index, t_len)
    out = sections.outline(body_items)
    other = kind.other_kind(title, lines[t_index:t_index + t_len] if t_index >= 0 else [], items, read_blocks,
                            doc.meta.get("page_title") or doc.meta.get("title"), [s.title for s in out.sections],
                            bool(found_tables.tables or found_tables.indicators))
    if other:
        raise NotAReport.of_kind(other)
    full_text = "\n".join(lines)
    year = meta.report_year(title, full_text)
    signer, signed = sections.signature([fold_digits(line) for line in out.closing])
    if signer is None and t_index > 0 and (notice := sections.notice_signature(lines[:t_index]))[0]:
        signer, signed = notice[0], signed or notice[1]  # a notice publishing the report above its title signs it
    # (where the report opens: the title and the lines after it; with no title, the first lines, which a page's widgets
    # may fill: '纠错' / '1.错误类:*' / … / 'X区人民政府' / '2014年2月27日' / '引 言' / '本年度报告…由X区人民政府编制')
    opening = lines[:t_index + 5 + _labels_alone(lines[t_index + 1:t_index + 11])] if t_index >= 0 else lines[:10]
    issuer = meta.issuer_of(signer, title, opening, full_text, doc.meta.get("publisher"),
                            sections.byline(out.preamble), _body_openings(out), doc.meta.get("source_label"))
    top = lines[: max(t_index, 0) + 6]
    doc_no, doc_no_raw, doc_issues = meta.doc_number(doc.meta, top)
    issues += doc_issues
    preamble_text = "\n".join(b.text for b in out.preamble if isinstance(b, Paragraph))
    contact_text = "\n".join([preamble_text, _first_section_text(out)] + [line for line in out.closing if _CLOSING_CONTACT.match(line)])
    texts = [sections.section_text(s.blocks) for s in out.sections]  # each section's text, made once
    proactive = _proactive_text(out, texts)
    ad, ad_issues = disclosure.active_disclosure(_disclosure_text(out, texts, preamble_text, full_text), proactive,
                                                 _overview_text(out, texts), year)
    issues += ad_issues
    issues += _mojibake_issues(doc.meta.get("encoding_method"), full_text)
    record = {
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": __version__,
        "source": {},
        "title": title,
        "issuer": issuer,
        "report_year": year,
        "doc_number": doc_no,
        "doc_number_raw": doc_no_raw,
        "signed_date": meta.signed_date(signed or sections.byline_date(out.preamble), doc.meta),
        "published_date": meta.published_date(doc.meta, lines[t_index:t_index + t_len + 1] if t_index >= 0 else []),
        "format": tables.report_format(found_tables, year, full_text),
        "contacts": contacts_mod.contacts(contact_text),
        "sections": [_section_record(s, t) for s, t in zip(out.sections, texts)],
        "preamble": [b.text for b in out.preamble if isinstance(b, Paragraph)],
        "closing": out.closing,
        "active_disclosure": ad,
        "tables": found_tables.tables,
        "indicators": found_tables.indicators,
        "issues": issues,
    }
    if (not out.sections and title is None and not found_tables.tables and not found_tables.indicators
            and "信息公开" not in full_text and "主动公开" not in full_text):
        raise NotAReport("no report title, numbered sections, statistics tables or 信息公开/主动公开 text: not an annual report")
    return record, doc.meta


def _mojibake_issues(method: str | None, text: str) -> list[dict]:
    """A `mojibake_repaired` issue when the reader undid a wrong reading of the text (the
    decoding `method` says which); a warning when characters stay lost (U+FFFD in `text`)."""
    if not method or not method.startswith("repaired"):
        return []
    lost = text.count("\ufffd")
    said = f"; {lost} characters it had already replaced stay lost (shown as U+FFFD)" if lost else ""
    return [issue("mojibake_repaired", f"the text had been saved as mojibake and was read back ({method[10:]}){said}",
                  "warning" if lost else "info", "$.source.encoding_method")]


def _labels_alone(lines: list[str]) -> int:
    """How many of `lines` are a page's field labels printed without their values ('索引号' / '主题分类' / '发文日期' under a
    title), which leave the opening sentence further down."""
    return sum(label_alone(line) or names_a_label(line) and len(line.strip()) <= 6 for line in lines)


def _after_title(items: list, title: str | None, index: int, span: int) -> list:
    """Body items after the title lines; a title glued to the first paragraph is cut off it."""
    if index >= 0:
        paragraphs = [i for i, b in enumerate(items) if isinstance(b, Paragraph)]
        cut = paragraphs[index + span - 1] + 1
        rest = items[cut:]
        # a repeated title line (some pages print it twice)
        while rest and isinstance(rest[0], Paragraph) and title and rest[0].text.replace(" ", "") in (title, title.replace(" ", "")):
            rest = rest[1:]
        before = items[:paragraphs[index]]
        # lines above the title are page furniture, but for a notice publishing the report
        # ('X关于公布…年度报告的通知', a cover letter '关于报送…的函': its 文号, addressees, text and date), which is kept
        notice = next((i for i, b in enumerate(before) if isinstance(b, Paragraph) and _NOTICE.search(b.text)), None)
        if notice is not None:
            return [b for b in before[:notice] if isinstance(b, Table)] + before[notice:] + rest
        return [b for b in before if isinstance(b, Table)] + rest
    if title and items and isinstance(items[0], Paragraph):
        first = items[0].text
        compact = title.replace(" ", "")
        # the title opening a one-line body, maybe after page furniture (not inside a sentence:
        # '…等规定，现公布X年度报告。' keeps it)
        printed = re.compile(r"\s*" + r"\s*".join(map(re.escape, compact)) + r"\s*")
        m = printed.search(first, 0, 300 + len(title))
        if m and re.search(r"[。，,；;《“]", first[:m.start()]):
            m = None
        rest = (first[:m.start()] + " " + first[m.end():]).strip() if m else first
        if m and (again := printed.match(rest)):
            rest = rest[again.end():]  # the title printed twice ('X报告X报告 2018年，…')
        if rest != first:
            return ([Paragraph(rest)] if rest else []) + items[1:]
    return items


_NOTICE = re.compile(r"关于(?:印发|公布|发布|报送)")


def _body_openings(out) -> list[str]:
    """Where a report's body opens: the first paragraph of the first section (and, where it speaks as the department,
    '2025年,我局…', the paragraph under its first subheading: '(一)主动公开情况。' / 'X分局认真贯彻…'), and the
    paragraphs of the preamble that open with a year or with who led the work ('在市委…领导下'), or introduce the report
    ('X苏木严格按照…。现将2023年…工作情况报告如下:')."""
    first = []
    if out.sections:
        blocks = out.sections[0].blocks[:6]
        paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
        first = paragraphs[:1] or [""]
        if paragraphs and meta.speaks_as_a_department(paragraphs[0][:80]):
            # (a subheading is ('heading', 2, its text) in a section's blocks)
            under = next((i + 1 for i, b in enumerate(blocks) if isinstance(b, tuple) and b[2][1:2] == "一"), len(blocks))
            first += [b.text for b in blocks[under:under + 1] if isinstance(b, Paragraph)]
    opening = [b.text for b in out.preamble if isinstance(b, Paragraph)
               and (fold_digits(b.text[:2]) in ("19", "20") or b.text[:1] == "在" or b.text.endswith(("如下:", "如下：")))]
    return [fold_digits(text) for text in first + opening]  # (as parsed: full-width digits ASCII)


def _first_section_text(out) -> str:
    """Where the body states whom to contact: the first section's opening paragraphs, and any
    paragraph of the body saying whom to ask about the report ('如对本报告有疑问,请联系X,地址:…')."""
    if not out.sections:
        return ""
    blocks = [b for b in out.sections[0].blocks if isinstance(b, Paragraph)][:3]
    asked = [m.group(0) for s in out.sections for b in s.blocks
             if isinstance(b, Paragraph) and "对本报告" in b.text and b not in blocks
             for m in _ASK_ABOUT_THE_REPORT.finditer(b.text)]
    return "\n".join([b.text[:600] for b in blocks] + asked)


#: a line under the signature naming whom to contact ('（联系人：X，联系方式：0591-…）')
_CLOSING_CONTACT = re.compile(r"[（(]?\s*(?:联系人|联系电话|联系方式)")


#: the sentence saying whom to ask about the report, to its end
_ASK_ABOUT_THE_REPORT = re.compile(r"[^。]*对本报告[^。]{0,12}?(?:疑问|问题|意见|建议)[^。]*(?:。|$)")


def _disclosure_text(out, texts: list[str], preamble_text: str, full_text: str) -> str:
    """Where the year's disclosure counts are stated: the preamble, the first sections and any
    section on proactive disclosure (`texts`: the sections' texts)."""
    if not out.sections:
        return full_text
    chosen = [t for i, (s, t) in enumerate(zip(out.sections, texts)) if i < 3 or "主动公开" in s.title]
    return "\n".join([preamble_text] + chosen)


#: a subheading inside a section, typed as its own line or opening a paragraph ('（一）主动公开情况。…',
#: '1.政府信息主动公开情况。…')
_SUBHEADING = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}\s*[.．、](?!\d))")


def _proactive_text(out, texts: list[str]) -> str:
    """The text on proactive disclosure: the sections whose title names it (`texts`: the
    sections' texts), and the parts of other sections under a subheading that names it
    ('（一）主动公开政府信息情况', up to the next subheading)."""
    parts = []
    for s, text in zip(out.sections, texts):
        if "主动公开" in s.title:
            parts.append(text)
            continue
        inside = False
        for b in s.blocks:
            if isinstance(b, tuple) or isinstance(b, Paragraph) and _SUBHEADING.match(b.text):
                heading = b[2] if isinstance(b, tuple) else b.text[:30]
                inside = "主动公开" in heading
            if inside and isinstance(b, Paragraph):
                parts.append(b.text)
    return "\n".join(parts)


def _overview_text(out, texts: list[str]) -> str:
    """The first section's text when it gives an overview of the year's work ('一、总体情况'), where a
    report may say what it released under no subheading of its own ('1.2022年通过X网站共发布各类信息25条')."""
    return texts[0] if out.sections and _OVERVIEW.search(out.sections[0].title) else ""


#: the title of a first section giving an overview of the year's work ('总体情况', '概述')
_OVERVIEW = re.compile(r"总体情况|概述|概况|基本情况")


def _section_record(s, text: str) -> dict:
    blocks = []
    for b in s.blocks:
        if isinstance(b, Paragraph):
            blocks.append({"kind": "paragraph", "text": b.text})
        elif isinstance(b, tuple):
            blocks.append({"kind": "heading", "level": b[1], "text": b[2]})
        elif isinstance(b, Table):
            blocks.append(tables.block_ref(b))
    return {"number": s.number, "title": s.title, "text": text, "blocks": blocks}


def _source(doc: Document, meta: dict, kind: str, data: bytes, rel_path: str) -> dict:
    return {
        "path": rel_path,
        "format": source_format(kind),
        "detected_as": kind,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "encoding": doc.encoding,
        "encoding_method": meta.get("encoding_method"),
        "url": meta.get("url"),
        "site_name": meta.get("site_name"),
        "index_no": meta.get("index_no"),
        "publisher": meta.get("publisher"),
    }


#: issue code → the mark it shows of a mirror site's copy
_MIRROR_MARKS = {"spam_removed": "spam injected into the text", "pinyin_removed": "pinyin glossed into the text"}


def _provenance_issues(record: dict) -> None:
    """A non_government_source issue for a page whose stated address is no government domain, or,
    where it states none, whose text bears a mirror's marks: spam injected, or pinyin glossed
    into the characters (government sites carry neither)."""
    url = record["source"].get("url")
    if not url:
        mark = next((_MIRROR_MARKS[i["code"]] for i in record["issues"] if i["code"] in _MIRROR_MARKS), None)
        if mark:
            record["issues"].append(issue("non_government_source", f"{mark}: a mirror site's copy, not the government's page",
                                          "warning", "$.source"))
        return
    host = cleaning.url_host(url if "//" in url else "http://" + url)
    if host and not (host.endswith(".gov.cn") or host == "gov.cn"):
        record["issues"].append(issue("non_government_source", f"the page's stated address {host} is not a government domain", "warning", "$.source.url"))

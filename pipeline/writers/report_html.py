"""OUT/report.html: a self-contained, offline run report (inline CSS and SVG, no JS).

Counts by status, source format, report format, year and administrative level
(best effort from the issuer's name), the most frequent issue codes, failed
files with reasons, and three plots: reports per year, applications received
per year (表三 new_received/total) and the share of reports with sum_mismatch.
"""
from __future__ import annotations

import html
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .jsonio import atomic_write_text

_DEPT_MARKS = ("局", "厅", "委员会", "办公室", "委", "办", "中心", "院", "署", "部", "所", "站", "队", "馆", "会")


def level_of(issuer: str | None) -> str:
    """省 / 市 / 县 / 区 / 乡镇街道 / 部门 / 未知 — from the issuer's name (best effort)."""
    if not issuer:
        return "未知"
    s = issuer.strip()
    if s.endswith(("街道办事处", "街道")) or s.endswith(("乡人民政府", "镇人民政府")) or s.endswith(("乡", "镇")):
        return "乡镇街道"
    if s.endswith("人民政府"):
        head = s[: -len("人民政府")]
        if head.endswith(("省", "自治区")) or head in ("北京市", "天津市", "上海市", "重庆市"):
            return "省"
        if head.endswith(("县", "旗", "自治县")) or head.endswith("县级市"):
            return "县"
        if head.endswith(("区", "新区")):
            return "区"
        if head.endswith(("市", "州", "盟", "地区")):
            return "市"
        return "未知"
    if any(m in s for m in _DEPT_MARKS):
        return "部门"
    for suffix, lvl in (("省", "省"), ("自治区", "省"), ("市", "市"), ("州", "市"), ("县", "县"), ("区", "区")):
        if s.endswith(suffix):
            return lvl
    return "未知"


CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.5em;border-bottom:2px solid #b22;padding-bottom:.3em}
h2{font-size:1.15em;margin-top:1.8em;color:#444}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4} td.n{text-align:right;font-variant-numeric:tabular-nums}
.grid{display:flex;flex-wrap:wrap;gap:2em}
.muted{color:#777;font-size:.85em} svg{background:#fcfcfc;border:1px solid #eee}
code{font-size:.9em}
"""


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x))


def _table(head: list[str], rows: Iterable[Iterable[Any]], numeric: set[int] | None = None) -> str:
    numeric = numeric or set()
    out = ["<table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(
            f"<td class=n>{_e(v)}</td>" if i in numeric else f"<td>{_e(v)}</td>" for i, v in enumerate(row)) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _counts(title: str, counter: dict | Counter, key_name: str) -> str:
    items = list(counter.items())
    total = sum(v for _, v in items) or 1
    return f"<div><h2>{_e(title)}</h2>" + _table([key_name, "count", "%"], (
        (k, v, f"{100 * v / total:.1f}") for k, v in items), {1, 2}) + "</div>"


def bar_chart(data: list[tuple[Any, float]], title: str, *, percent: bool = False, width: int = 520,
              height: int = 220) -> str:
    """An inline SVG bar chart of (label, value)."""
    if not data:
        return f"<div><h2>{_e(title)}</h2><p class=muted>no data</p></div>"
    pad_l, pad_b, pad_t = 48, 34, 14
    w = width - pad_l - 8
    h = height - pad_b - pad_t
    vmax = max((v for _, v in data), default=0) or 1
    bw = w / len(data)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{_e(title)}" font-size="10" font-family="sans-serif">']
    for frac in (0, 0.5, 1):
        y = pad_t + h - frac * h
        lab = f"{frac * vmax:.0%}" if percent else f"{frac * vmax:,.0f}"
        parts.append(f'<line x1="{pad_l}" x2="{pad_l + w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{pad_l - 4}" y="{y + 3:.1f}" text-anchor="end" fill="#666">{lab}</text>')
    step = max(1, len(data) // 14)
    for i, (label, v) in enumerate(data):
        bh = (v / vmax) * h if vmax else 0
        x = pad_l + i * bw
        val = f"{v:.1%}" if percent else f"{v:,.0f}"
        parts.append(f'<rect x="{x + bw * 0.12:.1f}" y="{pad_t + h - bh:.1f}" width="{bw * 0.76:.1f}" '
                     f'height="{bh:.1f}" fill="#b03a2e"><title>{_e(label)}: {val}</title></rect>')
        if i % step == 0:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{pad_t + h + 14}" text-anchor="middle" fill="#333">{_e(label)}</text>')
    parts.append("</svg>")
    return f"<div><h2>{_e(title)}</h2>{''.join(parts)}</div>"


def _year_key(y: Any) -> tuple:
    return (y is None, y if isinstance(y, int) else 0)


def write_report(out: Path, store, summary: dict[str, Any], counts) -> Path:
    """Write OUT/report.html; `counts` is the batch's ManifestCounts (counters by status,
    format, year, level and reason, and the first failed files)."""
    n_files = sum(counts.by_status.values())
    n_ok = counts.by_status.get("ok", 0)
    n_failed = counts.by_status.get("failed", 0)
    # (a report's copies, same title, issuer and year, count once: `distinct_reports`)
    per_year = store.query("SELECT report_year, COUNT(*) FROM distinct_reports GROUP BY report_year")
    apps = store.query("SELECT report_year, SUM(new_received) FROM applications_by_issuer_year GROUP BY report_year")
    mism = dict(store.query(
        "SELECT r.report_year, COUNT(*) FROM distinct_reports r WHERE EXISTS "
        "(SELECT 1 FROM issues i WHERE i.report_id = r.id AND i.code = 'sum_mismatch') GROUP BY r.report_year"))
    codes = store.query("SELECT code, severity, COUNT(*), COUNT(DISTINCT report_id) FROM issues "
                        "GROUP BY code, severity ORDER BY COUNT(*) DESC, code LIMIT 25")
    n_reports = sum(n for _, n in per_year)
    n_mism = sum(mism.values())

    per_year.sort(key=lambda r: _year_key(r[0]))
    apps.sort(key=lambda r: _year_key(r[0]))
    body = [f"<h1>政府信息公开年度报告 · 处理报告</h1><p class=muted>written {_e(time.strftime('%Y-%m-%d %H:%M:%S'))} · "
            f"{n_files} input files · {n_ok} records · {n_failed} failed · {n_reports} distinct reports</p>"]
    run = summary.get("run")
    if run:
        body.append("<h2>This run</h2>" + _table(["metric", "value"], [(k, v) for k, v in run.items()], {1}))
    body.append('<div class=grid>')
    body.append(_counts("By status", counts.by_status, "status"))
    body.append(_counts("By source format", counts.by_source_format, "format"))
    body.append(_counts("By report format", counts.by_report_format, "format"))
    body.append(_counts("By level (from issuer name)", counts.by_level, "level"))
    body.append(_counts("By report year", dict(sorted(counts.by_year.items(), key=lambda kv: _year_key(kv[0]))), "year"))
    body.append("</div><div class=grid>")
    body.append(bar_chart([(y if y is not None else "?", n) for y, n in per_year], "Reports per year"))
    body.append(bar_chart([(y if y is not None else "?", v or 0) for y, v in apps],
                          "Applications received per year (表三 new_received, total)"))
    body.append(bar_chart([(y if y is not None else "?", mism.get(y, 0) / n) for y, n in per_year if n],
                          f"Share of reports with sum_mismatch (overall {n_mism}/{n_reports})", percent=True))
    body.append("</div>")
    body.append("<h2>Most frequent issue codes</h2>" + (
        _table(["code", "severity", "issues", "reports"], codes, {2, 3}) if codes else "<p class=muted>none</p>"))
    body.append(f"<h2>Failed files ({n_failed})</h2>")
    if n_failed:
        body.append(_counts("Failures by reason", counts.by_reason, "reason"))
        if counts.not_reports:
            body.append(_counts("Not reports, by what they are", dict(counts.not_reports.most_common()), "document"))
        shown = counts.failed_sample
        body.append(_table(["path", "stage", "reason", "error", "message"],
                           ((f["path"], f["stage"], f["reason"], f["error_type"], f["message"]) for f in shown)))
        if n_failed > len(shown):
            body.append(f"<p class=muted>… {n_failed - len(shown)} more in errors.jsonl</p>")
    else:
        body.append("<p class=muted>none</p>")
    doc = ("<!DOCTYPE html>\n<html lang=zh-CN><head><meta charset=utf-8><title>pipeline report</title>"
           f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    path = Path(out) / "report.html"
    atomic_write_text(path, doc)
    return path

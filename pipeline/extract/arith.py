"""The arithmetic the statistics tables obey; each break is a `sum_mismatch` issue."""
from __future__ import annotations

from .issues import issue

_APPLICANTS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]
_OUTCOMES = ["disclosed", "partially_disclosed", "withheld_state_secret", "withheld_prohibited_by_law",
             "withheld_security_stability", "withheld_third_party", "withheld_internal_affairs", "withheld_process_info",
             "withheld_enforcement_file", "withheld_query_matter", "unavailable_not_held", "unavailable_needs_creation",
             "unavailable_unclear", "not_processed_complaint", "not_processed_duplicate", "not_processed_publication",
             "not_processed_excessive", "not_processed_confirmation", "other_overdue_correction", "other_overdue_fee",
             "other_other", "other"]
_COLUMNS = _APPLICANTS + ["total"]


def check(tables: dict) -> list[dict]:
    """Every arithmetic break in 表三 and 表四 (printed values are never changed)."""
    out = []
    apps = tables.get("applications") or {}
    for row, cols in apps.items():
        parts = [cols.get(c) for c in _APPLICANTS]
        if cols.get("total") is not None and None not in parts:
            _expect(out, f"applications.{row}.total", cols["total"], sum(parts), "总计 column ≠ the six applicant columns")
    for col in _COLUMNS:
        get = lambda r: (apps.get(r) or {}).get(col)
        if None not in (get("new_received"), get("carried_over"), get("total"), get("carried_forward")):
            _expect(out, f"applications.total.{col}", get("total") + get("carried_forward"),
                    get("new_received") + get("carried_over"), "一 + 二 ≠ （七）总计 + 四")
        outcomes = [get(r) for r in _OUTCOMES if r in apps]
        if get("total") is not None and outcomes and None not in outcomes:
            _expect(out, f"applications.total.{col}", get("total"), sum(outcomes), "（七）总计 ≠ the sum of the outcome rows")
    for group, cols in (tables.get("review_litigation") or {}).items():
        parts = [cols.get(c) for c in ("upheld", "corrected", "other", "pending")]
        if cols.get("total") is not None and None not in parts:
            _expect(out, f"review_litigation.{group}.total", cols["total"], sum(parts), "总计 ≠ 维持 + 纠正 + 其他 + 尚未审结")
    return out


def check_indicators(rows: list[dict]) -> list[dict]:
    """A 附表 row whose cumulative column (历年累计/本年累计) is below the year's value."""
    out = []
    for i, row in enumerate(rows):
        values = row.get("values") or {}
        cumulative = [k for k in values if "累计" in k]
        period = [k for k in values if "累计" not in k]
        if len(cumulative) != 1 or len(period) != 1:
            continue
        total, year = values[cumulative[0]], values[period[0]]
        if total is not None and year is not None and total < year:
            out.append(issue("value_inconsistent", f"{row.get('name')}: {cumulative[0]} {total} is below {period[0]} {year}",
                             "warning", f"$.indicators[{i}].values", printed=total, expected=year))
    return out


def _expect(out: list, path: str, printed, expected, what: str) -> None:
    if abs(printed - expected) > 1e-6:
        out.append(issue("sum_mismatch", f"{what}: printed {printed}, expected {expected}", "warning",
                         f"$.tables.{path}", printed=printed, expected=expected))

"""Page metadata printed as `key: value` fields (索引号, 发布机构, 发布日期, 文号, 来源…)."""
from __future__ import annotations

import re

_KEYS = {
    "索引号": "index_no", "发布机构": "publisher", "发文机关": "publisher", "发布日期": "published",
    "发布时间": "published", "成文日期": "written", "文号": "doc_number", "发文字号": "doc_number",
    "来源": "source_label", "时间": "published", "本文地址": "url", "标题": "page_title",
}
_LABEL = r"(索\s*引\s*号|发布机构|发文机关|发布日期|发布时间|成文日期|文\s*号|发文字号|来\s*源|时\s*间|本文地址|标\s*题)"
_FIELD = re.compile(_LABEL + r"[ \t\u3000]*[:：|｜]?\s*")
_ANOTHER_LABEL = re.compile(r"^(?:" + _LABEL[1:-1] + r"|分\s*类|主题分类|有\s*效\s*性|字号)(?:\s*[:：]|$)")
_STOP = re.compile(r"\s{2,}|\n|\t|\u3000|[|｜【]|(?=(?:索\s*引\s*号|发布机构|发文机关|发布日期|发布时间|成文日期|文\s*号|发文字号|来\s*源|时\s*间|分\s*类|主题分类|有\s*效\s*性|浏览|点击|作者|本文地址|字号)\s*[:：|｜])")


def fields_from_text(text: str) -> dict[str, str]:
    """The metadata fields found in `text`; the first value of each key wins."""
    fields: dict[str, str] = {}
    for m in _FIELD.finditer(text):
        key = _KEYS[re.sub(r"\s", "", m.group(1))]
        rest = text[m.end():m.end() + 120]
        value = _STOP.split(rest, maxsplit=1)[0].strip()
        if _ANOTHER_LABEL.match(value):
            continue  # the field is printed empty; the text after it is the next label
        if key == "published" and not re.search(r"\d{4}", value):
            continue
        if value and key not in fields:
            fields[key] = value
    return fields

"""Page metadata printed as `key: value` fields (索引号, 发布机构, 发布日期, 文号, 来源…)."""
from __future__ import annotations

import re
from functools import lru_cache

from .numbers import fold_digits, parse_short_year_date
from .script import simplified_of

_KEYS = {
    "索引号": "index_no", "发布机构": "publisher", "发布单位": "publisher", "发文机关": "publisher", "制定机关": "publisher",
    "发布日期": "published", "发布时间": "published", "发表日期": "published", "公开日期": "published",
    "公布日期": "published", "信息提供日期": "published", "上载日期": "published",
    "成文日期": "written", "生成日期": "written", "发文时间": "issued", "发文日期": "issued",
    "文号": "doc_number", "发文字号": "doc_number", "文件文号": "doc_number", "档案文号": "doc_number",
    "来源": "source_label", "稿源": "source_label", "时间": "published", "更新时间": "updated", "更新日期": "updated", "日期": "published", "本文地址": "url", "标题": "title", "信息名称": "title", "名称": "title", "中文名": "title",
}
#: (a CMS glues 日期 to the author field's value: '作者:默认管理员日期:2013-01-16')
_LABEL = r"(索\s*引\s*号|发布机构|发布单位|发文机关|制定机关|发布日期|发布时间|发表日期|公开日期|公布日期|信息提供日期|上载日期|成文日期|生成日期|发文时间|发文日期|(?:文件|档案)文号|文\s*号|发文字号|来\s*源|稿\s*源|更新(?:时间|日期)|(?<!更新)(?<!修改)(?<!归档)(?<!创建)(?<!录入)(?<!采集)(?<!抓取)时\s*间|(?<![\u3400-\u9fff])日\s*期|(?<=管理员)日期|本文地址|标\s*题|信息名称|(?<![\u3400-\u9fff])名\s*称|(?<![\u3400-\u9fff])中文名)"
#: a label and what separates it from its value ('公开日期: | 2015-07-27' in a flattened table too,
#: '[ 发布日期 ] 2022-01-27' in brackets)
_FIELD = re.compile(_LABEL + r"[ \t\u3000]*[\]】]?[ \t\u3000]*[:：|｜]?\s*(?:[|｜]\s*)?")
_ANOTHER_LABEL = re.compile(r"^(?:" + _LABEL[1:-1] + r"|分\s*类|主题分类|体裁分类|主题词|有\s*效\s*性|效力状态|字号)(?:\s*[:：\]】]|$)")
#: the fields whose value is a date (a value without a year is not theirs; a CMS may print it in two digits)
_DATE_KEYS = frozenset(("published", "written", "generated", "updated", "issued"))
#: a time of day after a date
_TIME_OF_DAY = re.compile(r"\d\s+\d{1,2}:\d{2}")
#: a value that is only the next field's label ('公开形式:')
_LABEL_ONLY = re.compile(r"^[\u3400-\u9fff]{2,6}\s*[:：]$")
_STOP = re.compile(r"\s{2,}|\n|\t|\u3000|[|｜【]|(?=(?:" + _LABEL[1:-1] + r"|分\s*类|主题分类|有\s*效\s*性|浏览(?:量|次数)?|点击(?:数|率|量)?|作者|(?:责任)?编辑|信息来源"
                   r"|字号|字体|文字大小)\s*[:：|｜]| (?=放大 ))"
                   r"| (?=(?:索引号|发布机构|发文机关|发布日期|发布时间|成文日期|公开日期|文\s*号|发文字号|公文时效|有效性|效力状态|主题分类|主题词)(?: |$))")
#   ('发布机构 X 发布日期 2017-02-24', '发布机构 县政府办公室 公文时效 有效', '发文机关 X镇政府 主题词' ending its line)


#: any field's label a CMS prints before its value, with its separator ('索 引 号:', '公开方式:', '组配分类: |')
_ANY_FIELD = re.compile(r"(?:" + _LABEL[1:-1] + r"|公开(?:方式|形式|范围|时限)|(?:主题|体裁|组配|服务对象|信息)?分\s*类|主题词|有\s*效\s*性|效力状态"
                        r"|时效性|公文时效|浏览(?:量|次数)?|点击(?:数|率|量)?|备注/文号|信息来源)\s*[:：|｜][\s|｜•·-]*")
#: a field's date value, maybe with its time of day
_DATE_VALUE = re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?)?")
#: a field's other value: up to a blank or a pipe
_WORD_VALUE = re.compile(r"[^\s|｜]*")


def end_of_fields(text: str) -> int:
    """Where a run of page fields opening `text` ends ('索引号: X 公开方式: 主动公开 成文日期: 2019-03-29 四川省…报告 本年度…'
    → before '四川省'): after the value of the last field of the run (a date, or a word up to a blank), fields no further
    apart than a few characters; 0 where `text` does not open with a field."""
    end, text = 0, fold_digits(fold_labels(text))  # (Traditional labels too, full-width digits: one character for one)
    for m in _ANY_FIELD.finditer(text):
        if m.start() - end > 12 and (end or m.start() > 12):
            break
        value = _DATE_VALUE.match(text, m.end()) or _WORD_VALUE.match(text, m.end())
        end = value.end()
    return end


def fields_from_text(text: str) -> dict[str, str]:
    """The metadata fields found in `text`; the first value of each key wins. Labels are
    also read in Traditional script (發佈機構); values are kept as printed."""
    fields: dict[str, str] = {}
    by_publisher = False  # (is the publisher its 发布机构's?)
    folded = fold_digits(fold_labels(text))
    for m in _FIELD.finditer(folded):
        label = re.sub(r"\s", "", m.group(1))
        key = _KEYS[label]
        rest = folded[m.end():m.end() + 120]
        printed = _STOP.split(rest, maxsplit=1)[0]
        value = printed.strip()
        if _ANOTHER_LABEL.match(value.lstrip("[【 ")) or _LABEL_ONLY.match(value) or not value.strip("[【]】 "):
            continue  # the field is printed empty; the text after it is the next label
        if key in _DATE_KEYS and not (re.search(r"\d{4}", value) or parse_short_year_date(value)):
            continue
        if label == "生成日期" and not folded.endswith("公文", 0, m.start()):
            # a CMS's date, no 成文日期 ('公文生成日期:2018-01-02'): its timestamp ('生成日期 2018-01-30 17:05:00'), or a date
            # that may be the document's (see meta.signed_date)
            key = "updated" if _TIME_OF_DAY.search(value) else "generated"
        if key == "source_label" and value.startswith(("http://", "https://")):
            key = "url"  # a crawler's '来源: http://…' names the page's address, not a source
        if value and (key not in fields or label == "发布机构" and not by_publisher):
            # (the 发布机构 over a 发文机关 printed before it: 'X县政府办公室' over its full name)
            fields[key] = text[m.end():m.end() + len(printed)].strip()
            by_publisher = by_publisher or label == "发布机构"
    if "source_label" in fields and "published" not in fields and (
            dated := _SOURCE_THEN_DATE.search(folded) or _DATE_THEN_SOURCE.search(folded)):
        fields["published"] = text[dated.start(1):dated.end(1)]
    return fields


#: a cell holding a field's label alone, the field's value in the cell under it: the labels a
#: page's field table may print in its header row ('索引号 | 公开方式 | 发布机构')
_COLUMN_LABEL = re.compile(r"^(?:" + _LABEL[1:-1] + r"|公开(?:方式|形式|范围|时限)|(?:主题|体裁|组配|服务对象|信息)?分\s*类|信息类别"
                           r"|有\s*效\s*性|效力状态|主题词|关键词)\s*[:：]?$")


def fields_under_labels(labels: list[str], values: list[str]) -> str | None:
    """The fields of a page's field table that prints its labels in a row and their values in the
    row under it ('索引号 | 公开方式 | 发布机构' over '116…/2010-00023 | 主动公开 | X镇人民政府'), written
    'label：value' two spaces apart, for `fields_from_text`; None when `labels` is not a row of labels
    alone (one of them a field's), or `values` not a row of as many short cells."""
    labels = [fold_labels(c.strip()) for c in labels]
    values = [c.strip() for c in values]
    while values and not values[-1]:
        values.pop()
    while labels and not labels[-1]:
        labels.pop()
    if (len(labels) < 2 or len(values) != len(labels) or not all(map(_COLUMN_LABEL.match, labels))
            or not any(map(_FIELD.match, labels)) or any(map(_COLUMN_LABEL.match, filter(None, values)))
            or not any(values) or max(map(len, values)) > 60):
        return None
    return "  ".join(f"{''.join(label.split()).rstrip(':：')}：{value}" for label, value in zip(labels, values) if value)


#: the labels of a page's field table (信息公开目录's header) that a PDF of the page glues to
#: their values when the table is drawn without rules, and the key of each (None: not kept)
_GLUED_KEYS = {"索引号": "index_no", "主题分类": None, "分类": None, "发布机构": "publisher", "发文机关": "publisher",
               "发文日期": "issued", "成文日期": "written", "发布日期": "published", "文号": "doc_number",
               "名称": "title", "标题": "title"}
_GLUED_LABEL = re.compile("|".join(_GLUED_KEYS))
#: what sets a label off from its value (or ends the line)
_SEPARATORS = frozenset((":", "：", "|", "｜"))
_SET_OFF = _SEPARATORS | {"", " ", "\t", "\u3000"}
_GLUED_TITLE = re.compile(r"^(?:名称|标题)(?![:：\s]).{6,}(?:报告|年报)$")
_A_SENTENCE = re.compile("[，。；！？,;]")


def glued_fields(text: str) -> dict[str, str]:
    """The fields of a line of a page's field table as a PDF prints it drawn without rules:
    opening with a label glued to its value and holding another label ('索引号X/2020-00008分类
    政府信息公开年度报告发布机构X局发文日期2020-01-17', '文号发布日期2020-01-21'), or naming the
    page's title ('名称X局2019年政府信息公开工作年度报告'). Empty when the line is not one."""
    labels = list(_GLUED_LABEL.finditer(text))
    if (not labels or labels[0].start() or len(labels) < 2 and not _GLUED_TITLE.match(text)
            or text[labels[0].end():labels[0].end() + 1] in _SET_OFF
            or any(text[m.end():m.end() + 1] in _SEPARATORS for m in labels)):
        return {}  # (not a field line printing its labels set off: '索引号: X  发布机构: Y', '发布日期2025-01-16 发布机构:X')
    fields: dict[str, str] = {}
    for m, after in zip(labels, labels[1:] + [None]):
        value = text[m.end():after.start() if after else len(text)].strip()
        if _A_SENTENCE.search(value):
            return {}  # a sentence opening with a label's word ('名称变更后，…', '文号管理工作…。')
        key = _GLUED_KEYS[m.group()]
        if key and value and key not in fields and (key not in _DATE_KEYS or re.match(r"(?:19|20)\d{2}", value)):
            fields[key] = value
    return fields


#: a source followed by the page's date without a label ('来源:昆明市人民政府    2021-03-15 16:28:04', '稿源: X网 2022-01-19')
_SOURCE_THEN_DATE = re.compile(r"[来稿]\s*源\s*[:：]\s*[^\s:：|｜]{2,30}?(?:[ \t\u3000]+|(?<=[\u3400-\u9fff])(?=(?:19|20)\d{2}-))"  # (the blank lost: a PDF's)
                               r"((?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)(?!\d)")


#: the page's date without a label before its source ('交口县政府 www.jiaokou.gov.cn 2026-01-22 14:32 来源:X'), maybe in
#: brackets after the headline ('2012年…年度报告 ( 2017年11月14日 )      来源: 上海普陀')
_DATE_THEN_SOURCE = re.compile(r"(?<![\d-])[（(]?\s*((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))\s*[）)]?"
                               r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]+[来稿]\s*源\s*[:：]")


def label_alone(text: str) -> bool:
    """Is `text` a metadata label and nothing else ('• 发布日期'), its value on the next line?"""
    return _LABEL_ALONE.match(fold_labels(text)) is not None


def names_a_label(text: str) -> bool:
    """Does `text` open with the word of a metadata label ('浏览量', '主题词')? Then it is the next
    label of a metadata block printed a cell a line, not a value."""
    return fold_labels(text).strip("-•· \t").startswith(_LABEL_WORDS)


_LABEL_ALONE = re.compile(r"^[-•·\s]*" + _LABEL + r"\s*[:：]?\s*$")


def holds_a_field(text: str) -> bool:
    """Does `text` hold a metadata label set off as one ('索引号：…', '文号 | …', '索 引 号 X',
    '【公布日期】…'), not merely a label's word inside a sentence ('…印发的有正式文号的文件')?"""
    return _SET_OFF_FIELD.search(fold_labels(text)) is not None


_SET_OFF_FIELD = re.compile(_LABEL + r"(?:[ \t\u3000]*[:：|｜\]】]|[ \t\u3000]|(?<=[期间])(?=(?:19|20)\d{2}[-./年]))")  # ('发布日期2025-01-16')


#: the words of page-metadata labels, a crawler header's included (see readers.text)
_LABEL_WORDS = ("索引号", "发布机构", "发布单位", "发文机关", "制定机关", "发布日期", "发布时间", "发表日期", "公开日期", "公布日期", "信息提供日期", "上载日期", "成文日期", "生成日期", "文号", "发文字号", "来源", "稿源",
               "时间", "本文地址", "标题", "分类", "主题分类", "有效性", "浏览", "点击", "作者", "字号", "栏目",
               "原文链接", "网址", "本地目录", "主题词", "公开目录", "信息名称")


@lru_cache(maxsize=1)
def _traditional_label_chars() -> tuple[re.Pattern, dict[int, str]]:
    """(a pattern finding any of them, a str.translate table): the Traditional forms of the
    label words' characters (those t2s makes one of them), each to its Simplified character."""
    label_chars = set("".join(_LABEL_WORDS))
    table = {ord(t): s for t, s in simplified_of().items() if s in label_chars}
    return re.compile("[" + "".join(map(chr, sorted(table))) + "]"), table


def fold_labels(text: str) -> str:
    """`text` with the Traditional forms of label characters made Simplified, character for
    character: a mirror site's 發佈機構 reads as 发布机构, and a position in the result is
    the same position in `text` (where values are then taken from, as printed). So do the
    words of a label a Taiwan-style conversion swaps, each for one as long (釋出時間, 原文連結)."""
    pattern, table = _traditional_label_chars()
    if pattern.search(text):
        text = text.translate(table)
    for taiwan, mainland in _TAIWAN_LABEL_WORDS:
        if taiwan in text:
            text = text.replace(taiwan, mainland)
    return text


#: the words of labels OpenCC's s2twp swaps (发布→釋出, 链接→連結), each for one as long
_TAIWAN_LABEL_WORDS = (("釋出", "发布"), ("連結", "链接"))

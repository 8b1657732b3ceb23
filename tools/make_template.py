"""Build `pipeline/data/template.docx`, the GB/T 9704 style sheet the DOCX writer uses.

Run once (``.venv/bin/python tools/make_template.py``) and commit the result. The
template is written from scratch, not from python-docx's default template, so that it
carries no theme part, no theme-font attributes and no ja-JP ``themeFontLang``.

Layout (GB/T 9704-2012): A4, margins top 37 mm / bottom 35 mm / left 28 mm /
right 26 mm, a 156 × 225 mm text block holding 22 lines × 28 characters of 3号
(16 pt) 仿宋_GB2312; titles 2号 (22 pt) 方正小标宋简体; 一、 headings 黑体, （一）
headings 楷体_GB2312; page numbers ``— 1 —`` in 4号 宋体 on the outer side.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "template.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Page geometry in twips (1 mm = 1440 / 25.4 twips).
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1587, 1474
HEADER_DIST, FOOTER_DIST = 851, 1247          # 15 mm, 22 mm
LINE_PITCH = 579                              # 225 mm / 22 lines = 28.95 pt
CHAR = 320                                    # one 3号 character, twips
# 28 characters per 156 mm (442.2 pt) line: a pitch ≤ 15.79 pt for a 16 pt face, so −0.25 pt of
# character spacing (w:spacing is in twentieths of a point). A char grid
# (docGrid linesAndChars with a negative charSpace) would do the same in Word, but
# LibreOffice spreads CJK text to twice its width with any negative charSpace.
TIGHTEN = -5

LATIN = "Times New Roman"
FANGSONG, XBS, HEI, KAI, SONG = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"


def rfonts(east_asia: str, latin: str = LATIN) -> str:
    return (f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asia}" '
            f'w:cs="{latin}" w:hint="eastAsia"/>')


def rpr(east_asia: str, half_points: int, latin: str = LATIN, bold: bool = False, tight: bool = False) -> str:
    b = "<w:b/><w:bCs/>" if bold else ""
    sp = f'<w:spacing w:val="{TIGHTEN}"/>' if tight else ""
    return (f"<w:rPr>{rfonts(east_asia, latin)}{b}{sp}<w:kern w:val=\"2\"/>"
            f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>')


def exact(line: int = LINE_PITCH, before: int = 0, after: int = 0) -> str:
    return f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="exact"/>'


INDENT_2 = f'<w:ind w:firstLineChars="200" w:firstLine="{2 * CHAR}"/>'
NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'


def pstyle(style_id: str, name: str, ppr: str, rpr_xml: str, based_on: str | None = "Normal",
           next_id: str | None = None, extra: str = "", default: bool = False) -> str:
    d = ' w:default="1"' if default else ""
    b = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    n = f'<w:next w:val="{next_id}"/>' if next_id else ""
    return (f'<w:style w:type="paragraph"{d} w:styleId="{style_id}"><w:name w:val="{name}"/>'
            f"{b}{n}{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr>{rpr_xml}</w:style>")


def styles_xml() -> str:
    body_ppr = f'<w:widowControl w:val="0"/>{exact()}{INDENT_2}<w:jc w:val="both"/>'
    styles = [
        # Normal = the body text: 3号仿宋, justified, 2-character first-line indent, 28.95 pt lines.
        pstyle("Normal", "Normal", body_ppr, rpr(FANGSONG, 32, tight=True), based_on=None, default=True),
        pstyle("Title", "Title",
               '<w:keepNext/>' + exact(700, 0, LINE_PITCH) + NO_INDENT
               + '<w:jc w:val="center"/><w:outlineLvl w:val="9"/>',
               rpr(XBS, 44), next_id="DocNumber"),
        pstyle("DocNumber", "Doc Number", exact(after=LINE_PITCH) + NO_INDENT + '<w:jc w:val="center"/>',
               rpr(FANGSONG, 32)),
        pstyle("Heading1", "heading 1", f'<w:keepNext/>{INDENT_2}<w:outlineLvl w:val="0"/>',
               rpr(HEI, 32, tight=True), next_id="Normal"),
        pstyle("Heading2", "heading 2", f'<w:keepNext/>{INDENT_2}<w:outlineLvl w:val="1"/>',
               rpr(KAI, 32, tight=True), next_id="Normal"),
        pstyle("Heading3", "heading 3", f'<w:keepNext/>{INDENT_2}<w:outlineLvl w:val="2"/>',
               rpr(FANGSONG, 32, tight=True), next_id="Normal"),
        pstyle("Signature", "Signature",
               f'{exact(before=LINE_PITCH)}'
               f'<w:ind w:firstLineChars="0" w:firstLine="0" w:rightChars="200" w:right="{2 * CHAR}"/>'
               '<w:jc w:val="right"/>',
               rpr(FANGSONG, 32)),
        pstyle("Date", "Date",
               f'<w:ind w:firstLineChars="0" w:firstLine="0" '
               f'w:rightChars="200" w:right="{2 * CHAR}"/><w:jc w:val="right"/>',
               rpr(FANGSONG, 32)),
        # Table text: 五号宋体, single spacing, not snapped to the document grid.
        pstyle("TableText", "Table Text",
               '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" '
               'w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>',
               rpr(SONG, 21)),
        pstyle("TableLabel", "Table Label",
               '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" '
               'w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>',
               rpr(SONG, 21), based_on="TableText"),
        pstyle("Footer", "footer",
               '<w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
               '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" '
               'w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/>',
               rpr(SONG, 28, latin=SONG)),
        pstyle("Header", "header",
               '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" '
               'w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>',
               rpr(SONG, 18, latin=SONG)),
    ]
    table = (
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:snapToGrid w:val="0"/>'
        '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        '<w:ind w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:tblPr><w:jc w:val="center"/>'
        '<w:tblBorders>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
        '<w:bottom w:w="28" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="character" w:styleId="PageNumber"><w:name w:val="page number"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f'<w:docDefaults><w:rPrDefault>{rpr(FANGSONG, 32)}</w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault></w:docDefaults>'
        + "".join(styles) + table + "</w:styles>"
    )


def sect_pr() -> str:
    return (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
        '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
        f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_DIST}" w:footer="{FOOTER_DIST}" w:gutter="0"/>'
        '<w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="425"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{LINE_PITCH}"/></w:sectPr>'
    )


def document_xml() -> str:
    sample = [("Title", "××××年政府信息公开工作年度报告"), ("DocNumber", "××〔2024〕1号"),
              ("Heading1", "一、总体情况"), ("Heading2", "（一）主动公开"),
              ("Normal", "正文三号仿宋，首行缩进二字，每页二十二行，每行二十八字。"),
              ("Signature", "××××人民政府"), ("Date", "2024年1月1日")]
    paras = "".join(f'<w:p><w:pPr><w:pStyle w:val="{s}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>'
                    for s, t in sample)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
            f'xmlns:r="{R_NS}"><w:body>{paras}{sect_pr()}</w:body></w:document>')


def footer_xml(align: str, indent: str) -> str:
    """`— PAGE —` in 4号宋体, aligned to the outer side and indented one character. (The field holds no
    result: Word and LibreOffice number each page as they lay it out, and a text taken from the XML
    reads no '— 1 —' in a document the way a page's number left in a PDF's text reads.)"""
    run = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
        f'<w:p><w:pPr><w:pStyle w:val="Footer"/>'
        f'<w:ind w:{indent}Chars="100" w:{indent}="280"/><w:jc w:val="{align}"/></w:pPr>'
        + run.format("— ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + run.format(" —") + "</w:p></w:ftr>"
    )


def settings_xml() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W_NS}" '
        f'xmlns:r="{R_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
        '<w:evenAndOddHeaders/><w:drawingGridHorizontalSpacing w:val="160"/>'
        '<w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
        '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


FONTS = [  # name, altName, charset, family, pitch
    (LATIN, None, "00", "roman", "variable"),
    (SONG, "SimSun", "86", "auto", "variable"),
    (FANGSONG, "仿宋", "86", "modern", "fixed"),
    (XBS, "方正小标宋_GBK", "86", "auto", "variable"),
    (HEI, "SimHei", "86", "modern", "fixed"),
    (KAI, "楷体", "86", "modern", "fixed"),
]


def font_table_xml() -> str:
    fonts = "".join(
        f'<w:font w:name="{n}">' + (f'<w:altName w:val="{a}"/>' if a else "")
        + f'<w:charset w:val="{c}"/><w:family w:val="{f}"/><w:pitch w:val="{p}"/></w:font>'
        for n, a, c, f, p in FONTS)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}">{fonts}</w:fonts>')


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/fontTable.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/footer1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/footer2.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

PKG_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'extended-properties" Target="docProps/app.xml"/></Relationships>'
)

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rIdStyles" Type="{_REL}styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{_REL}settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdFontTable" Type="{_REL}fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rIdFooterOdd" Type="{_REL}footer" Target="footer1.xml"/>'
    f'<Relationship Id="rIdFooterEven" Type="{_REL}footer" Target="footer2.xml"/>'
    "</Relationships>"
)

CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>GB/T 9704 template</dc:title>'
    '<dc:language>zh-CN</dc:language></cp:coreProperties>'
)

APP = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>gov-annual-report pipeline</Application></Properties>"
)


def parts() -> dict[str, str]:
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PKG_RELS,
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
        "word/document.xml": document_xml(),
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/styles.xml": styles_xml(),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(),
        "word/footer1.xml": footer_xml("right", "right"),   # default footer = odd pages
        "word/footer2.xml": footer_xml("left", "left"),     # even pages
    }


def build(out: Path = OUT) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts().items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))

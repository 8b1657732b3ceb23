#!/usr/bin/env python3
"""(Re)create the hostile test inputs in this folder. Standard library only; deterministic.

    python tests/hostile/make_hostile.py            # the small committed files
    python tests/hostile/make_hostile.py --big      # also big_single_line.html (not committed)

See README.md in this folder for what each file must yield.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MiB = 1024 * 1024

# ----------------------------------------------------------------------------- a small report
# Invented issuer and numbers; the layout follows the pre-2019 county reports.
REPORT_TITLE = "云崖县水利局2017年政府信息公开工作年度报告"
REPORT_PARAS = [
    ("p", "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2017年1月1日起至2017年12月31日止。"
          "如对本报告有疑问，请与云崖县水利局办公室联系（地址：云崖县城关镇水南路6号；邮编：366300；电话：0598-5322417）。"),
    ("h", "一、概述"),
    ("p", "2017年，我局按照县政府的统一部署，明确办公室负责政府信息公开日常工作，配备兼职工作人员1名。"),
    ("h", "二、主动公开政府信息情况"),
    ("p", "全年主动公开政府信息86条，其中工作动态41条，项目建设信息27条，防汛抗旱信息18条。"),
    ("h", "三、依申请公开政府信息情况"),
    ("p", "全年共受理政府信息公开申请2件，均已按期答复，同意公开2件。"),
    ("h", "四、政府信息公开的收费及减免情况"),
    ("p", "2017年未收取任何费用。"),
    ("h", "五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
    ("p", "2017年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。"),
    ("h", "六、政府信息公开工作存在的主要问题及改进措施"),
    ("p", "信息公开的及时性有待提高。2018年，我局将进一步规范信息发布流程，提高公开时效。"),
]
REPORT_SIGN = ["云崖县水利局", "2018年1月12日"]


def report_html(paras=REPORT_PARAS, title=REPORT_TITLE, charset="utf-8", sign=REPORT_SIGN) -> str:
    body = [f'<p align="center"><strong>{title}</strong></p>']
    for kind, text in paras:
        body.append(f"<p><strong>{text}</strong></p>" if kind == "h" else f'<p style="text-indent:2em">{text}</p>')
    body += [f'<p align="right">{s}</p>' for s in sign]
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        f"<title>{title}_云崖县人民政府网</title>\n</head>\n<body>\n"
        '<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a></div>\n'
        '<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>\n'
        '<div class="info">发布日期：2018-01-16　【字体：大 中 小】</div>\n'
        '<div id="zoom">\n' + "\n".join(body) + "\n</div>\n"
        '<div class="footer">闽ICP备06021357号</div>\n</body>\n</html>\n'
    )


# ----------------------------------------------------------------------------- docx helpers
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def w_paras(texts) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" for t in texts)


def document_xml(inner: str, doctype: str = "") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + doctype +
        f'<w:document xmlns:w="{W_NS}"><w:body>{inner}<w:sectPr/></w:body></w:document>'
    )


def report_docx_xml() -> str:
    return document_xml(w_paras([REPORT_TITLE] + [t for _k, t in REPORT_PARAS] + REPORT_SIGN))


FIXED_DATE = (2018, 1, 16, 9, 0, 0)


def zinfo(name: str, method=zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    zi.compress_type = method
    return zi


def build_docx(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members.items():
            z.writestr(zinfo(name), data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def base_members() -> dict[str, str]:
    return {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": report_docx_xml()}


def write_bomb_docx(path: Path, inflated_bytes: int) -> None:
    """A well-formed docx whose word/document.xml is mostly whitespace, written streaming."""
    head = document_xml("__SPLIT__").encode()
    pre, post = head.split(b"__SPLIT__")
    pre += w_paras([REPORT_TITLE]).encode()
    chunk = b" " * MiB
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zinfo("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(zinfo("_rels/.rels"), RELS)
        zi = zinfo("word/document.xml")
        z._compresslevel = 9  # noqa: SLF001 - level for the streamed member
        with z.open(zi, "w") as f:
            f.write(pre)
            left = inflated_bytes - len(pre) - len(post)
            while left > 0:
                n = min(left, len(chunk))
                f.write(chunk[:n])
                left -= n
            f.write(post)


def patch_declared_size(path: Path, member: str, declared: int) -> None:
    """Rewrite the uncompressed size of `member` in its local header and central directory entry."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    off = info.header_offset
    assert data[off:off + 4] == b"PK\x03\x04"
    struct.pack_into("<I", data, off + 22, declared)
    name = member.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        assert pos >= 0, "central directory entry not found"
        n_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46:pos + 46 + n_len]) == name:
            struct.pack_into("<I", data, pos + 24, declared)
            break
        pos += 4
    path.write_bytes(bytes(data))


# ----------------------------------------------------------------------------- pdf helpers
def build_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


PDF_TEXT = b"BT /F1 14 Tf 72 760 Td (Yunya County 2017 Government Information Disclosure Annual Report) Tj ET\n" \
           b"BT /F1 11 Tf 72 730 Td (1. Overview: 86 items were proactively disclosed in 2017.) Tj ET\n"


def pdf_objects(stream: bytes) -> list[bytes]:
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 0xFF
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) & 0xFF
        j = (j + s[i]) & 0xFF
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) & 0xFF])
    return bytes(out)


PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def encrypted_pdf(user_pw: bytes = b"yunya2018", owner_pw: bytes = b"owner-2018") -> bytes:
    """Standard security handler, V1/R2 (40-bit RC4), written by hand (PDF 1.7 §7.6.3, algorithms 2-4)."""
    p = -44
    file_id = hashlib.md5(b"hostile encrypted.pdf").digest()
    o_key = hashlib.md5((owner_pw + PAD)[:32]).digest()[:5]
    o_val = rc4(o_key, (user_pw + PAD)[:32])
    key = hashlib.md5((user_pw + PAD)[:32] + o_val + struct.pack("<i", p) + file_id).digest()[:5]
    u_val = rc4(key, PAD)
    objs = pdf_objects(b"")  # placeholder to know numbering
    obj_key = hashlib.md5(key + struct.pack("<I", 5)[:3] + b"\x00\x00").digest()[:10]
    enc_stream = rc4(obj_key, PDF_TEXT)
    objs[4] = b"<< /Length %d >>\nstream\n" % len(enc_stream) + enc_stream + b"\nendstream"
    objs.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (o_val.hex().encode(), u_val.hex().encode(), p))
    idh = file_id.hex().encode()
    return build_pdf(objs, b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (idh, idh))


# ----------------------------------------------------------------------------- main
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--big", action="store_true", help="also write big_single_line.html (not committed)")
    ap.add_argument("--big-mb", type=int, default=64, help="size of big_single_line.html in MiB (default 64)")
    a = ap.parse_args()

    def put(name: str, data: bytes | str) -> None:
        (HERE / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    put("empty.html", b"")
    put("blank.txt", " \n\t\r\n\u3000\u3000\n   \n\r\n")
    junk = random.Random(20240611).randbytes(4096)
    put("junk.bin", b"\x8f\xfe" + junk[2:])  # no magic number at the start

    pdf = build_pdf(pdf_objects(PDF_TEXT))
    assert len(pdf) > 600
    put("truncated.pdf", pdf[:300])

    docx = build_docx(base_members())
    put("truncated.docx", docx[: len(docx) // 2])

    write_bomb_docx(HERE / "zip_bomb.docx", 210 * MiB)
    write_bomb_docx(HERE / "lying_header_bomb.docx", 210 * MiB)
    patch_declared_size(HERE / "lying_header_bomb.docx", "word/document.xml", 4096)

    many = base_members()
    for i in range(1, 1501):
        many[f"customXml/item{i}.xml"] = "<x/>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in many.items():
            z.writestr(zinfo(name, zipfile.ZIP_STORED), data)
    put("many_members.docx", buf.getvalue())

    slip = base_members()
    slip["../../evil.xml"] = '<?xml version="1.0"?><evil>written outside the output folder</evil>'
    put("zipslip.docx", build_docx(slip))

    xxe = base_members()
    xxe["word/document.xml"] = document_xml(
        w_paras([REPORT_TITLE, "联系方式：&xxe;"] + [t for _k, t in REPORT_PARAS]),
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')
    put("xxe.docx", build_docx(xxe))

    lol = ['<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = "lol" if i == 1 else f"lol{i - 1}"
        lol.append(f'<!ENTITY lol{i} "' + f"&{prev};" * 10 + '">')
    bl = base_members()
    bl["word/document.xml"] = document_xml(w_paras([REPORT_TITLE, "&lol9;"]),
                                           "<!DOCTYPE w:document [\n" + "\n".join(lol) + "\n]>\n")
    put("billion_laughs.docx", build_docx(bl))

    put("deep_nesting.html",
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + REPORT_TITLE + "</title></head><body>\n"
        + "<div>" * 100_000 + "<p>" + REPORT_TITLE + "</p>" + "</div>" * 10 + "\n</body></html>\n")

    page = report_html().encode("utf-8")
    with_nul = bytearray()
    for i, line in enumerate(page.split(b"\n")):
        with_nul += line + (b"\x00" if i % 3 == 0 else b"") + b"\n"
    with_nul = with_nul.replace("主动公开政府信息86条".encode(), "主动公开\x00政府信息86条".encode())
    put("nul_bytes.html", bytes(with_nul) + b"\x00" * 512)

    lying = [(k, t) for k, t in REPORT_PARAS]
    lying[0] = ("p", "本报告根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问，请与云崖县水利局办公室联系"
                     "（联系人：王𫖯；地址：云崖县城关镇𠮷祥路9号；邮编：366300；电话：0598-5322417）。")
    lying.insert(3, ("p", "工作人员李喆、陈堃参加了全县业务培训；𡈼𬌗𬒔𬱖等字已按GB18030-2005录入。"))
    lying_text = report_html(lying, charset="gb2312")
    lying_bytes = lying_text.encode("gb18030")
    four_byte = [c for c in "𫖯𠮷𡈼𬌗𬒔𬱖" if len(c.encode("gb18030")) == 4]
    assert len(four_byte) == 6
    put("lying_charset.html", lying_bytes)

    put("encrypted.pdf", encrypted_pdf())
    put("wrong_extension.pdf", report_html())

    cc = [(k, t) for k, t in REPORT_PARAS]
    cc[2] = ("p", "2017年，我局\x01按照县政府的统一部署，\x0b明确办公室负责政府信息公开日常工作，\x0c配备兼职工作人员1名。\uffff")
    cc[4] = ("p", "全年主动公开政府信息86条，\x1f其中工作动态41条，\x7f项目建设信息27条，防汛抗旱信息18条。\ufffe")
    put("control_chars.html", report_html(cc))

    if a.big:
        para = ("<span>全年主动公开政府信息86条，其中工作动态41条，项目建设信息27条，防汛抗旱信息18条。</span>").encode()
        target = a.big_mb * MiB
        with open(HERE / "big_single_line.html", "wb") as f:
            head = report_html().split("</body>")[0].replace("\n", "").encode()
            f.write(head)
            written = len(head)
            while written < target:
                f.write(para)
                written += len(para)
            f.write(b"</body></html>")  # no newline anywhere in the file

    total = sum(p.stat().st_size for p in HERE.iterdir() if p.is_file() and p.name != "big_single_line.html")
    print(f"wrote hostile inputs to {HERE} ({total / 1024:.0f} KiB without big_single_line.html)")


if __name__ == "__main__":
    main()

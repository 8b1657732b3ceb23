"""Legacy Word readers: Word 97-2003 binary (also WPS .doc/.wps), RTF and MHT.

* kind 'ole': a native reader ([MS-DOC] FIB → CLX piece table → text; paragraph
  properties from the PAPX FKPs tell table cells, row ends and outline/heading levels, and a
  row end's, the edges and merges of the row's cells).
  If it fails or finds no text, LibreOffice converts to DOCX and `docx.read` reads it.
* kind 'rtf': LibreOffice → DOCX → `docx.read`.
* kind 'mht': the MIME text/html part, decoded with its charset, goes to the HTML reader.

Every document comes back with ``format='doc'``.
"""
from __future__ import annotations

import bisect
import email
import email.policy
import functools
import io
import struct

from ..errors import Encrypted, PipelineError, ReadError, TooComplex, UnsupportedFormat
from ..model import Document, Heading, Paragraph, Table, grid_from_cells
from .lines import paragraphs_rejoined

__all__ = ["read", "read_native", "read_via_libreoffice", "read_mht"]

MAX_CHARS = 20_000_000

# sprm codes ([MS-DOC] 2.6.2)
SPRM_P_ISTD = 0x4600
SPRM_P_IN_TABLE = 0x2416
SPRM_P_TTP = 0x2417
SPRM_P_OUTLVL = 0x2640
SPRM_P_ITAP = 0x6649
SPRM_P_INNER_TTP = 0x244C
#: a paragraph's properties too big for its FKP (a table row's end, holding the row's cell widths and borders),
#: kept in the Data stream at the operand's offset as a PrcData (a 2-byte size, then the sprms)
SPRM_P_HUGE_PAPX = 0x6646
#: a table row's cells: their edges and their TC80s (merge flags) ([MS-DOC] 2.9.309 TDefTableOperand)
SPRM_T_DEF_TABLE = 0xD608
#: one cell's vertical merge, set apart from its TC80 (Word 2000 and later)
SPRM_T_VERT_MERGE = 0xD62B


def read(data: bytes, kind: str = "ole") -> Document:
    if kind == "ole":
        return _read_ole(data)
    if kind == "rtf":
        return read_via_libreoffice(data, ".rtf")
    if kind == "mht":
        return read_mht(data)
    raise UnsupportedFormat(f"doc reader cannot read kind {kind!r}")


# --------------------------------------------------------------------------- OLE


def _open_ole(data: bytes):
    import olefile

    try:
        return olefile.OleFileIO(io.BytesIO(data))
    except Exception as e:  # olefile raises OSError, ValueError, IndexError, struct.error…
        raise ReadError(f"corrupt OLE2 compound file: {str(e)[:200]}") from None


def _stream(ole, name: str) -> bytes:
    try:
        return ole.openstream(name).read()
    except Exception as e:
        raise ReadError(f"OLE stream {name!r} unreadable: {str(e)[:200]}") from None


def _check_ole_kind(ole) -> None:
    try:
        _check_ole_kind_inner(ole)
    except PipelineError:
        raise
    except Exception as e:  # olefile directory walk on a corrupt file
        raise ReadError(f"corrupt OLE2 directory: {str(e)[:200]}") from None


def _check_ole_kind_inner(ole) -> None:
    if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
        raise Encrypted("password-protected Office document (encrypted package)")
    if not ole.exists("WordDocument"):
        if ole.exists("Workbook") or ole.exists("Book"):
            raise UnsupportedFormat("an Excel workbook (OLE2), not a Word document")
        if ole.exists("PowerPoint Document"):
            raise UnsupportedFormat("a PowerPoint presentation (OLE2), not a Word document")
        raise UnsupportedFormat("OLE2 file without a WordDocument stream (not a Word document)")


def _read_ole(data: bytes) -> Document:
    ole = _open_ole(data)
    try:
        _check_ole_kind(ole)
        wd = _stream(ole, "WordDocument")
        fib = _parse_fib(wd)  # raises Encrypted
        native_error: Exception | None = None
        try:
            doc = _native_from_ole(ole, wd, fib)
            if doc.blocks:
                return doc
            native_error = ReadError("document has no text")
        except (Encrypted, TooComplex):
            raise
        except ReadError as e:
            native_error = e
        except (IndexError, struct.error, ValueError, KeyError, OverflowError, UnicodeError) as e:
            native_error = ReadError(f"native DOC reader failed: {e.__class__.__name__}: {e}")
    finally:
        ole.close()
    from . import libreoffice

    if not libreoffice.available():
        raise native_error
    doc = read_via_libreoffice(data, ".doc")
    junk = _junk_ratio(doc)
    if junk > 0.15:
        raise ReadError(
            f"{native_error}; LibreOffice's text is unreadable ({junk:.0%} mojibake/binary characters)"
        )
    doc.warnings.append(f"read via LibreOffice; native DOC reader: {native_error}")
    return doc


def _junk_ratio(doc: Document) -> float:
    """Share of characters typical of binary junk or mojibake (Latin-1 supplement, Hangul, PUA, U+FFFD)."""
    total = junk = 0
    for b in doc.blocks:
        texts = [c.text for row in b.rows for c in row] if hasattr(b, "rows") else [b.text]
        for t in texts:
            for ch in t:
                if ch.isspace():
                    continue
                total += 1
                o = ord(ch)
                if (0x80 <= o <= 0xFF and ch not in "·×÷°±§¨") or 0xAC00 <= o <= 0xD7AF or 0xE000 <= o <= 0xF8FF \
                        or o == 0xFFFD or 0x0100 <= o <= 0x024F:
                    junk += 1
    return junk / total if total else 1.0


def _parse_fib(wd: bytes) -> "_Fib":
    try:
        return _Fib(wd)
    except struct.error as e:
        raise ReadError(f"truncated Word FIB: {e}") from None


def read_native(data: bytes) -> Document:
    """The native Word 97-2003 reader alone (no LibreOffice fallback)."""
    ole = _open_ole(data)
    try:
        _check_ole_kind(ole)
        wd = _stream(ole, "WordDocument")
        doc = _native_from_ole(ole, wd, _parse_fib(wd))
    except (IndexError, struct.error, ValueError, KeyError, OverflowError, UnicodeError) as e:
        raise ReadError(f"native DOC reader failed: {e.__class__.__name__}: {e}") from None
    finally:
        ole.close()
    if not doc.blocks:
        raise ReadError("document has no text")
    return doc


def read_via_libreoffice(data: bytes, suffix: str, timeout: float = 60) -> Document:
    """Convert with LibreOffice to DOCX and read that (format set to 'doc')."""
    from . import docx, libreoffice

    converted = libreoffice.convert(data, suffix, "docx", timeout=timeout)
    doc = docx.read(converted)
    doc.format = "doc"
    return doc


class _Fib:
    def __init__(self, wd: bytes):
        if len(wd) < 0x22 + 2:
            raise ReadError("WordDocument stream too short for a FIB")
        ident, self.nfib = struct.unpack_from("<HH", wd, 0)
        if ident != 0xA5EC:
            raise ReadError(f"WordDocument stream has no Word FIB (wIdent {ident:#x})")
        flags = struct.unpack_from("<H", wd, 0x0A)[0]
        self.encrypted = bool(flags & 0x0100)
        self.obfuscated = bool(flags & 0x8000)
        self.table_name = "1Table" if flags & 0x0200 else "0Table"
        if self.encrypted:
            raise Encrypted("password-protected Word document (FIB fEncrypted)")
        if self.nfib < 0xC1:
            raise ReadError(f"Word 6/95 binary (nFib {self.nfib:#x}) is not read natively")
        csw = struct.unpack_from("<H", wd, 0x20)[0]
        p = 0x22 + csw * 2
        cslw = struct.unpack_from("<H", wd, p)[0]
        lw = struct.unpack_from(f"<{cslw}I", wd, p + 2)
        if cslw < 4:
            raise ReadError("FIB too short (no ccpText)")
        self.ccp_text = lw[3]
        # the stories after the main text, in order: footnotes, headers, comments, endnotes, then text boxes
        self.txbx_start = sum(lw[i] for i in (3, 4, 5, 7, 8)) if cslw > 9 else None
        self.ccp_txbx = lw[9] if cslw > 9 else 0
        p2 = p + 2 + cslw * 4
        cb = struct.unpack_from("<H", wd, p2)[0]
        self.fclcb = struct.unpack_from(f"<{cb * 2}I", wd, p2 + 2)

    def pair(self, index: int) -> tuple[int, int]:
        if 2 * index + 1 >= len(self.fclcb):
            return 0, 0
        return self.fclcb[2 * index], self.fclcb[2 * index + 1]


def _sprm_operand_size(sprm: int, grpprl: bytes, pos: int) -> int:
    spra = sprm >> 13
    if spra in (0, 1):
        return 1
    if spra in (2, 4, 5):
        return 2
    if spra == 3:
        return 4
    if spra == 7:
        return 3
    # spra 6: variable
    if sprm in (0xD608, 0xD606):
        return struct.unpack_from("<H", grpprl, pos)[0] + 1
    n = grpprl[pos]
    if sprm == 0xC615 and n == 255:
        dm = grpprl[pos + 1]
        p2 = pos + 2 + dm * 4
        am = grpprl[p2]
        return 2 + dm * 4 + 1 + am * 3
    return n + 1


def _prls(grpprl: bytes):
    """(sprm, operand) of each property in `grpprl`, in order, up to one that does not parse."""
    pos = 0
    n = len(grpprl)
    while pos + 2 <= n:
        sprm = struct.unpack_from("<H", grpprl, pos)[0]
        pos += 2
        try:
            size = _sprm_operand_size(sprm, grpprl, pos)
        except (IndexError, struct.error):
            return
        yield sprm, grpprl[pos : pos + size]
        pos += size


def _parse_grpprl(grpprl: bytes) -> dict[int, bytes]:
    """Each sprm of `grpprl` to its (last) operand."""
    return dict(_prls(grpprl))


class _ParaProps:
    """A paragraph's properties; `cells`, on a table row's end, the row's cells as (left edge, right
    edge, vertical merge: None, "restart" or "continue", merged into the cell before it?), edges in
    twips."""
    __slots__ = ("istd", "in_table", "ttp", "outline", "itap", "cells")

    def __init__(self, istd=0, in_table=False, ttp=False, outline=None, itap=0, cells=None):
        self.istd, self.in_table, self.ttp, self.outline, self.itap = istd, in_table, ttp, outline, itap
        self.cells = cells


def _row_cells(grpprl: bytes, sprms: dict[int, bytes]) -> list[tuple[int, int, str | None, bool]] | None:
    """A row end's cells from its sprmTDefTable (edges, and TC80 merge flags) and sprmTVertMerge
    sprms; None when it holds none or they do not parse."""
    op = sprms.get(SPRM_T_DEF_TABLE)
    if not op or len(op) < 3:
        return None
    n = op[2]
    if n == 0 or len(op) < 3 + 2 * (n + 1):
        return None
    edges = struct.unpack_from(f"<{n + 1}h", op, 3)
    tcs = 3 + 2 * (n + 1)
    flags = [struct.unpack_from("<H", op, tcs + 20 * i)[0] if tcs + 20 * i + 2 <= len(op) else 0 for i in range(n)]
    vmerge = {i: ("restart" if f & 0x40 else "continue") if f & 0x20 else None for i, f in enumerate(flags)}
    for i, flag in _vert_merges(grpprl):
        if i < n:
            vmerge[i] = {1: "continue", 3: "restart"}.get(flag)
    # (fMerged without fFirstMerged: a cell the one before it reaches over, in Word 97's horizontal merges)
    cells = [(edges[i], edges[i + 1], vmerge[i], bool(flags[i] & 0x2 and not flags[i] & 0x1 and i)) for i in range(n)]
    return cells if all(left < right for left, right, _, _ in cells) else None


def _vert_merges(grpprl: bytes):
    """(cell index, flag) of every sprmTVertMerge in `grpprl` (a row may hold one a cell; its operand
    is its size, 2, then the two)."""
    return ((op[1], op[2]) for sprm, op in _prls(grpprl) if sprm == SPRM_T_VERT_MERGE and len(op) >= 3)


#: edges of cells this close (in twips, 0.35 mm) are one column's
_EDGE_SLACK = 20


def _grid_from_layout(rows: list[list[tuple[str, int, int]]], layouts: list[list]) -> Table:
    """The table's true grid from its rows' cells placed by their edges: a cell as wide as several of
    the table's columns spans them, a cell merged with the one above (or before) it is part of it."""
    edges: list[int] = []
    for x in sorted({x for layout in layouts for left, right, _, _ in layout for x in (left, right)}):
        if not edges or x - edges[-1] > _EDGE_SLACK:
            edges.append(x)

    def column(x: int) -> int:
        i = bisect.bisect_left(edges, x - _EDGE_SLACK)
        return i if i < len(edges) else len(edges) - 1

    out: list[list[tuple[str, int, int]]] = []
    above: dict[int, tuple[int, int, int]] = {}  # a column → (row, cell, end column) of a merge going on down it
    for cells, layout in zip(rows, layouts):
        placed: list[tuple[str, int, int, str | None]] = []  # (text, first column, end column, vertical merge)
        for (text, _, _), (left, right, vmerge, merged) in zip(cells, layout):
            if merged and placed:
                t, c0, _, v = placed[-1]
                placed[-1] = ("\n".join(x for x in (t, text) if x), c0, max(column(right), c0 + 1), v)
            else:
                c0 = column(left)
                placed.append((text, c0, max(column(right), c0 + 1), vmerge))
        line: list[tuple[str, int, int]] = []
        end = 0
        for text, c0, c1, vmerge in placed:
            if c0 > end:
                line.append(("", 1, c0 - end))  # (no cell over these columns in this row)
            end = max(end, c1)
            if vmerge == "continue" and above.get(c0, (0, 0, -1))[2] == c1:
                r, k, _ = above[c0]
                t, rowspan, colspan = out[r][k]
                out[r][k] = ("\n".join(x for x in (t, text) if x), rowspan + 1, colspan)
                continue
            line.append((text, 1, c1 - c0))
            if vmerge == "restart":
                above[c0] = (len(out), len(line) - 1, c1)
            else:
                above.pop(c0, None)
        out.append(line)
    return grid_from_cells(out)


_DEFAULT_PROPS = _ParaProps()


def _papx_runs(wd: bytes, table: bytes, fib: _Fib, data=lambda: b""):
    """Sorted (fc_start list, fc_end list, props list) of paragraph runs from the PAPX FKPs
    (and, for a paragraph whose properties are too big for them, from the Data stream `data()`,
    read only then: it also holds the document's pictures)."""
    fc, lcb = fib.pair(13)  # fcPlcfBtePapx
    starts: list[int] = []
    ends: list[int] = []
    props: list[_ParaProps] = []
    if lcb < 12 or fc + lcb > len(table):
        return None
    n = (lcb - 4) // 8
    pns = struct.unpack_from(f"<{n}I", table, fc + 4 * (n + 1))
    for pn in pns:
        off = (pn & 0x3FFFFF) * 512
        fkp = wd[off : off + 512]
        if len(fkp) < 512:
            continue
        crun = fkp[511]
        if crun == 0 or 4 * (crun + 1) + 13 * crun > 511:
            continue
        rgfc = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
        base = 4 * (crun + 1)
        for i in range(crun):
            boff = fkp[base + 13 * i] * 2
            pp = _DEFAULT_PROPS
            if boff:
                cb = fkp[boff]
                if cb == 0:
                    size = 2 * fkp[boff + 1]
                    chunk = fkp[boff + 2 : boff + 2 + size]
                else:
                    size = 2 * cb - 1
                    chunk = fkp[boff + 1 : boff + 1 + size]
                if len(chunk) >= 2:
                    istd = struct.unpack_from("<H", chunk, 0)[0]
                    grpprl = chunk[2:]
                    sprms = _parse_grpprl(grpprl)
                    huge = sprms.get(SPRM_P_HUGE_PAPX)
                    if huge and len(huge) == 4 and (at := struct.unpack("<I", huge)[0]) + 2 <= len(data()):
                        size = struct.unpack_from("<H", data(), at)[0]
                        grpprl = data()[at + 2 : at + 2 + size]
                        sprms.update(_parse_grpprl(grpprl))
                    ttp = bool(sprms.get(SPRM_P_TTP, b"\0")[:1] != b"\0")
                    outl = sprms.get(SPRM_P_OUTLVL)
                    itap = sprms.get(SPRM_P_ITAP)
                    pp = _ParaProps(
                        istd=istd,
                        in_table=bool(sprms.get(SPRM_P_IN_TABLE, b"\0")[:1] != b"\0"),
                        ttp=ttp,
                        outline=outl[0] if outl else None,
                        itap=struct.unpack("<i", itap)[0] if itap and len(itap) == 4 else 0,
                        cells=_row_cells(grpprl, sprms) if ttp else None,
                    )
            starts.append(rgfc[i])
            ends.append(rgfc[i + 1])
            props.append(pp)
    if not starts:
        return None
    order = sorted(range(len(starts)), key=starts.__getitem__)
    return [starts[i] for i in order], [ends[i] for i in order], [props[i] for i in order]


def _style_levels(table: bytes, fib: _Fib) -> dict[int, int]:
    """istd → heading level from the style sheet's built-in style ids (sti 1-9 = heading 1-9, 62 = title)."""
    fc, lcb = fib.pair(1)  # fcStshf
    out: dict[int, int] = {}
    if lcb < 4 or fc + lcb > len(table):
        return out
    st = table[fc : fc + lcb]
    cb_stshi = struct.unpack_from("<H", st, 0)[0]
    if cb_stshi < 4 or 2 + cb_stshi > len(st):
        return out
    cstd, cb_base = struct.unpack_from("<HH", st, 2)
    pos = 2 + cb_stshi
    for istd in range(min(cstd, 4000)):
        if pos + 2 > len(st):
            break
        cb_std = struct.unpack_from("<H", st, pos)[0]
        pos += 2
        if cb_std >= 4:
            sti = struct.unpack_from("<H", st, pos)[0] & 0x0FFF
            stk = struct.unpack_from("<H", st, pos + 2)[0] & 0x000F
            if stk == 1:  # paragraph style
                if 1 <= sti <= 9:
                    out[istd] = sti
                elif sti == 62:
                    out[istd] = 0
        pos += cb_std
    return out


def _decode_piece(raw: bytes, compressed: bool) -> str:
    if compressed:
        return raw.decode("cp1252", errors="replace")
    return raw.decode("utf-16-le", errors="replace")


_CHAR_MAP = {0x0B: "\n", 0x1E: "-", 0x0E: "\n", 0x09: "\t"}


def _clean_char(ch: str) -> str:
    o = ord(ch)
    if o < 0x20:
        return _CHAR_MAP.get(o, "")
    if 0xF000 <= o <= 0xF0FF or o in (0xFFFE, 0xFFFF) or 0xD800 <= o <= 0xDFFF:
        return ""
    return ch


def _native_from_ole(ole, wd: bytes, fib: _Fib) -> Document:
    if not ole.exists(fib.table_name):
        raise ReadError(f"Word table stream {fib.table_name} missing")
    table = _stream(ole, fib.table_name)
    fc_clx, lcb_clx = fib.pair(33)
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise ReadError("Word document has no piece table (CLX)")
    clx = table[fc_clx : fc_clx + lcb_clx]
    pos = 0
    plc = None
    while pos < len(clx):
        t = clx[pos]
        if t == 0x01:
            cb = struct.unpack_from("<h", clx, pos + 1)[0]
            pos += 3 + max(cb, 0)
        elif t == 0x02:
            lcb = struct.unpack_from("<I", clx, pos + 1)[0]
            plc = clx[pos + 5 : pos + 5 + lcb]
            break
        else:
            raise ReadError(f"corrupt CLX (clxt {t:#x})")
    if plc is None or len(plc) < 16 or (len(plc) - 4) % 12:
        raise ReadError("corrupt piece table")
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    if fib.ccp_text > MAX_CHARS:
        raise TooComplex(f"Word document has more than {MAX_CHARS} characters")
    boxes = fib.txbx_start is not None and 0 < fib.ccp_txbx <= MAX_CHARS - fib.ccp_text
    ccp = fib.txbx_start + fib.ccp_txbx if boxes else fib.ccp_text
    texts: list[str] = []
    piece_cp: list[int] = []  # cp start of each piece (for fc lookup)
    piece_info: list[tuple[int, int, bool]] = []  # (cp_start, fc, compressed)
    got = 0
    for i in range(n):
        cp0, cp1 = cps[i], cps[i + 1]
        if cp0 >= ccp or got >= ccp:
            break
        if cp1 <= cp0:
            continue
        cp1 = min(cp1, ccp)
        fcv = struct.unpack_from("<I", plc, 4 * (n + 1) + 12 * i + 2)[0]
        compressed = bool(fcv & 0x40000000)
        fc = (fcv & 0x3FFFFFFF) // 2 if compressed else fcv & 0x3FFFFFFF
        nchar = cp1 - cp0
        nbytes = nchar if compressed else 2 * nchar
        if fc + nbytes > len(wd):
            raise ReadError("piece table points past the WordDocument stream")
        texts.append(_decode_piece(wd[fc : fc + nbytes], compressed))
        piece_cp.append(got)
        piece_info.append((got, fc, compressed))
        got += nchar
    text = "".join(texts)
    if not text:
        return Document(blocks=[], format="doc")
    story = _main_story(text, fib) if boxes else list(enumerate(text[: fib.ccp_text]))

    try:
        runs = _papx_runs(wd, table, fib, functools.cache(lambda: _stream(ole, "Data") if ole.exists("Data") else b""))
    except (IndexError, struct.error, ValueError):
        runs = None
    try:
        levels = _style_levels(table, fib)
    except (IndexError, struct.error, ValueError):
        levels = {}
    warnings = [] if runs else ["no paragraph properties: table rows guessed from cell marks"]

    def props_at(cp: int) -> _ParaProps | None:
        if runs is None:
            return None
        k = bisect.bisect_right(piece_cp, cp) - 1
        start, fc0, comp = piece_info[k]
        fc = fc0 + (cp - start) * (1 if comp else 2)
        j = bisect.bisect_right(runs[0], fc) - 1
        if j >= 0 and fc < runs[1][j]:
            return runs[2][j]
        return _DEFAULT_PROPS

    # one pass: strip field codes, split paragraphs at \r, \x07 (cell) and \x0c (page/section break)
    paras: list[tuple[str, str, _ParaProps | None]] = []
    buf: list[str] = []
    fields: list[bool] = []
    for cp, ch in story:
        if ch == "\x13":
            fields.append(False)
            continue
        if ch == "\x14":
            if fields:
                fields[-1] = True
            continue
        if ch == "\x15":
            if fields:
                fields.pop()
            continue
        if ch in "\r\x07\x0c":
            if fields and not all(fields) and ch != "\x07":
                continue  # a mark inside a field code
            paras.append(("".join(buf), ch, props_at(cp)))
            buf = []
            continue
        if fields and not all(fields):
            continue
        buf.append(_clean_char(ch) if ch < " " or ch >= "\ue000" else ch)
    if buf:
        paras.append(("".join(buf), "\r", None))

    blocks: list = []
    rows: list[list[tuple[str, int, int]]] = []
    layouts: list[list | None] = []  # each row's cells' edges and merges, as its end's properties give them
    row: list[tuple[str, int, int]] = []
    cell: list[str] = []
    prev_mark = ""

    def flush_table():
        nonlocal rows, layouts, row, cell
        if cell:
            row.append(("\n".join(x for x in cell if x).strip(), 1, 1))
            cell = []
        if row:
            rows.append(row)
            layouts.append(None)
            row = []
        if rows:
            if any(t for r in rows for t, _a, _b in r):
                blocks.append(_grid_from_layout(rows, layouts) if all(layouts) else grid_from_cells(rows))
            rows, layouts = [], []

    for ptext, mark, pp in paras:
        if mark == "\x07":
            if pp is not None:
                is_row_end = pp.ttp
            else:  # no properties: an empty mark right after a cell mark ends the row
                is_row_end = prev_mark == "\x07" and not ptext.strip() and not cell and bool(row)
            if is_row_end:
                if cell or ptext.strip():
                    cell.append(ptext.strip())
                    row.append(("\n".join(x for x in cell if x).strip(), 1, 1))
                    cell = []
                rows.append(row)
                layouts.append(pp.cells if pp is not None and pp.cells and len(pp.cells) == len(row) else None)
                row = []
            else:
                cell.append(ptext.strip())
                row.append(("\n".join(x for x in cell if x).strip(), 1, 1))
                cell = []
        elif pp is not None and (pp.in_table or pp.itap > 0) and mark == "\r":
            cell.append(ptext.strip())
        elif pp is None and (row or cell) and mark == "\r" and prev_mark != "\x07":
            cell.append(ptext.strip())
        else:
            if rows or row or cell:
                flush_table()
            t = ptext.strip()
            if t:
                level = None
                if pp is not None:
                    if pp.outline is not None and pp.outline <= 8:
                        level = pp.outline + 1
                    elif pp.istd in levels:
                        level = levels[pp.istd]
                blocks.append(Heading(t, level) if level is not None else Paragraph(t))
        prev_mark = mark
    flush_table()
    return Document(blocks=paragraphs_rejoined(blocks, warnings), format="doc", warnings=warnings)


def _main_story(text: str, fib: "_Fib") -> list[tuple[int, str]]:
    """(cp, character) of the main text, with the text box story in place of its one drawing's anchor (\\x08) when it
    holds a table: a table a converter floated in a frame ('附表：' then the frame) is the document's, where the page had
    it. Other text boxes (a red head's, a page number's) stay out."""
    main = list(enumerate(text[: fib.ccp_text]))
    box = list(enumerate(text[fib.txbx_start : fib.txbx_start + fib.ccp_txbx], fib.txbx_start))
    anchors = [i for i, (_cp, ch) in enumerate(main) if ch == "\x08"]
    if len(anchors) != 1 or not any(ch == "\x07" for _cp, ch in box):
        return main
    a = anchors[0]
    return main[:a] + [(main[a][0], "\r")] + box + main[a + 1:]


# --------------------------------------------------------------------------- MHT

_CHARSET_UPGRADE = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
                    "big5": "big5hkscs", "iso-8859-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def read_mht(data: bytes) -> Document:
    """Read a Word-saved MHT (MIME HTML): the text/html part goes to the HTML reader."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as e:
        raise ReadError(f"unreadable MHT: {e}") from None
    part_html = None
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        if part.get_content_type() == "text/html":
            part_html = part
            break
    if part_html is None:
        raise ReadError("MHT has no text/html part")
    try:
        payload = part_html.get_payload(decode=True)
    except Exception as e:
        raise ReadError(f"MHT html part cannot be decoded: {e}") from None
    if not payload:
        raise ReadError("MHT html part is empty")
    charset = (part_html.get_content_charset() or "").strip().lower()
    encoding = None
    if charset:
        codec = _CHARSET_UPGRADE.get(charset, charset)
        try:
            html_text = payload.decode(codec)
            encoding = codec
            # hand the HTML reader UTF-8 with a BOM: the BOM outranks any (possibly wrong) <meta>
            payload = b"\xef\xbb\xbf" + html_text.encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            encoding = None  # leave the bytes to the HTML reader's own sniffing
    from .html import read as read_html

    doc = read_html(payload)
    doc.format = "doc"
    if encoding:
        doc.encoding = encoding
    return doc

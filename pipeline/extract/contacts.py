"""Contacts: address, postcode, phones, faxes, e-mails and websites the report gives."""
from __future__ import annotations

import re

from ..numbers import fold

#: a landline (maybe with its area code and an extension after '-', '*', '×' or '转': '63262020-80403', '64872222转7071'),
#: or a mobile number ('18607917442')
_PHONE = (r"(?:1[3-9]\d{9}(?!\d)|(?:[(（]?0\d{2,3}[)）]?\s*[-—－–‐―]{0,3}\s*)?\d{7,8}(?:\s*[-—－–―*×转]\s*\d{1,5}(?!\d))?"
          r"|0\d{2,3}\s*[-—－–―]\s*12\d{3}(?!\d)"  # (a service line after its area code: '023-12360')
          r"|0\d{2,3}\s*[-—－–―]\s*\d{4} \d{4}(?!\d))")  # (a local number spaced in fours: '0757—8333 4144')
#: a country or generic top-level domain printed after a blank ('nmgfao.gov. cn', 'ji.shandong .cn'), where it ends an address
_SPACED_TLD = r"(?:(?: \. ?|\. )(?:cn|com|net|org)(?![A-Za-z0-9]))"
#: an e-mail address, maybe printed with a blank or a line's end next to its @ ('snrfb @126.com')
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+\s?@\s?[A-Za-z0-9\-]+(?:(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}" + _SPACED_TLD + "?|" + _SPACED_TLD + ")")
_URL = re.compile(r"(?:(?:https?|HTTPS?):// ?(?:(?:www|WWW)\. (?=[A-Za-z0-9]))?[A-Za-z0-9\-._~/?#=&%:+]+|(?<![\w:/])//(?=(?:[A-Za-z0-9\-]+\.)+(?:com|cn|net|org|gov|edu|cc|info|top|xyz|site)(?![A-Za-z0-9\-]))[A-Za-z0-9\-._~/?#=&%:+]+|(?:www|WWW)\. ?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:" + _SPACED_TLD + r"|[A-Za-z0-9\-._~/?#=&%:+]*))")
#: a postal address; not a web one (本文地址/网站地址/网页地址/邮箱地址…: the page's own URL in a crawl)
_ADDRESS = re.compile(r"(?:(?:联系地址|通讯地址|通信地址|办公地址|联系地点|(?<![文站页络件箱载取])地\s*址)\s*(?:[:：∶]{1,2}|[;；](?=\s*[\u3400-\u9fff][^,，;；。\n]{0,40}?(?:\d|[路街巷号楼室]))|为\s*+[:：]?+)\s*+[“\"]?+(?!https?:|www\.)"
                      # '办公地点设在X区汀泗桥镇沿河路6号,…'
                      r"|办公地点(?:设在|设于|位于)\s*"
                      # '（地址冯三镇正街84号，邮编…', '(地址永顺县万民乡青龙村;…': no colon inside a contact bracket; '…办公室联系地址
                      # 临淄区齐都路232号;电话…': none after a contact label, the address's number and 号 or 室 following; ',地址X…电话':
                      # none after a comma
                      r"|(?<=[（(])(?:联系)?地址(?=[\u3400-\u9fff][^,，;；。)）\n]{2,58}[\d;；,，])"
                      r"|(?<=[,，;；:：])\s*地址(?=[\u3400-\u9fff]{2}[^,，;；。)）\n]{2,58}?(?:电话|邮编|邮政编码|[;；,，。\n]|$))"
                      r"|(?:联系地址|通讯地址|通信地址|办公地址)(?=[\u3400-\u9fff][^,，;；。)）\n:：]{2,58}?\d+\s*[号室])"
                      # a comma typed for the colon ('(联系地址，平潭综合实验区北厝镇…大楼主楼6层，邮编350400')
                      r"|(?:联系地址|通讯地址|通信地址|办公地址)[,，](?=[\u3400-\u9fff][^,，;；。)）\n:：]{2,58}?\d+\s*[号室层楼][,，;；)）])"
                      # '请与X办公室联系(柳州市文惠路87号;邮编…', '请联系我办X办公室(深圳市…农林路1号…206室,电话…':
                      # an address without its label opening the bracket
                      r"|联系[^（()）。，,；;\n]{0,24}?[（(](?!地址|[^（()）\n]{0,6}[:：])(?=[\u3400-\u9fff][^,，;；。)）\n]{1,30}?(?:路|街|大道|巷|弄)\s*\d+\s*号))"
                      # a note in brackets inside it is part of it ('永嘉三江商务区(街道)宁浦村中心路8号')
                      r"((?:[^,，;；。()（）\n]|[（(][^,，;；。()（）\n]{1,24}[）)]){4,60})")
#: the number of the first of a list of addresses ('(1)')
_FIRST_OF_A_LIST = re.compile(r"^[（(][1一][）)]\s*")
_SPACE = re.compile(r"\s")
#: a layout blank next to a number in an address ('…行政中心六楼 623号', '…开先大道 287 号'; labels 4 : 0)
_BLANK_AT_A_NUMBER = re.compile(r"(?<=[\u3400-\u9fff\d])[ \u3000\xa0]+(?=\d)|(?<=\d)[ \u3000\xa0]+(?=[\u3400-\u9fff])")
#: the building, floor, room or office an address goes on to after a comma ('…187号,昌都大厦西10层',
#: '…昆阳镇,县前街县府大院1号楼105室', '…60号,自治州人民政府电子政务办公室'), not another contact
_ADDRESS_MORE = re.compile(r"[,，](?!\s*(?:邮|电|传|联系|网|信箱|e-?mail))(?:[^,，;；。()（）\n:：]|[（(][^,，;；。()（）\n]{1,24}[）)]){2,30}?"
                           r"(?:号|楼|层|室|大厦|办公室)(?:[（(][^,，;；。()（）\n]{1,24}[）)])?(?=\s*(?:[,，;；。)）\n]|$))", re.I)
#: where an address printed in a list of contacts ends: '…999号、邮编:114000', or a labelled
#: number a blank after it ('…735房间 电话:8328117')
_ADDRESS_END = re.compile(r"、(?:邮|电|传|联系)|邮编|邮政编码|邮递区号|联系电话|(?<=[号室楼层])电话|电话\s*[:：]|\s(?:电话|传真|电子邮箱|邮箱)\s*[:：]"
                          r"|邮\s+编\s*[:：]|[电传]\s+[话真]\s*[:：]")  # (labels spaced out: '…7楼邮 编：350400电 话：…')
#: the label of the page's own address, printed before it by crawls and CMS footers
_PAGE_URL_LABEL = re.compile(r"本文(?:地址|链接|网址)\s*[:：]\s*$")
#: what a street address holds
_STREET = re.compile(r"\d|[路街巷号楼室]")
#: a street address in brackets after an organ's name, maybe with the postcode after it
_STREET_IN_BRACKETS = re.compile(r"\s*[（(]([^（()）,，]{2,40}?[路街巷道](?:[^（()）,，]{0,12}?号)?[^（()）,，]{0,12}?)(?:[,，]\s*(\d{6}))?\s*[）)]")
_POSTCODE = re.compile(r"(?:邮\s*编(?:号码)?|邮政编码|邮递区号)\s*(?:为|是)?\s*[:：]?\s*(\d{6}(?!\d)|\d(?: \d){5}(?!\d))")  # ('0 4 6 0 0 0'; none of a misprinted 7: '2362400')
_PHONE_LABEL = re.compile(r"(传\s*真\s*电\s*话|(?:联系)?电话及传真|联系电话|咨询电话|办公电话|联系方式|请联系|请致电|拨打|电\s*话\s*[（(/]\s*兼?\s*传\s*真\s*(?:号码?)?\s*[）)]?|电\s*话\s*[/、]\s*传\s*真|电\s*话|传\s*真|电(?=\s*[:：]?\s*0\d{2,3}\s*[-—－–―]))(?:号码|号)?\s*(?:为|是)?\s*[:：]?\s*"
                         # a contact person's name before the number ('联系人及电话:何小磊0871-65301787')
                         # or the office it rings ('联系电话:X县生态环境局办公室 0792—6329579')
                         r"(?:[\u3400-\u9fff]{2,3}(?=\d)|[\u3400-\u9fff]{2,30}?(?:办公室|局|中心|科|股|处|所|站)\s*(?=[(（]?0\d{2,3}[)）]?\s*[-—－–―]))?((?:" + _PHONE + r")(?:(?:\s*[、,，/或;；]\s*|[ \u3000]+)(?:" + _PHONE + r"))*)")


#: an e-mail label glued to the address after it ('E-mailwencheng2210@163.com'; a lower-case 'email…' may be the address's own)
_EMAIL_LABEL_GLUED = re.compile(r"^(?:E-?[Mm]ail|e-mail)[:：]?(?=[A-Za-z0-9])")


#: a full stop a copying site printed for a dot inside a site or e-mail address ('www.hnzwgk。gov。cn', 'x@163。com')
_IDEOGRAPHIC_DOT = re.compile(r"(?<=[A-Za-z0-9])。(?=[A-Za-z])")


def contacts(text: str) -> dict:
    """The contacts stated in `text` (the report's preamble and opening paragraphs)."""
    t = fold(text)
    if "。" in t:
        t = _IDEOGRAPHIC_DOT.sub(".", t)  # (one character for one: positions in `t` stay those of `text`)
    out = {"address": None, "postcode": None, "phones": [], "faxes": [], "emails": [], "websites": []}
    m = _ADDRESS.search(t)
    if m:
        address = _original_slice(text, t, m.start(1), m.end(1))
        if address.count("(") + address.count("（") > address.count(")") + address.count("）") and t[m.end(1):m.end(1) + 1] in ")）":
            address += text[m.end(1)] if len(text) == len(t) else t[m.end(1)]  # '…党政办公室(办公楼一楼)'
        elif (more := _ADDRESS_MORE.match(t, m.end(1))) and not _ADDRESS_END.search(address):
            address += _original_slice(text, t, m.end(1), more.end())  # '…昌都西路187号,昌都大厦西10层'
        out["address"] = _ADDRESS_END.split(address, 1)[0].strip().rstrip("（(").strip()  # ('…80号(邮编:362271)')
        out["address"] = _BLANK_AT_A_NUMBER.sub("", _WHERE_IT_IS.sub("", out["address"]))  # ('地址位于X路79号')
        out["address"] = _FIRST_OF_A_LIST.sub("", out["address"])  # ('查阅地址:(1)X路1639号…;(2)…')
        if not _STREET.search(out["address"]) and (where := _STREET_IN_BRACKETS.match(t, m.end(1))):
            # '通信地址:X教育局(X区荔城街岗前路35号,511300)': the organ, then where it is
            out["address"] = _original_slice(text, t, where.start(1), where.end(1))
            out["postcode"] = where.group(2)
    if out["address"] is None and (street := _unlabelled_street(t)):
        out["address"] = _original_slice(text, t, street.start(1), street.end(1))
    m = _POSTCODE.search(t)
    if m:
        out["postcode"] = m.group(1).replace(" ", "")
    t = _GLUED_PHONES.sub(r"\g<0>、", t)  # (after the address: the text's positions no longer match the original's)
    # '请联系：X办公室（01069842187）': a number in brackets in the contact clause, without a label
    _add(out["phones"], [_phone(n) for m in _BRACKETED_PHONE.finditer(t) for n in re.findall(_PHONE, m.group(1))])
    _add(out["phones"], [_phone(m.group(1)) for m in _ORGAN_THEN_PHONE.finditer(t)])
    # '请与X镇人民政府联系(地址:…666号,0591-85611324,电子邮箱:…)': a number with its area code among the bracket's contacts
    _add(out["phones"], [_phone(n) for m in _CONTACT_BRACKET.finditer(t) for n in _UNLABELLED_PHONE.findall(m.group(1))])
    for m in _PHONE_LABEL.finditer(t):
        label = re.sub(r"\s", "", m.group(1))
        numbers = [_phone(n) for n in re.findall(_PHONE, m.group(2))]
        if "/" in m.group(2):
            numbers = _with_area_codes(numbers)
        # ('电027-83244769': a label a copying site cut)
        if ("电话" in label or "联系" in label or "咨询" in label or "致电" in label or label == "拨打" or label == "电") and label != "传真电话":
            _add(out["phones"], numbers)
        if "传真" in label:
            _add(out["faxes"], numbers)
    # '联系电话:0791-88461693(传真)', '电话:68551570,兼传真': the number is the fax too
    if "传真)" in t or "传真）" in t or "兼传真" in t:
        _add(out["faxes"], [_phone(m.group(1)) for m in _FAX_NOTED.finditer(t)])
    _add(out["emails"], [_EMAIL_LABEL_GLUED.sub("", _SPACE.sub("", e.rstrip("."))) for e in _EMAIL.findall(t)])
    websites = []
    for m in _URL.finditer(t):
        url = m.group(0).rstrip(".,;:)?").replace(" ", "")  # ('http:// www.kmxs.gov.cn', 'http://www. bjxch.gov.cn')
        before = t[max(0, m.start() - 1):m.start()]
        if "@" in before or _PAGE_URL_LABEL.search(t, max(0, m.start() - 12), m.start()):
            continue
        websites.append(url)
    if "网" in t or "下载" in t:  # what a bare address is cited with
        # (not what a full address holds, printed with a blank after its www.: 'www. xizang.gov.cn')
        bare_sites = [m.group(1) or m.group(2) for m in _BARE_SITE.finditer(t)]
        websites += [bare for bare in bare_sites if not any(bare in url for url in websites)]
    _add(out["websites"], websites)
    return out


#: what opens an address but is none of it: the words saying where it is ('地址位于…', '办公地址在人民大街6175号'), or its
#: label printed twice ('地址地址:X小区')
_WHERE_IT_IS = re.compile(r"^(?:位于|设在|在|(?:联系|通讯|通信|办公)?地\s*址\s*[:：∶]\s*)")
#: a number glued to the next one that repeats its area code ('0991-28171210991-2810740': 0991-2817121, 0991-2810740)
_GLUED_PHONES = re.compile(r"(?<!\d)(0\d{2,3})[-—－–―]\d{7,8}?(?=\1[-—－–―]\d{7,8}(?!\d))")
_BRACKETED_PHONE = re.compile(r"(?:请|可)(?:直接)?(?:与|联系|致电|咨询)[^。；;()（）]{0,40}?[(（]\s*((?:" + _PHONE + r")(?:\s*[、,，/]\s*(?:" + _PHONE + r"))*)\s*[)）]")
#: the contacts in brackets after '请与X联系'; a number with its area code between their separators, without a label
_CONTACT_BRACKET = re.compile(r"(?:请|可)(?:直接)?(?:与|联系)[^。；;()（）]{0,40}?联系\s*[(（]([^()（）]{0,160})[)）]")
_UNLABELLED_PHONE = re.compile(r"(?<=[,，;；])\s*(0\d{2,3}\s*[-—－–―]\s*\d{7,8})(?=\s*(?:[,，;；]|$))")
#: a number noted as the fax too ('0791-88461693(传真)', '0791-88461693(兼传真)', '68551570,兼传真')
_FAX_NOTED = re.compile(r"(" + _PHONE + r")\s*(?:[(（](?:兼|同)?传真[)）]|[,，]\s*兼传真)")
#: '请联系:顺庆区教育局办公室0817-2255591' ('…办公室:0515-66690509', '…党政综合办公室,86515145'): the office to call,
#: then its number without a label
_ORGAN_THEN_PHONE = re.compile(r"请(?:联系|与)\s*[:：]?\s*[\u3400-\u9fff（）()]{2,24}?\s*[:：,，]?\s*(" + _PHONE + r")")
#: a site address printed without www or http after the word 网站/网址 ('门户网站(m.sdzhian.com)', '门户网站“X局”(yjglj.x.gov.cn)',
#: '鹿城区政府信息公开网(xxgk.lucheng.gov.cn)')
_BARE_SITE = re.compile(r"(?:网站|网址|政务网|门户网|公开网|信息网)(?:“[^“”]{1,20}”)?[”\"]?\s*[(（:：]?\s*((?!www\.)(?:[A-Za-z0-9-]+\.)+(?:cn|com|net|org))(?![A-Za-z0-9.\-/])"
                        r"|(?<![A-Za-z0-9.\-/@])((?!www\.)(?:[A-Za-z0-9-]+\.)+(?:cn|com|net|org))(?=网站|网址|[)）]\s*(?:上)?(?:下载|查阅|查询))")


#: a street address printed without a label after a contact clause's punctuation ('联系方式:X市八一路105号,…',
#: '…(电话0730-8227358,南湖大道315号3楼,邮政编码…)', '现位于X区亚泰大街4660B号,联系电话…'; its 号 lost before the
#: next contact: '(泸州市泸县嘉明镇正大街16;邮编:646100;…)')
_STREET_ADDRESS = re.compile(r"(?:(?<=[:：,，;；(（。])|(?<=位于))\s*(?!现?位于)([\u3400-\u9fff][\u3400-\u9fff\d]{1,30}?(?:路|街|大道|巷|弄)\s*\d+[A-Za-z]?\s*(?:号|(?=[;；,，]\s*(?:邮编|邮政编码|电话|联系)))"
                             r"(?:[\u3400-\u9fff\dA-Za-z]{0,12}?[楼层室])?)(?=\s*[,，;；。)）]|\s*(?:电话|邮编|邮政编码|联系))")
#: the words of a contact clause, one of which is near an unlabelled street address
_CONTACT_WORDS = re.compile(r"电话|邮编|邮政编码|联系")


def _unlabelled_street(t: str) -> re.Match | None:
    """The first street address `t` prints without a label next to a contact clause's words (within 40 characters)."""
    for m in _STREET_ADDRESS.finditer(t):
        if _CONTACT_WORDS.search(t, max(0, m.start() - 40), m.end() + 40):
            return m
    return None


def _original_slice(original: str, folded: str, start: int, end: int) -> str:
    return original[start:end] if len(original) == len(folded) else folded[start:end]


def _phone(raw: str) -> str:
    digits = re.sub(r"[\s()（）]", "", raw)
    digits = re.sub(r"[-—－–‐―]{1,3}", "-", digits)  # '0825—8665336', '0378--6982677', '0830---8191554'
    m = re.match(r"^(0\d{2,3})-?(\d{7,8})([-*]\d{1,5})?$", digits)  # (an extension after '-' or '*': '021-69989888*2920')
    if m and (len(m.group(1)) + len(m.group(2)) in (10, 11, 12)) and ("-" in digits or len(digits) >= 11):
        area, local = m.group(1), m.group(2)
        if not digits.startswith(area + "-"):
            # printed without a dash: area codes are 010 and 02X (three digits) or four digits
            cut = 3 if digits[1] in "12" else 4
            area, local = (area + local)[:cut], (area + local)[cut:]
            if len(local) not in (7, 8):
                return digits
        return f"{area}-{local}{m.group(3) or ''}"
    return digits


def _with_area_codes(numbers: list[str]) -> list[str]:
    """`numbers` printed in one list after slashes, a local number after one with its area code given
    that code ('0919—6189091/6189092': 0919-6189091, 0919-6189092); one listed after 、 is a number
    of its own, kept as printed ('0591-83368798、83379395', labels 4 : 0)."""
    out: list[str] = []
    for n in numbers:
        if out and "-" in out[-1] and n.isdigit() and len(n) == len(out[-1].split("-")[1]):
            n = out[-1].split("-")[0] + "-" + n
        out.append(n)
    return out


def _add(target: list, values: list) -> None:
    for v in values:
        if v and v not in target:
            target.append(v)

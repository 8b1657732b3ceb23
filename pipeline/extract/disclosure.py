"""Proactive disclosure: the year's total of proactively disclosed items and its breakdown."""
from __future__ import annotations

import re

from ..numbers import fold_digits
from .issues import issue

_COUNT_UNIT = re.compile(r"\d\s*[条件篇项]")
#: documents counted in 份
_IN_COPIES = re.compile(r"\d\s*份")
#: a count not stated exactly ('7800余条', '2.1万条')
_APPROXIMATE_COUNT = re.compile(r"\d\s*(?:余万?|万余?|多万?|万多)\s*[条件篇项]")
#: a web site as a channel of publication; the new media counted beside it
_SITE_WORDS = r"网站|门户|政府网|政府外网|信息网|公开网|政务网|官网|公开平台|[”\"」]网(?![络民友])"  # (a site named in quotes: '在“X区人民政府”网主动公开…')
_MEDIA_WORDS = r"微博|微信|两微|双微|公众号|服务号|新媒体|新闻媒体|主流媒体|头条号|今日头条|抖音|快手|视频号|短视频|百家号|南方号|南方\+|澎湃号|企鹅号|网易号|搜狐号|大风号|强国号|学习强国|美篇|APP|App|客户端"
_SITE_NAMED = re.compile(_SITE_WORDS)
#: channels whose releases are counted one by one beside the site's
_CHANNEL_NAMED = re.compile(_MEDIA_WORDS)
#: a count of what a web site, or a new medium, released (not a kind named after one: '政务新媒体入口1条'; a medium's
#: may be rough: '…公众号更新信息40余条'; not its policy explanations: '…微信公众号共发布解读材料256条')
_SITE_COUNT = re.compile(rf"(?:{_SITE_WORDS})[^。；;，,\d]{{0,20}}?\d+\s*[条篇]")
_CHANNEL_COUNT = re.compile(rf"(?:{_MEDIA_WORDS})(?!入口)(?:(?!解读(?:材料|信息|文章)?(?:共计|共)?\s*\d)[^。；;，,\d]){{0,30}}?\d+\s*(?:余|多)?\s*[条篇]")
#: …a site's, its column or catalogue named after it ('通过“中国·东莞”门户网站厚街镇栏目及东莞市政府信息公开目录主动公开信息2516条')
_A_SITES_COUNT = re.compile(rf"(?:{_SITE_WORDS})[^。；;，,\d]{{0,40}}?\d+\s*[条篇]")
#: a count, exact or not ('2000余条')
_A_COUNT = re.compile(r"\d\s*余?\s*[条件篇项]")
#: where a clause ends
_CLAUSE_SPLIT = re.compile(r"[。；;!！?？\n]")
#: …and a full stop typed '.' after a character, before a blank ('…开展. 二 …'), in a copy that types them
_CLAUSE_SPLIT_TYPED = re.compile(r"[。；;!！?？\n]|\.(?<=[\u3400-\u9fff]\.)(?=\s)")
#: the words before a rough count: 近 (nearly), 约 (about), 逾 and 超 (over)
_ABOUT = frozenset("近约逾超")
#: words saying a count is the year's whole
_THE_WHOLE_SAID = re.compile(r"全年|本年|今年|共|总计|合计|各类")
#: a rough count of what was disclosed ('主动公开政府信息4900余条', '公开政府信息20余万条'): the paragraph's later counts are its shares
_ROUGH_WHOLE = re.compile(r"(?:公开|发布)[^。；;，,\d]{0,30}?\d+(?:\.\d+)?\s*(?:余万?|万余?|多万?|万多)\s*[条件篇]")
#: an item of a list counted roughly, after another's count ('…1247条、各类政务信息1.5万余条'); not a count since an earlier
#: year ('…共主动公开政府信息18条,累计发布各类信息290余条'), nor what another act released ('…主动公开信息4521条,发布涉企
#: 政策举措60余条'), nor a whole's rough parts ('…共发布各类信息120条,其中重点领域信息10多条,…')
_ROUGH_ITEM_NEXT = re.compile(r"\s*(?:、|[，,](?!\s*(?:累计|发布|公布|其中)))\s*[^，,。；;\d]{1,40}?\d+(?:\.\d+)?\s*(?:余万?|万余?|多万?|万多)\s*[条件篇]")
#: a numbered subheading, where a paragraph flattened into a line goes on to another topic ('…。（二）依申请公开方面。…')
_SUBHEADING = re.compile(r"[（(][一二三四五六七八九十]{1,2}[）)]|(?<![\u3400-\u9fff])[一二三四五六七八九十]{1,2}、")
#: a rough sum of the items a list counted ('…及其他公开信息共计30余条')
_ROUGH_SUM = re.compile(r"(?:共计|合计|总计)\s*\d+(?:\.\d+)?\s*(?:余万?|万余?|多万?|万多)\s*[条件篇]")
#: the year's total stated in a clause (first: '公开政府信息189(其中组织机构信息33条,…)', '…信息1287,其中…',
#: its unit lost before the breakdown)
_TOTAL = re.compile(r"(?:公开|公布|发布)[^。；;，,\d]{0,24}?信息\s*(\d+)\s*(?=[（(]其中|[，,]\s*其中)"
                    # '门户网站共更新信息1335条,其中…', '…全年总计更新主动公开信息500条': what a site updated, said to be the whole
                    # (and added: '2020年共新增和更新政府信息153条,其中…')
                    r"|[共总](?:计)?(?:当年|本年|全年)?(?:新增[和及、]?)?更新(?:各类)?(?:主动公开)?(?:政府|政务)?信息\s*(\d+)\s*[条件]"
                    # '2021年,东山镇在…平台网站上更新各类信息76条': of every kind, the whole
                    r"|更新各类(?:政府|政务)?信息\s*(\d+)\s*[条件]"
                    # '…通过政府网站主动公开,全年共推送各类工作信息290条': pushed, or edited and released ('共编发各类信息1555条'),
                    # of every kind, the whole
                    r"|共(?:推送|编发)各类[^。；;，,\d]{0,4}?信息\s*(\d+)\s*[条篇]"
                    # (not a kind after a colon: '公开政府信息类别:政策文件信息4条'; a colon inside a note in brackets; not the
                    # guide: '本年度公开政府信息公开指南1条,预决算信息1条,…')
                    # (not the catalogue, a noun: '信息公开目录信息更新量为5403条')
                    # (the 息 lost: '全年共发布信3366条'; the unit lost before 其中: '…主动公开政府信息293其中通过…')
                    r"|(?:公开(?!目录)|公布|发布)(?:[^。；;，,:：]|[:：](?=[^（）()]*[）)])){0,24}?(?:(?:政府)?信息(?!公开指南|化)|(?<![微短来电])信(?=\d))"
                    r"(?:[^。；;，,\d]{0,6}?|[^。；;，,\d]{0,16}?(?=共|总计|合计))"
                    # (after how many kinds: '共主动公开政府信息16项65条')
                    r"(?:共计|总计|合计|共|总数|数为|数)?\s*(?:为|有|达)?\s*(?:\d+\s*(?:项|类|大类)\s*(?=\d))?(\d+)\s*(?:[条件篇项份]|$|(?=其中))"
                    # '发布主动公开信息28大项、79小项,共计6657条': the count after the kinds
                    r"|(?:公开|公布|发布)[^。；;，,]{0,24}?信息[^。；;]{0,30}?[，,]\s*(?:共计|总计|合计共?)\s*(\d+)\s*条"
                    # '主动公开1945条信息', '主动公开的60条政府信息', '共主动公开了78条政府信息', '共主动公开185份政务信息',
                    # '共主动公示84条信息': the count before the word
                    r"|(?:(?:主动|对外)?公开|主动公示|发布|更新)了?的?\s*(\d+)\s*[条件篇份](?:主动公开)?(?:各类)?(?:政府|政务)?信息"
                    # '2021年合计共公开了35项政务信息': in 项, said to be all
                    r"|共公开了?\s*(\d+)\s*项(?:政府|政务)信息"
                    # '完成政府信息公开301条', '政府信息主动公开共111条', '完成信息公开716件', 'X办公室信息公开16526条' (not
                    # '财政信息公开12件' nor '建议提案办理结果信息公开13条', a kind)
                    r"|(?:政府信息(?:主动)?|(?:(?<![\u3400-\u9fff])|(?<=全年)|(?<=本年)|(?<=完成)|(?<=共)|(?<=主动)|(?<=政务)|(?<=[室局府委会镇乡道办区县市厅署]))信息)(?:累计)?公开\s*(?:共计|共)?\s*(\d+)\s*条|(?:完成|共)(?:政府)?信息公开\s*(\d+)\s*件"
                    # '…累计公开信息80条，主动公开80条。', '共通过门户网站…主动公开907条,其中…',
                    # '更新法定主动公开内容51条,包括乡镇文件30条,…', '…微信公众号上主动公开发布551条(篇),其中…': a whole
                    # broken down (in 项 too: '…管委会主动公开14项,其中机构职能2条,…')
                    r"|主动公开的?(?:发布)?(?:内容|数)?\s*(?:共计|共|为)?\s*(\d+)\s*[条项](?:[（(]篇[）)])?(?:$|(?=\s*[，,]\s*(?:其中|包括)))"
                    # '政府信息主动公开总数为100条,涉及…': the whole said; '我局主动公开286件,办结依申请公开38件', '我局主动公开文件
                    # 41件,依申请公开0件', '政府信息主动公开170篇,依申请公开18篇': the whole beside what was disclosed on application
                    # ('全年区卫生健康局政府信息公开发布总量为116件')
                    r"|(?:主动公开|政府信息公开(?:发布)?)(?:总数|总量)\s*(?:为|是|达)?\s*(\d+)\s*[条件]"
                    # '我办共主动公开政府信息131,主要为…': the unit lost before a comma (not a thousands' one: '1,234条')
                    r"|主动公开(?:政府)?信息\s*(\d+)(?=\s*[，,](?!\d))"
                    r"|主动公开(?:政府)?(?:文件|信息)?\s*(\d+)\s*[条件篇](?=\s*[，,、]\s*(?:(?:办结|受理|收到)?依申请|新收))"
                    # '主动公开政务信息、文件、重要通知公告、教育动态1012条,其中…' (or 81项): kinds listed before a whole broken down
                    r"|主动公开[^。；;，,\d]{0,40}?、[^。；;，,\d]{0,60}?(\d+)\s*[条项](?=\s*[，,]\s*其中)"
                    # '主动公开国资要闻220条,包括通知公告、…': what the site carries under its name, broken down
                    r"|主动公开[^，,。；;\d]{2,8}?(\d+)\s*条(?=\s*[，,]\s*包括)"
                    # '全年主动公开各类文件188件', '共制定主动公开文件39件,其中,…', '全区主动公开文件共1823条': documents of
                    # every kind, broken down, or said to be all ('主动公开文件数36条')
                    r"|主动公开各类文件\s*(\d+)\s*[件条]|主动公开(?:政府)?文件\s*(\d+)\s*件(?=\s*[，,。；;]|$)|主动公开(?:政府)?文件\s*(\d+)\s*[件条](?=\s*[，,]\s*其中)|主动公开文件(?:数为?|共计|共)\s*(\d+)\s*[件条]"
                    # '主动公开政府信息2024年全年共计6条,历年累计978条': the year said after what
                    r"|主动公开(?:政府)?信息\s*(?:19|20)\d{2}\s*年度?(?:全年)?(?:共计|共)\s*(\d+)\s*[条件]"
                    # '本局共印发主动公开文件66份', '…平台主动公开公文29份', '主动公开本部门文件20份': documents in 份
                    r"|主动公开(?:本(?:部门|单位|机关|局))?(?:文件|公文)(?:共计|共)?\s*(\d+)\s*份"
                    # '主动公开以县政府和县政府办公室名义制发的文件51份', '…主动公开政府文件210份': the government's documents
                    r"|主动公开(?:以[^。；;，,\d]{2,20}?名义(?:制发|印发)的|政府)(?:文件|公文)(?:共计|共)?\s*(\d+)\s*[份件]"
                    # '全年在官网发布属性为主动公开的文件45份': documents whose disclosure attribute is proactive
                    r"|属性为主动公开的(?:政府)?(?:文件|公文|信息)\s*(\d+)\s*[条件份]"
                    # '…水利领域信息81条，合计共221条': the sum of the kinds before it
                    r"|[，,]\s*(?:合计|共计|总计)共?\s*(\d+)\s*条"
                    # '发布文旅政策法规、文化活动信息…等各类信息共计252条', '…等政府信息共104条', '及时公开单位基本信息、…、天气预报等
                    # 信息103条', '共计发布部门动态、…、政府采购等内容201篇': a list of kinds before it
                    # ('共主动公开单位职责、…、惠民政策…等各类信息91项(条)', '动态更新人事任免、…、财政预决算等政府信息120条')
                    # (not a topic's: '…开设“一号改革工程”专栏,专题推送全市营商环境…等信息275条')
                    r"|(?<!专题)(?:公开|公布|发布|推送|更新)[^。；;，,]{0,80}?等(?:各类(?:政府|政务)?|政府|政务)?(?:信息|内容)\s*(?:共计|总计|合计|共)?\s*(\d+)\s*[条篇项]"
                    # '及时公开涉及机构设置、职能,政策法规,…,安全检查等信息共175条': a list over commas, said to be all
                    r"|(?:公开|公布|发布)[^。；;]{0,80}?等(?:各类)?(?:政府|政务)?信息\s*(?:共计|总计|合计|共)\s*(\d+)\s*条"
                    # '2024年全市政府信息公开专栏共发布1238条', '发布了94篇法定主动公开内容'
                    r"|政府信息公开[^。；;，,\d]{0,8}?共(?:主动)?(?:发布|公开)\s*(\d+)\s*条(?=[。；;，,]|$)"
                    r"|发布了?\s*(\d+)\s*[篇条](?:法定)?主动公开(?:内容|信息)"
                    # '…在政府门户网站及乡镇设立的公示栏、公告板发布共计24条': what was released, said to be all
                    r"|(?:公开|发布)(?:共计|总计|合计|共)\s*(\d+)\s*条"
                    # '全年信息更新468条,其中…', '通过政府门户网站共发布78条,其中:…': a whole broken down
                    r"|信息更新\s*(\d+)\s*条(?=\s*[，,]\s*其中)|共(?:主动)?(?:发布|公开)\s*(\d+)\s*条(?=\s*[，,]\s*其中)"
                    # '全年在X官网公示的信息共计227条': what was posted, said to be the whole; or broken down
                    # ('在X网站公示共23条,其中…', '区经信局共公示信息30条,其中,在…网站上公示信息14条,…')
                    r"|公示[^。；;，,]{0,24}?信息\s*(?:共计|总计|合计|共)\s*(\d+)\s*条"
                    r"|公示\s*(?:共计|总计|合计|共)\s*(\d+)\s*条(?=\s*[，,]\s*其中)|共公示(?:各类)?(?:政府|政务)?信息\s*(\d+)\s*条(?=\s*[，,]\s*其中)"
                    # '…管理委员会共主动公示政府信息259条', '通过公示栏、网站等形式公示政务信息36条': what was proactively posted
                    r"|(?:主动|等(?:形式|方式|渠道|途径))公示(?:各类)?(?:政府|政务)?信息\s*(?:共计|共)?\s*(\d+)\s*条"
                    # '本年度共制作政府信息184条，其中主动公开55条，依申请公开3条': of what was made
                    # ('…制作政府信息176条,其中通过区政府网站主动公开政府文件24条')
                    r"|其中[：:，,]?\s*(?:通过[^。；;，,\d]{2,16}?)?(?:属于)?主动公开(?:的)?(?:政府信息|政府文件|信息|文件)?(?:数为|数|为)?\s*(\d+)\s*[条件项份]"
                    # '主动公开《X2023年部门预算公开》《X2022年度部门决算》2条': the documents named, counted
                    r"|主动公开(?:《[^《》。；;]{1,60}》[、，,和及]?){1,8}\s*(?:共计|共|等)?\s*(\d+)\s*[条件篇份个]"
                    # '全年累计产生政府信息16条,均已主动公开': what was made, all of it disclosed
                    r"|(?:产生|制作|形成)(?:政府)?信息\s*(\d+)\s*[条件](?=\s*[，,]\s*(?:均|全部)(?:已|予以)?(?:主动)?公开)")
#: _TOTAL with the wordings a clause can only hold with one of _LISTED_TOTAL_WORDS in it (their long
#: scans after every 公开 would cost every clause a third more): a list of kinds before the count
#: ('…等方面政府信息7579条', '…等领域信息共1777条', '…等各项工作动态信息共计19条', '…等内容共计33条',
#: '主动公开工作动态…以及其他信息共计547条', '公开了临时救助、低保…等109条内容'), '全年共主动公开各类事项191件'
_TOTAL_WITH_LISTS = re.compile(_TOTAL.pattern
                               + r"|(?:公开|公布|发布)[^。；;，,]{0,120}?(?:等[^。；;，,\d]{0,8}?(?:方面|领域)的?(?:各类)?(?:政府|政务)?(?:信息|内容)\s*(?:共计|总计|合计|共)?"
                               r"|等[各多]项[^。；;，,\d]{0,8}?信息\s*(?:共计|总计|合计|共)?"
                               r"|(?:等内容|(?:以及|和|及)其他信息)\s*(?:共计|总计|合计|共))\s*(\d+)\s*条"
                               r"|(?:公开|公布|发布)了?[^。；;\d]{2,80}?等\s*(\d+)\s*条(?:内容|(?:政府|政务)?信息)"
                               r"|(?:公开|公布|发布)各类事项\s*(\d+)\s*[件条项]"
                               # '主动公开工作动态、政府采购、财政预决算、人事任命等945条', '…公益事业建设事项等共计94条'
                               r"|主动公开[^。；;，,\d]{0,80}?、[^。；;，,\d]{0,80}?等\s*(?:共计|合计|共)?\s*(\d+)\s*条"
                               # '主动公开包含机构信息、…和其他业务事项等在内的政府信息共7585条', '共发布包括食品、…信息等重点领域信息
                               # 在内的各类信息516条'
                               r"|(?:公开|公布|发布)[^。；;，,\d]{0,120}?等[^。；;，,\d、]{0,10}?在内的(?:各类)?(?:政府|政务)?信息\s*(?:共计|总计|合计|共)?\s*(\d+)\s*条"
                               # '共向社会公开人事任免、人员招录…等信息6522条', '主动向社会公开…等信息1851条' (kinds listed, the whole
                               # said; not '公开规范性文件等信息16条', one of a list, nor '及时公布…动态、通知通告等信息204条', a topic's)
                               r"|(?:共|主动)[^。；;，,\d]{0,6}?(?:公开|公布|发布)[^。；;，,\d]{0,80}?、[^。；;，,\d]{0,80}?等(?:政府|政务)?信息\s*(\d+)\s*[条件]"
                               # '2023年,我局在…平台上公开机关简介、…、医疗卫生等群众关心的信息114条': kinds listed in a
                               # sentence the year opens, what the organ disclosed that year
                               r"|^\s*(?:19|20)\d{2}\s*年度?\s*[，,]?[^。；;，,\d]{0,30}?(?:公开|公布|发布)[^。；;，,\d]{0,80}?、[^。；;，,\d]{0,80}?"
                               r"等[^。；;，,\d、]{0,8}?信息\s*(\d+)\s*条")
_LISTED_TOTAL_WORDS = re.compile(r"等[^，,。；;\d]{0,8}?(?:方面|领域)|等\s*(?:共计|合计|共)?\s*\d+\s*条|等[^，,。；;\d、]{0,8}?信息\s*(?:共计|合计|共)?\s*\d|等各项|等多项|等内容|其他信息|条内容|各类事项|在内的")
#: the words before a kind's share of the whole ('占公开信息总数的', '占总量的')
_SHARE_WORDS = r"占[^\d，,；;。]{0,8}?|[^\d，,；;。]{0,8}?总[量数]的"
#: a kind and its count ('机构职能类信息3条'), maybe with a note on the kind between them ('…类信息(包括行政审批、执法等)12条',
#: '…类(包括规范性文件、政策解读等)信息10条';
#: a short one on what it includes is part of its name: '工作动态类信息(含通知公告)135条')
_ITEM_PATTERN = (r"(?P<name>(?:\d{4}年)?[^\d，,；;。：:（）()%]{2,48}?)(?P<note>NOTE)(?:为|有|占|共计|累计|总计|共(?:公开|发布|公布|更新|解读)?|[:：]\s*)?(?P<n>\d+)\s*(?P<unit>[条件篇项个张份则期]|部(?![门委署局分队位]))"
                 r"(?:\s*[，,、]?\s*(?:" + _SHARE_WORDS + r"|(?P=name)比例为?)?\s*(?P<pct>\d+(?:\.\d+)?)\s*%)?")
#: a kind's share after the note on its count (the item's own share, _ITEM_PATTERN's pct, once the note is passed)
_SHARE_AFTER_A_NOTE = re.compile(r"\s*[，,、]?\s*(?:" + _SHARE_WORDS + r")\s*(\d+(?:\.\d+)?)\s*%")
#: (or the edition of a document in brackets: '政府信息公开指南(2023年版)1条')
_ITEM_NOTED = re.compile(_ITEM_PATTERN.replace("NOTE", r"(?:[（(](?:[^（）()\d。；;]{1,20}|\d{4}年度?版)[）)](?:信息)?)?"))
#: …without the note, where the sentence holds no bracket (its group is then empty; a third cheaper to try)
_ITEM = re.compile(_ITEM_PATTERN.replace("NOTE", ""))
#: what the act of disclosing (公开) opening a kind's name is not followed by: a count's own words ('公开信息…'), a 的
#: (where the act's own 的 is not taken: '其中主动公开的公文类信息有22条', a count of a whole), or a kind named with it
#: ('公开指南', '公开目录', '公开文件', '公开交易公告', '公开年报', '公开信息公开目录信息')
_NOT_AFTER_THE_ACT = r"(?!的|信息(?!公开)|政府信息|指南|事项|(?:基本)?目录|文件|交易|年报|工作年度报告)"
#: the words after 信息 that say how many there are, not which kind ('信息共计13条', '信息数为', '信息总量')
_COUNTS_WORDS = "总|共|合|累|数|量|为|达|有|均"
_LEAD = re.compile(r"^((?:公开)?(?:类别)?主要涉及|(?:通过|依托|在)?[^，,。；;]{0,40}?等(?:平台|渠道|途径|方式|载体)(?:主动)?(?:公开|发布)(?=[^，,、]{2,})|[^，,。；;、]{2,16}?(?:目录|专栏|栏目)中(?:主动)?(?:公开|发布)(?=[^，,、]{2,})|占(?=\D)|(?:主站|子站)(?=[^，,、]{2,})|(?:[^，,。；;]{0,20}?公开的?(?:政府)?)?(?:条)?信息中(?=[^，,、]{2,})|含(?![山量])(?=[^，,、]{2,})|[一二三四五六七八九十]是(?:主动)?(?:公开|发布)?|(?:\d{4}年)?(?:全年|本年度?)(?:主动)?(?:公布|公开|发布)(?=[^，,、]{2,})|\d{4}年度?(?:共计?)?(?:主动)?(?:公布|发布)(?!各类|各项)(?=[^，,、]{2,})|(?:\d{4}年度?)?(?:[我本](?:[委局办厅区县市镇乡]|街道?|中心|单位|机关)|街道|[省市县区][\u3400-\u9fff]{0,10}?(?:办公室|办公厅|局))[已还]?(?:主动)?(?:更新|公开|发布|公布)了?(?=[^，,、]{2,})|(?:\d{4}年度?)?(?:共计?|全面|集中)?(?:主动)?公开(?:公示)?" + _NOT_AFTER_THE_ACT + r"(?=[^，,、]{2,})|其中(?:包括|包含|含(?![山量])|主要包括|主要包含|主要有|有|(?:主动)?公开了?" + _NOT_AFTER_THE_ACT + r")?|(?:主要|信息)?类别(?:主要)?(?:有|为|是|包括)|主要有|[\u3400-\u9fff]{0,2}?主要(?:是|为)(?=[^，,、]{2,})|属于(?=[^，,、]{2,})|共有(?=[^，,、]{2,})|分别为|分别是|分别包括|具体为|(?:具体|内容)(?:主要)?(?:包括|包含)|为(?![民企老])(?=[^，,、]{2,}类)|(?:按规定)?及时发布(?=[^，,、]{2,})|分别(?:以|公开|发布)(?=[^，,、]{2,})|(?:另外|此外)?(?:还)?包括了?|包含了?|主要包括|主要包含|(?:主动)?向社会(?:公开|公布|发布)(?=[^，,、]{2,})|(?:具体|内容)?涵盖|[^，,。；;]{0,16}?主动公开发布|[^，,。；;、]{0,24}?主动公开(?:政府|政务)?信息(?!公开|中|" + _COUNTS_WORDS + r")(?=[^，,、]{2,})|(?!“[^”]{1,14}”栏目)[^，,。；;、]{2,16}?共(?:制发|发布|公布|公开)(?!(?:各类)?(?:政府|政务)?信息)(?=[^，,、]{2,}))[，,：:]?")
#: the words of a clause disclosing something (not the 公开 naming a column: '信息公开栏目发布信息43条' counts a column's items)
_DISCLOSING = re.compile(r"主动公开|主动发布|主动公示|共公示(?:各类)?(?:政府|政务)?信息\s*\d+\s*条\s*[，,]\s*其中|等(?:形式|方式|渠道|途径)公示|主动向(?:社会|公众)(?:公开|公布|发布)|发布[^，,。；;\d类]{0,6}?信息\s*\d+\s*条\s*[，,]\s*其中|公[开布](?!栏目|专栏)[^，,。；;\d]{0,6}?(?:、[^，,。；;\d]{0,6}?)?信息|公[开布]各类[^，,。；;\d]{0,12}?信息|公开[了的]?(?:发布)?\s*(?:共计|共)?\s*\d+\s*[条件篇]|政府信息共"
                         r"|(?<!微博)(?<!微信)(?<!公众号)(?<!头条号)(?<!视频号)(?<!抖音)(?<!快手)(?:全年|本年)(?:(?!微博|微信|公众号)[^，,。；;\d]){0,16}发布[^，,。；;\d]{0,4}信息|对外发布[^，,。；;\d]{0,4}信息"
                         # ('…,全县共发布政府信息41584条': the whole)
                         r"|(?<![微号站])共发布(?:政府|政务)信息\s*\d+\s*条|共公开了?\s*\d+\s*项(?:政府|政务)信息"
                         r"|公示[^，,。；;\d]{0,6}?信息\s*(?:共计|总计|合计|共)")
#: a clause disclosing (or updating) a list of kinds ('…及时公开机构设置、…、工作动态等政府信息106条'), tried where it holds 等 and 、
_DISCLOSING_A_LIST = re.compile(r"(?:公[开布]|推送|更新)[^，,。；;\d]{0,80}?、[^，,。；;\d]{0,80}?等[^，,。；;\d、]{0,8}?信息\s*\d+\s*条"
                                # ('及时公开涉及机构设置、职能,政策法规,…,安全检查等信息共175条': over commas, its whole said)
                                r"|公[开布][^。；;\d]{0,80}?、[^。；;\d]{0,80}?等(?:各类)?(?:政府|政务)?信息\s*(?:共计|总计|合计|共)\s*\d+\s*条")
#: a clause on information disclosed, by the kinds listed before it ('公开乡村振兴政策…等各类政府信息96条',
#: '公开了临时救助、低保…等109条内容', '…等领域信息共1777条', '共向社会公开人事任免、…等信息6522条'), or by a whole
#: updated and broken down or of every kind ('全年信息更新468条,其中…', '…网站上更新各类信息76条'): for each word
#: (_LISTED_WORDS) the wording it is tried for where the clause holds it (their verbs are everywhere)
_LISTED_KINDS = {
    "等各类": re.compile(r"(?:公开|公布|发布)[^。；;\d]{0,80}?等各类(?:政府|政务)?信息"),
    "条内容": re.compile(r"公开了?[^。；;\d]{2,80}?等\s*\d+\s*条内容"),
    **{word: re.compile(word + r"的?(?:各类)?(?:政府|政务)?信息\s*(?:共计|总计|合计|共)?\s*\d+\s*条") for word in ("等方面", "等领域")},
    "信息更新": re.compile(r"信息更新\s*\d+\s*条\s*[，,]\s*其中"),
    "更新各类": re.compile(r"更新各类(?:政府|政务)?信息\s*\d"),
    "等信息": re.compile(r"(?:共|主动)[^。；;，,\d]{0,6}?(?:公开|公布|发布)[^。；;，,\d]{0,80}?、[^。；;，,\d]{0,80}?等信息\s*\d+\s*条"),
    "在内的": re.compile(r"(?:公开|公布|发布)[^。；;，,\d]{0,120}?等[^。；;，,\d、]{0,10}?在内的(?:各类)?(?:政府|政务)?信息\s*(?:共计|总计|合计|共)?\s*\d+\s*条"),
}
_LISTED_WORDS = re.compile("|".join(_LISTED_KINDS))
_NOT_THE_YEAR = re.compile(r"截至|截止|历年|访问|浏览|申请|免予公开|不予公开|国家秘密|复议|诉讼")
#: 'so far', of a count over all the years, or since a body or a medium was set up ('自街道成立以来…公众号平台发布信息169条')
_SO_FAR = re.compile(r"[至到]目前为止|迄今|(?:成立|开通|上线|创办|开办|设立)以来")
#: what makes a 累计 count the year's own ('全年累计主动公开…', '2020年，全镇累计…', '…如下:2019年我镇…累计…',
#: '2022,通过…累计…' (the year's 年 left out), '…公开范围,2016年,我局…累计…', '我镇2023年累计…', '2009年主动公开信息累计…' (not '到2017年底累计…', since the first year), '1月1日至12月31日我局…累计…', '自2016年1月1日到12月31日累计…')
_YEAR_SCOPE = re.compile(r"全年|本年|今年|一年来|(?:^|[:：])\s*(?:19|20)\d{2}\s*(?:年|[,，])|[,，]\s*(?:19|20)\d{2}\s*年度?\s*[,，]|(?:19|20)\d{2}\s*年度?(?!底)[^，,。；;\d]{0,10}?累计|1\s*月\s*1\s*日(?:起)?[至到]\s*(?:(?:19|20)\d{2}\s*年)?\s*12\s*月\s*31\s*日")
#: a span of years ('2003年-2018年', '2003年至2019年')
_YEARS_SPAN = re.compile(r"(?:19|20)\d{2}\s*年\s*(?:[-—－–~～]|至|到)\s*(?:19|20)\d{2}\s*年")
_SINCE = re.compile(r"((?:19|20)\d{2})\s*年以来")
_A_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")


def _accumulated_in_scope(clause: str, m: re.Match, to_the_years_end: bool) -> bool:
    """Is the accumulated (累计) count `m` the year's own: said in the year's scope and not since an
    earlier year, or, `to_the_years_end`, accumulated up to the year's end?"""
    return (bool(_YEAR_SCOPE.search(clause[:m.end()])) and not _since_an_earlier_year(clause[:m.start()])
            or to_the_years_end and bool(_TO_THE_YEARS_END.search(clause, 0, m.start()))
            or not _EARLIER_SCOPE.search(clause))


#: a clause counting what the year itself disclosed ('本年度主动公开信息1068条')
_THE_YEARS_COUNT_NEXT = re.compile(r"\s*[，,]\s*(?:本年度?|今年|全年|当年)(?:新增)?[^。；;，,\d]{0,12}?公开[^。；;，,\d]{0,12}?\d+\s*[条件项]")
#: words scoping a count beyond the year: since an earlier time, up to a date, what a site holds
_EARLIER_SCOPE = re.compile(r"截至|截止|历年|以来|至今|迄今|目前|成立|开通|上线|总量|共有|存量|(?:19|20)\d{2}\s*年(?:起|至|底|末|\d{1,2}\s*月)")


def _since_an_earlier_year(text: str) -> bool:
    """Does `text` count 'since' a year before another it names ('2009年,…对2005年以来的政府信息进行了梳理,…累计…')?"""
    since = _SINCE.search(text)
    return bool(since) and any(int(y) > int(since.group(1)) for y in _A_YEAR.findall(text))


#: a count accumulated up to the year's end ('截至2019年12月底', '截止2024年12月31日', '截至2025年底')
_TO_THE_YEARS_END = re.compile(r"(?:截至|截止)(?:到)?\s*(?:19|20)\d{2}\s*年\s*(?:12\s*月\s*(?:31\s*日|底|末)|底|末)")
#: a count 'as of' a date that is still the year's ('截至2024年12月31日,…全年累计主动公开…640条', '2020年度(截止12月31日)…')
_THE_YEARS_OWN = re.compile(r"全年|本年|今年|(?:19|20)\d{2}\s*年度?\s*[（(]\s*截[至止]")
_SENTENCE_SPLIT = re.compile(r"[。\n]")
_SENTENCE_SPLIT_TYPED = re.compile(r"[。\n]|\.(?<=[\u3400-\u9fff]\.)(?=\s)")
#: a line break inside a list, after its punctuation (a copy that breaks lines at '；')
_LIST_LINE_BREAK = re.compile(r"(?<=[；;，,、])\n")
_TYPED = re.compile(r"类(的)?信息")
#: the words introducing a list of kinds inside a name's text ('…信息中,', '主要有:', '主动公开的信息包括'), and all up to them
_INTRO = re.compile(r"(中|有|是|为)[，,：:]|信息(?:主要)?包括")
_UP_TO_INTRO = re.compile(r"^.*?(?:(?:中|有|是|为)[，,：:]|信息(?:主要)?包括[，,：:]?)")
_NOT_A_NAME = re.compile(r"^(主动)?公开(?!指南|事项|(?:基本)?目录|文件|年报|交易|工作年度报告)|^方面|^(?:受理|收到|答复|处理)依申请|^处理(?!结果|决定)|^办理(?![^，,；;]{0,20}的依据、)|^(?:万|余|多)+[条件篇项]|^各类(?:政府|政务)?信息$|^完成|^发布(?!会)|开设|开通|^(?:组织)?开展(?![^，,；;]*情况信息$)|^(?:编辑|出版|编印|举办|召开)|(?:通过|在)[^，,、]*(?:公开|发布)(?:政府|政务)?信息$|^在(?!线)|^通过|^共|^并|^年(?!度|报|初|中|终)|共主动|共公开|共发布|共更新|共计|累计|全年|本年|^我|年$|\d|^合计|^总计|^(政府)?信息$"
                         r"|(?<!依)申请(?!行政许可需要)|受理(?![^，,、]{0,8}?公示)|办结|结转|(?<!提案)(?<!建议)答复|复议|诉讼|刊发|刊登|(?<!动态)报道|转载|公众号|微信|微博|新媒体|融媒体|头条(?!新闻)|抖音|网站(?:发布|公开|更新|推送)|^门户网站$|(?<!其他)(?<!其它)(?<!其余)各类(?:信息)?$|^各类(?![^，,、]{0,4}?(?:方案|规划|计划|文件|预决算|项目|通知|公告))[^，,、]{0,6}信息$|免[予于]公开|不予公开|国家秘密"
                         r"|制作、?获取|获取的"  # what was made and obtained ('本机关制作、获取的政府信息2196条,其中主动公开文件753条')
                         r"|媒体$")  # the media that carried reports ('国家级媒体10篇,省级媒体142篇')
# (申请 in a kind's name is the 条例's own wording of one: '行政许可的事项、…以及申请行政许可需要提交的全部材料目录及办理情况')
#: the channel or verb before a kind's name ('通过政府门户网站主动公开规划计划类', '发布重点工作通报事项');
#: a name that is only a channel ('通过政府网站公开信息', '在门户网站公开') is no kind (_NOT_A_NAME); the channel before a
#: kind's name ('通过X网站公开Y类信息', '在X门户网及时公开主站通知公告', 'X门户网站部门子站发布通知公告')
#: (a kind's name ending in 类, maybe with '公开信息' after it: '…等渠道发布医疗类公开信息')
_CHANNEL = re.compile(r"^(?:(?:[^，,、]{0,8}?通过|在)[^，,]*?(?:主动公开|公开|发布)(?:发布|公布)?(?!专栏|栏目)(?:(?=[^，,、]*类(?:公开)?(?:信息)?$)|(?:主站|子站)(?=[^，,、]{2,}$))"
                      r"|(?:\d{4}年度?)?[^，,、]{0,20}?(?:网站|网|平台|公众号)上?(?:等(?:渠道|平台|途径|方式))?(?:主动公开|公开|发布)(?:发布|公布)?(?=[^，,、]*类(?:公开)?(?:信息)?$)"
                      r"|[^，,、]{0,24}?子站(?:主动公开|公开|发布)(?=[^，,、]{2,}$)|(?:及时|实时|梳理)?(?:制定并发布|制定并公布|更新|发布|公布|制发)(?=[^，,、][^，,]{2,}$))")
#: what a kind's name is followed by before its count ('机构职能栏目共公开信息10条', '业务工作类信息主动公开210条')
_KIND_TAIL = re.compile(r"(?:(?<=栏目)|(?<=类))(?:共计?|累计)?(?:主动)?(?:公开|发布)(?:政府)?信息$|(?<=类信息)(?:主动)?公开$"
                        r"|(?<=栏目)(?:共计?|累计)?(?:主动)?(?:公开|发布)$"  # ('执行法规条例栏目发布3条')
                        r"|(?<=领域|专题)(?:共计?|累计)?主动公开$")  # ('“两化”专题领域主动公开268条')
#: a kind printed without its count before the next kind ('部门概况类信息条、政策文件类信息')
_COUNT_LOST = re.compile(r"^.*(?:类|信息)条、")
#: a note after a kind that says what it counts or how, not which kind it is ('(包括行政审批…)', '(其中…)', '(共…)')
_NOTE_NOT_A_NAME = re.compile(r"包括|其中|主要|共|约|占|分别|如|即|指|为|是|有")
#: the opening of a kind's name holding a word in brackets ('村(社区)' of '村(社区)栏目199条'; not a channel:
#: '通过X公众号(Y)发布信息…')
_NAME_OPENING_IN_BRACKETS = re.compile(r"(?![^（(]*通过)[^\d，,；;。：:、（）()\s]{1,12}[（(][^（）()\d，,；;。、]{1,20}[）)]$")
#: names listed with 、 before the last, which ends in 等 and the kind they are fields of
_NAMES_LISTED = re.compile(r"(?:[^\d，,；;。：:、（）()\s]{2,14}、){1,8}")
#: a note in brackets after a kind's count ('(中英文各1条)', '(包括今日礼泉、部门乡镇等)')
_COUNT_NOTE = re.compile(r"\s*[（(](?!其中|包括|分别|含)[^（）()\d]{0,12}\d*[^（）()\d]{0,6}[）)](?=[、，,；;])"
                         # '日常工作情况240条(街道11个科室以及4个社区)、…': who made them, numbers counting no kind's items
                         r"|\s*[（(](?!其中|包括|分别|含)(?=[^（）()]{0,30}[）)])(?:[^（）()\d]|\d+(?![\d.]|\s*[条件篇项]))+[）)](?=[、，,；;])"
                         # '政务动态信息2372条(包括今日礼泉、部门乡镇、公示公告等);': what the kind holds, no counts in it
                         r"|\s*[（(](?:包括|含)[^（）()\d]{1,60}[）)](?=[、，,；;])"
                         # '机构概况:2条,主要包括领导职务等信息;…': a clause on the item, in a list set off by semicolons
                         r"|[，,][^\d；;。，,]{2,30}(?=[；;])")
#: a note in brackets after a kind's count breaking it down further ('政策解读2条(其中包括1条文稿解读,1条图文解读),…',
#: '重大民生信息165条(社会保障类79条、社会救助类82条),…'): the kind's own, not kinds of the list
_SUBCOUNTS_NOTE = re.compile(r"\s*[（(](?:其中|包括|包含|含|(?=[^（）()\d，,。；;]{2,20}\d+\s*[条件篇]))[^（）()]{1,200}[）)](?=\s*[、，,；;]|\s*$)")
#: the words around a kind's name: '涉及X的信息', '涉及到X' ('法定主动公开内容涉及X'; not '经济和涉及…'), '关于X', '“X”栏目'
_KIND_WORDING = re.compile(r"^[^，,；;]*?等(?:信息|内容|事项)的(.{2,})$"  # (the kind its fields describe: '(包含)X、Y等信息的部门文件')
                           r"|^(?:(?:其|[^，,、“]{0,8}?内容)?涉及到?|关于)(.+?)(?:的信息)?$|^“([^”]+)”(?:栏目(?:共?(?:发布|公开|更新)[^“”]*)?|信息)?$"
                           r"|^“([^”]+)$")  # (a quote closing after the count: '“双随机系统公开4条”')
#: the fields describing the kind named after them ('X、Y等信息的部门文件')
_FIELDS_DESCRIBING = re.compile(r"等(?:信息|内容|事项)的")
#: fields listed before the kind they make up ('新区委领导、机构职能等' of '…等概况类')
_FIELDS_OF_A_KIND = re.compile(r"^[^，,；;]*、[^，,；;、]*?等(?=[^、等]{1,8}类(?:信息)?$|[^、等]{1,6}领域(?:政府|政务)?信息$)")
#: a year opening a kind's name ('2021年信息公开年报1条')
_LEADING_YEAR = re.compile(r"^\d{4}年度?")
#: words around a kind's name that are not part of it: '以及…等', '等…' (a note in brackets before it taken off: '(X发、Y发)等政策
#: 文件'), '…信息发布' (the act after it: '解读信息发布152条'; not a medium's, '报刊发布303条'), '…更新量', '…信息量', '…信息合计', '…数' (a
#: count's word: '…信息数', '规划计划数'), '…类的信息' (not '其他应主动公开的信息', as ../shared/golden names it)
_NAME_WRAPPING = re.compile(r"^(?:以及|及(?!时)|和|等)|(?:等|(?<=信息|目录)发布|更新量|发布量|(?<=信息)(?:更新|合计|共计|量)|(?<=信息)条数|(?<![人次户份指])(?<![^文]件)数量?|(?<=[类息)）])的信息)$")


def active_disclosure(text: str, proactive: str = "", overview: str = "", year: int | None = None) -> tuple[dict, list[dict]]:
    """({total, categories}, issues) from the report text; `proactive`, the text of a section
    on proactive disclosure, where a count of items released ('发布信息共895条') is one;
    `overview`, the first section's when it is an overview, where one said to be the whole is;
    `year`, the year reported on, whose count wins over an earlier year's stated beside it."""
    text, proactive, overview = (_counts_as_printed_plainly(t) for t in (text, proactive, overview))
    candidates = (_totals(text) or _totals(proactive, released=True) or _totals(overview, released=True, said_whole=True)
                  or _totals(text, released=True, said_whole=True)
                  or "累计" in text and _TO_THE_YEARS_END.search(text) and _totals(text, to_the_years_end=True) or [])
    if (len(candidates) > 1 and proactive and _counted_for(candidates[0], _SITES_COUNT, text)
            and (own := _totals(proactive)) and own[0] in candidates and _counted_for(own[0], _PROACTIVE_COUNT, proactive)):
        # a site's count, and the section on proactive disclosure saying what was disclosed ('二、重点领域…通过门户网站
        # 公开政府信息3636条' … '（一）主动公开政府信息的数量…主动公开政府信息1913条'): the year's is the section's
        candidates = [own[0]] + [c for c in candidates if c != own[0]]
    if (len(candidates) > 1 and _counted_for(candidates[0], _DOCUMENTS_DISCLOSED, text, "件份条")
            and (information := next((c for c in candidates[1:] if _counted_for(c, _INFORMATION_DISCLOSED, text, "条篇", 70)),
                                     None)) is not None):
        # the documents issued that were disclosed, and later the information disclosed ('共发文96件,其中主动公开文件0件,…' …
        # '另外,我镇共在政务信息公开平台主动公开政府信息达18条', '…主动公开政府信息简报111篇'): the year's is the information's
        candidates = [information] + [c for c in candidates if c != information]
    if (candidates and proactive and ("万" in proactive or "余" in proactive or "多" in proactive)
            and (rough := _ROUGH_WHOLE.search(proactive)) and "主动" in proactive[max(0, rough.start() - 40):rough.end()]
            and not any(re.search(rf"(?<![\d.]){c}\s*[条件篇项份]", proactive) for c in candidates)):
        candidates, text = [], proactive  # the section on proactive disclosure states the year's whole roughly ('主动公开各类政务
        # 信息1.85万条'): no count stated elsewhere is it, nor are kinds counted elsewhere its breakdown ('…(三)政府信息管理情况 …
        # 三是注重重点领域公开。集中规范公开…等信息87条,公开助企纾困信息136条、…')
    if year and candidates and ("截至" in text or "截止" in text) and (before := _up_to_earlier_years(text, year)):
        candidates = [c for c in candidates if c not in before]  # (a 2020 report's '截至2019年12月31日,共…发布信息1298篇')
    categories = _categories(text, set(candidates))
    cat_sum = sum(c["count"] for c in categories) if categories else None
    if year and len(candidates) > 1 and (earlier := _earlier_years_counts(text, year)):
        # '2016年全市主动公开政府信息95247条,其中…。2017年全市主动公开政府信息达115974条' (a 2017 report): the
        # year's own, not the year before's nor its breakdown (kinds not adding up to the year's)
        theirs = [c for c in candidates if c in earlier]
        if theirs and len(theirs) < len(candidates):
            candidates = [c for c in candidates if c not in earlier] + theirs
            if cat_sum != candidates[0]:
                categories, cat_sum = [], None
    if (not candidates and cat_sum and len(categories) >= 2 and _counted_for(cat_sum, _RELEASED_COUNT, text)
            and not _counted_for(cat_sum, _ONE_OF_WHICH, text)
            and not _counted_for(cat_sum, _SITE_AFTER_A_MEDIUM, text)
            and not (_a_rough_whole(text) and _counted_for(cat_sum, _SITE_BEFORE, text))
            and not _counted_in_a_first_point(cat_sum, text)):
        # a count of what was disclosed the kinds add up to ('…主动公开文件89条。…类别,主要包含…'), not a share of
        # another ('…1.17万条,其中通过政府门户网站公开信息5350条') nor a site's right after a medium's ('…微信公开政府信息67条,
        # 通过政府网站公开政府信息30条,其中法规文件2条,…') or beside a rough whole ('…全年主动公开信息480余条'), nor the
        # first point's of a list counting in its second too
        candidates = [cat_sum]
    if not candidates and "主动公开" in text and _NONE_DISCLOSED.search(text):
        candidates = [0]  # ('截至2022年12月31日,我镇全年没有主动公开的政府信息')
    if ("累计" in text or "新增" in text) and (new := _new_this_year(text)) is not None:
        candidates = [new] + candidates
    total = None
    # kinds that break down one part of a whole stated first, a channel's share or the key areas' ('共计231条。其中,
    # 通过网站…166条,包括:…', '全年主动公开政务信息306条。…全年公开重点领域政府信息共119条…其中,涉及养老服务领域…')
    # (or one kind's, broken down: '本单位2023年度主动公开政府信息641条。…我委主动公开价格和收费信息162条,其中:…')
    part_share = (cat_sum is not None and bool(candidates) and candidates[0] > cat_sum
                  and (cat_sum in _part_counts(text) or _counted_for(cat_sum, _A_KINDS_INFORMATION_COUNTED, text)))
    if cat_sum is not None and cat_sum in candidates and not part_share and (len(categories) > 1 or candidates[0] == cat_sum):
        total = cat_sum  # (not one kind's count over the whole stated before it: '公开信息52条,其中…类信息36条、…12篇')
    elif candidates:
        total = candidates[0]
    if total and cat_sum and cat_sum > total and max(c["count"] for c in categories) >= total:
        # the whole among the counts beside it ('发布…环境信息和全市环境工作信息等924条,发布政策解读3条'), or a count beyond it
        # ('全年公开各类政府信息3050条、政务动态信息更新2944条、…图片信息1014条'): no breakdown, but of the others where they add
        # up to it ('…194条。其中概况类信息67条,政务动态信息127条,信息公开目录信息194条')
        rest = [c for c in categories if c["count"] < total]
        categories = rest if len(rest) >= 2 and sum(c["count"] for c in rest) == total else []
        cat_sum = total if categories else None
    issues = []
    if total is not None and cat_sum is not None and cat_sum != total and not part_share:
        issues.append(issue("sum_mismatch", f"disclosure categories add up to {cat_sum}, the text states {total}",
                            path="$.active_disclosure.total", printed=total, expected=cat_sum))
    issues += _percent_issues(categories, cat_sum if part_share else total)
    return {"total": total, "categories": categories}, issues


#: the year said to have disclosed nothing proactively ('…管委会2011年无主动公开政府信息'; not '无主动公开信息而未公开的情况')
_NONE_DISCLOSED = re.compile(r"(?:全年|本年度?|今年|(?<!\d)\d{4}年度?)[^。；;，,\d]{0,6}?(?:没有|无)主动公开(?:的)?(?:政府)?信息(?![^。；;，,]{0,8}?而)")
#: a count printed with thousands separators, before its unit ('21,943条')
_SEPARATED_COUNT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])(?=\s*[条件篇项个份])")


#: a count of what was disclosed in a clause opening with a year ('2016年全市主动公开政府信息95247条'; not
#: '2016年以来', '2016年底')
_A_YEARS_COUNT = re.compile(r"(?:^|(?<=[。；;\n]))\s*((?:19|20)\d{2})\s*年(?!以来|底|末|度以来|度?[至到])[^。；;\n\d]{0,30}?(?:公开|发布)[^。；;，,\n\d]{0,16}?(\d+)\s*[条件]")


#: a count of what was released up to the end of a year ('平台截至2019年12月31日,共更新、发布、转发信息1298篇')
_UP_TO_A_YEARS_END = re.compile(r"(?:截至|截止)(?:到)?\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|底|末)?|底|末)?"
                                r"[^。；;\n\d]{0,30}?(?:公开|发布)[^。；;，,\n\d]{0,16}?(\d+)\s*[条件篇]")


def _up_to_earlier_years(text: str, year: int) -> set[int]:
    """The counts `text` states of what was released up to the end of a year before `year`."""
    return {int(m.group(2)) for m in _UP_TO_A_YEARS_END.finditer(text) if int(m.group(1)) < year}


def _earlier_years_counts(text: str, year: int) -> set[int]:
    """The counts of what was disclosed `text` states for a year before `year`, in clauses opening with that year."""
    return {int(m.group(2)) for m in _A_YEARS_COUNT.finditer(text) if int(m.group(1)) < year}


def _counts_as_printed_plainly(text: str) -> str:
    """`text` with its full-width digits made ASCII ('４５２１条'), the commas inside counts printed with thousands separators
    taken out ('21,943条'), the brackets of a form's blanks around counts ('发布政务信息(1386)条') and a note before a count
    ('信息(综合政务类)287条'), and a share printed without its percent sign ('安全生产类5条、占比25;') with it."""
    text = fold_digits(text)
    if "," in text:
        text = _SEPARATED_COUNT.sub(lambda m: m.group(0).replace(",", ""), text)
    if ")" in text or "）" in text:
        text = _NOTE_BEFORE_A_COUNT.sub("", _BRACKETED_COUNT.sub(r"\1", text))
    if "占比" in text:
        text = _SHARE_WITHOUT_SIGN.sub(r"\g<0>%", text)
    return text


#: a share printed without its percent sign, before a list's separator
_SHARE_WITHOUT_SIGN = re.compile(r"(?<=占比)\s*\d+(?:\.\d+)?(?=\s*[；;，,。]|\s*$)")
#: a note in brackets between the government information disclosed and its count ('主动公开政府信息(综合政务类)287条'; not a
#: kind's: '工作动态类信息(含通知公告)135条')
_NOTE_BEFORE_A_COUNT = re.compile(r"(?<=政府信息|政务信息)\s*[（(][^（）()\d，,。；;]{2,12}[）)]\s*(?=\d+\s*[条件篇项])")
#: a count a form printed in brackets, before its unit ('(1386)条')
_BRACKETED_COUNT = re.compile(r"[（(]\s*(\d+)\s*[）)](?=\s*[条件篇项个])")


def _counted_for(count: int, how: re.Pattern, text: str, units: str = "条", reach: int = 30) -> bool:
    """Does `text` state `count` (in one of the `units`) in the way `how` (a pattern ending before the count, within `reach`
    characters) says?"""
    return any(how.search(text, max(0, m.start() - reach), m.start()) for m in re.finditer(rf"(?<!\d){count}\s*[{units}]", text))


#: the documents proactively disclosed, up to their count ('其中主动公开文件', '共发文20件,其中主动公开'), and the government
#: information so, maybe named by the kinds it lists ('主动公开工作职责、领导班子…等信息')
_DOCUMENTS_DISCLOSED = re.compile(r"主动公开(?:的)?(?:政府)?文件(?:数)?\s*$|发文\d+\s*[件份]\s*[,，]\s*其中\s*主动公开\s*$")
_INFORMATION_DISCLOSED = re.compile(r"主动公开(?:[^。；;，,\d]{0,16}?(?:政府|政务)|[^。；;\d]{2,50}?等)信息(?:简报)?(?:达|共计?)?\s*$")
#: a web site's count, not said to be proactive disclosure ('通过门户网站公开政府信息'), up to the number
_SITES_COUNT = re.compile(rf"(?:{_SITE_WORDS})(?:(?!主动)[^。；;，,\d]){{0,16}}$")
#: a web site's count, whatever it is said to be, up to the number; one right after a medium's count
_SITE_BEFORE = re.compile(rf"(?:{_SITE_WORDS})[^。；;，,\d]{{0,20}}$")
_SITE_AFTER_A_MEDIUM = re.compile(rf"(?:{_MEDIA_WORDS})[^。；;，,\d]{{0,20}}\d+\s*(?:余|多)?\s*[条篇][，,、]?\s*[^。；;，,\d]{{0,6}}(?:{_SITE_WORDS})[^。；;，,\d]{{0,20}}$")
#: what was disclosed or released, up to the number of it ('公开文件', '发布信息'; not '累计公开…', accumulated)
_RELEASED_COUNT = re.compile(r"(?<!累计)(?<!累计主动)(?:公开|发布|推送)[^。；;，,\d]{0,12}$")
#: a count said to be one part of another ('其中通过政府门户网站公开信息'), up to the number
_ONE_OF_WHICH = re.compile(r"其中[，,：:]?[^。；;，,\d]{0,20}$")
#: proactive disclosure said of a count ('主动公开政府信息'), through no site, up to the number
_PROACTIVE_COUNT = re.compile(rf"主动公开(?:(?!{_SITE_WORDS})[^。；;，,\d]){{0,10}}$")


#: a count of one part of what was disclosed: what one channel released ('通过网站主动公开政府信息166条',
#: '通过政府网站政务公开平台公开信息数16条', '…372条,其中,通过政府信息公开目录管理系统…公开信息238条'), or the
#: key areas' ('公开重点领域政府信息共119条') or a column's ('政策栏目全年发布信息14条'); a site named X网 ('二是通过硚口信息网
#: 向社会主动公开信息10033条')
_PART_COUNT = re.compile(r"(?:网站|政府网|公众号|微信|微博|公告栏|公开栏|公示栏|其中[，,：:]?\s*通过|通过[^。；;，,\d]{1,12}?网(?![络民友]))"
                         r"[^。；;，,\d]{0,30}?(\d+)\s*条"
                         r"|(?:重点领域|栏目)[^。；;，,\d]{0,12}?(\d+)\s*条")


def _part_counts(text: str) -> set[int]:
    """The counts `text` states for one channel of publication, one column of a site or the key areas."""
    return {int(m.group(1) or m.group(2)) for m in _PART_COUNT.finditer(text)}


def _percent_issues(categories: list[dict], total: int | None) -> list[dict]:
    """A stated share ('占10.9%') that the counts do not give, beyond printing precision."""
    out = []
    if not total:
        return out
    for i, c in enumerate(categories):
        pct = c.get("percent")
        if pct is None:
            continue
        actual = c["count"] / total * 100
        tolerance = 0.11 if pct != int(pct) else 0.51
        if abs(actual - pct) > tolerance:
            out.append(issue("sum_mismatch", f"{c['name']}: {c['count']} of {total} is {actual:.2f}%, the text states {pct}%",
                             path=f"$.active_disclosure.categories[{i}].percent", printed=pct, expected=round(actual, 2)))
    return out


def _split(text: str, at: re.Pattern, at_typed: re.Pattern) -> list[str]:
    """`text` split `at` its ends of clauses or sentences, or `at_typed` when it holds a full stop
    typed '.' before a blank (the cheaper split where it holds none)."""
    return (at_typed if ". " in text or ".\u3000" in text else at).split(text)


#: a subheading a crawler's one-line body glued to the sentence under it ('（一）主动公开政府信息的数量2019年制作、获取
#:政府信息总数330条，其中主动公开政府信息90条'): its words are no clause's
_GLUED_SUBHEADING = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)][^，,。；;\d]{2,20}?(?:的数量|数量|的情况|情况|的主要类别|主要类别|类别)(?=\d|[我本今全该])")


def _totals(text: str, released: bool = False, said_whole: bool = False, to_the_years_end: bool = False) -> list[int]:
    """The year's totals the clauses of `text` state; `released`: also a count of items
    published or released without the word 公开 (in a section on proactive disclosure), which
    `said_whole` takes only where it is said to be a whole ('共发布…', '发布各类信息…') and no
    other channel's count follows it (in an overview of the year's work, or in the whole text,
    which count many things); `to_the_years_end`: also a count accumulated up to the year's end
    ('截至2019年12月底,累计主动公开政府信息10220条'), where the text states no other."""
    out = []
    clauses = _split(text, _CLAUSE_SPLIT, _CLAUSE_SPLIT_TYPED)
    at, rough_end, para_at = 0, None, 0  # where the clause starts in `text`; where in it a rough whole of the paragraph ends
    rough_released = False  # (is that whole what was released, not said to be disclosed proactively?)
    for ci, clause in enumerate(clauses):
        # (every separator is one character: the one before the clause tells whether a paragraph opens)
        if not at or text[at - 1] == "\n":
            rough_end, para_at = None, at
        elif rough_end is not None:
            rough_end = 0  # stated in an earlier clause of the paragraph
        clause_at = at
        at += len(clause) + 1
        if clause[:1] in "（(" and (glued := _GLUED_SUBHEADING.match(clause)):
            clause = " " * glued.end() + clause[glued.end():]  # (blanked where it stands: the clause's positions are kept)
        if (("余" in clause or "万" in clause or "多" in clause) and (rough := _ROUGH_WHOLE.search(clause))
                and not _NOT_THE_YEAR.search(clause, 0, rough.start()) and not _a_mediums_count(clause, rough.end())):
            rough_end = rough.end() if rough_end is None else rough_end
            rough_released = "主动" not in clause[:rough.end()]
        first = len(out)
        disclosing = (_DISCLOSING.search(clause) or "等" in clause and "、" in clause and _DISCLOSING_A_LIST.search(clause)
                      or (word := _LISTED_WORDS.search(clause)) and _lists_kinds(clause, word))
        summing = (not disclosing and "计" in clause and (grand := _SUM_ENDING.search(clause))
                   and _COUNT_UNIT.search(clause, 0, grand.start())
                   and _DISCLOSING.search(text, text.rfind("。", 0, clause_at) + 1, at))
        if summing:
            # the sum ending a list of what the sentence's first clauses said was disclosed ('在…门户网及时公开主站通知公告
            # 63条、…;子站动态信息6条、…;水利领域基层政务信息10条,共计200条')
            disclosing = summing
        if not (disclosing or released and ("发布" in clause or "更新" in clause)):
            continue  # (in a section on proactive disclosure, what was released or updated: '2020年共新增和更新政府信息153条,其中…')
        for m in (_TOTAL_WITH_LISTS if _LISTED_TOTAL_WORDS.search(clause) else _TOTAL).finditer(clause):
            before, part = _comma_part(clause, m)
            if (rough_end is not None and m.start() >= rough_end and not _THE_WHOLE_SAID.search(part)
                    and not (rough_released and "主动公开" in part)
                    or _ROUGH_ITEM_NEXT.match(clause, m.end())
                    or "计" in clause and _NEXT_ITEM.match(clause, m.end()) and _ROUGH_SUM.search(clause, m.end())):
                continue  # a share of the rough whole the paragraph stated before it, not what was disclosed proactively of
                # what a site released ('网站发布信息总量13.6万条,通过主动公开目录及时公开政府信息1280项') ('…主动公开政府信息4900余条。一是…
                # 主动公开…政策性文件信息69件', '2022年公开政府信息250余条,工作动态91条、…'), or an item before a rough one
                # ('全年共发布各类新闻信息1247条、各类政务信息1.5万余条') or a rough sum ('…公开民生信息13条,政府工作报告1条,…
                # 共计30余条'); not the year's whole said so after a rough count of
                # what every medium released ('…等平台发布政府信息500多篇次,…。全年主动公开政府信息268条')
            if not _THE_WHOLE_SAID.search(part) and _a_first_point(text, clause_at, at):
                continue  # the first point of a list whose next point counts what it disclosed too ('一是政府网站公开,…主动公开
                # 机构信息18条,…。\n二是基层政务公开,…公开基层政务26领域97条,…')
            if _a_share(clause, m, before, part, clauses[ci - 1] if ci else "", clauses[ci + 1] if ci + 1 < len(clauses) else "",
                        _SUBHEADING.split(text[at:at + 300].split("\n", 1)[0], 1)[0],
                        _SUBHEADING.split(text[max(para_at, clause_at - 300):clause_at])[-1]):
                continue
            if not disclosing and (not _a_whole_released(clause, m, before, part)
                                   or said_whole and (not _SAID_WHOLE.search(part) or _a_channel_next(clause, m.end())
                                                      or _A_NAMED_MEDIUM.match(text, _sentence_start(text, clause_at)))):
                continue  # (said to be the whole, and no channel's count after it: '网站共发布信息1535条,微信公众号发布…'; nor
                # in a sentence on a medium named in quotes: '“上海国际服务门户”新增意大利语网站,…共发布各类信息13528条')
            if not disclosing and _AN_ACCOUNTS_FIGURES.search(text, _clause_run_start(text, clause_at), clause_at + m.start()):
                continue  # what one account released, its followers counted before it ('“平安灯都”南方+于2020年5月19日开通,
                # 目前订阅数9152,年内共发布信息125条')
            found = next(i for i, g in enumerate(m.groups(), 1) if g)  # the group of the count the match found
            at_count, count = m.start(found), int(m.group(found))
            if not text[clause_at + m.end(found):].strip():
                continue  # the text cut inside a count, its unit and maybe digits lost ('…全年发布信息247' ending an excerpt)
            if _SENT_ON.search(clause, max(0, m.start() - 8), m.start() + 2):
                continue  # what was sent on to another office ('向省政府办公厅送交主动公开政府信息(主动公开文件)共20份'), not disclosed
            if _COUNT_BEFORE.search(clause, m.start(), at_count):
                continue  # a later item of a list the match runs over ('共公开基层政务信息2.4万条、民生惠民信息2138条')
            if _IN_AN_AFFAIRS_KIND.search(clause, 0, m.start()):
                continue  # a later item of a list of kinds, named by its affairs' disclosure ('…部门信息46条,政务公开信息6条')
            if (m.group(0)[2:3] == "类" or "信息中" in m.group(0) or "类" in m.group(0) and _A_KINDS_COUNT.search(m.group(0))
                    or "其" in m.group(0) and _THE_OTHER_KINDS.search(m.group(0))):
                continue  # a kind's count: the verb in its name ('会议公开类信息321条'), among what was disclosed ('在主动
                # 公开的信息中统计信息类信息129条'), or named so ('主动公开部门文件类信息183份'), or the other kinds' ('发布其余信息27342条')
            if _A_KIND_DISCLOSED.search(m.group(0)) and (
                    (after := _NEXT_ITEM_OR_UPDATE.match(clause, m.end())) and not _OTHER_ACTS.search(after.group(0))
                    or _COUNT_BEFORE.search(clause, 0, m.start())
                    or "等" not in m.group(0) and _A_COUNT_RELEASED.search(text, para_at, clause_at) and not _THE_WHOLE_SAID.search(part)):
                continue  # one of a list of kinds: its first ('共计公开财政预决算信息2条,重点领域信息2条,其他类信息11条'), or one
                # after other counts ('…主动公开各类政府信息 11418条,发布行政规范性文件63件,…,发布财政信息522件'), in its clause or
                # in the paragraph's clauses before it ('…公开专项规划5条,各类计划5条。公开统计数据1条。…公开财政信息30条。')
            if not _A_WHOLE_NAMED.search(m.group(0)) and _among_counts_released(text, clauses, ci, clause_at):
                continue  # one of a list of kinds disclosed, between semicolons ('主动公开市级文件67份;公开会议、领导活动等信息
                # 262条;公开督查督导信息24条;…'), not the whole among them
            if _A_KIND_AFTER_INFORMATION.search(m.group(0)) and _A_LISTED_ITEM_NEXT.match(clause, m.end()):
                continue  # the first of a list of kinds named after the word ('在区政府网站主动公开信息通知公告13条、部门动态3条、…')
            if "解读" in m.group(0) and _EXPLANATIONS_COUNTED.search(m.group(0)):
                continue  # policy explanations are a kind ('发布解读信息44条')
            if ("领域" in m.group(0) or "企事业" in m.group(0)) and _KEY_AREAS_COUNTED.search(m.group(0)):
                continue  # the key areas' information is a part of any whole ('我区政府及时公开重点领域政府信息2424条'), and so is
                # what public enterprises and institutions disclose ('组织各主管部门编制发布公共企事业信息86条')
            if _A_POWERS_KIND_COUNTED.search(m.group(0)):
                continue  # so is what the exercise of one power gave ('全年共公开行政处罚信息39条')
            if clause[:at_count].rstrip()[-1:] in _ABOUT or clause.startswith("余", m.end()):
                continue  # a rough count ('近5000条', '约300条', '220条余')
            if _SO_FAR.search(clause, 0, m.start()) or _YEARS_SPAN.search(clause, 0, m.start()):
                continue  # what was released in all years so far ('至目前为止,…已发布了各类信息150条(2012年新增20条)'), or over
                # a span of years ('2003年-2018年主动公开政府信息491条')
            not_the_year = _NOT_THE_YEAR.search(part)
            if not_the_year and (not_the_year.group(0) not in ("截至", "截止") or not _THE_YEARS_OWN.search(part)):
                continue
            if "累计" in part and _THE_YEARS_COUNT_NEXT.match(clause, m.end()):
                continue  # what was accumulated, the year's own count after it ('…累计主动公开信息6674条,本年度主动公开信息1068条')
            channels_summed = "累计" in part and _channels_summed_before(text[max(0, clause_at - 600):clause_at] + before, count)
            if ("累计" in part and not _accumulated_in_scope(clause, m, to_the_years_end)
                    and not _summed_after(text[at:at + 300], count) and not channels_summed):
                continue  # (but a sum of the year's channels the paragraph goes on to count: '累计公开政府信息1687条。X网站信息
                # 796条;…微信信息398条;…')
            if ("主动" in clause or "公开" in clause[:m.start() + 2] or "公布" in m.group(0) or "公开" in m.group(0) or released
                    # '共发布信息283条，其中：政府网站公开政府信息27条，…': the whole of what is disclosed
                    or "共" in part and "公开" in clause
                    or "等各类" in m.group(0)  # the sum of the kinds listed, whatever the verb
                    or summing
                    or _YEAR_SCOPE.search(clause[:m.start()])):
                if (_GRAND_TOTAL.match(part) or _SUM_OF_PARTS.match(part) and _COUNT_UNIT.search(before) or channels_summed
                        or "总" in part and _SAID_TO_BE_THE_WHOLE.search(part)):
                    # a grand total after the parts ('…共42条，…共150条，总计公开信息192条', '…51条,共计公开信息296条')
                    out.insert(0, count)
                elif (len(out) > first and "主动" not in before and (_PROACTIVE_PART.match(part) or before.endswith("其中")
                                                                    and _PROACTIVE_AFTER_RELEASED.match(part))):
                    # the proactive part of what the clause counted first ('…48条,其中,主动公开信息23条,制发…'; not one kind of
                    # what it says was proactively disclosed: '主动通过政府网站公开政府信息68条,其中主动公开信息64条,专报约稿信息4条')
                    out.insert(first, count)
                elif (len(out) > first and ("公开" not in before or _ON_APPLICATION_NEXT.match(clause, m.end()))
                      and _PROACTIVE_AFTER_RELEASED.match(part)):
                    # what was disclosed of what was released ('…网站累计发布各类信息1082条,主动公开政府信息197条', '…政府信息公开网
                    # 共发布信息3603条,主动公开3054条,依申请公开141条,不予公开408条')
                    out.insert(first, count)
                elif (out and len(out) == first and count < out[-1] and clause.lstrip().startswith("其中")
                      and (_PROACTIVE_PART.match(part) or _OF_WHICH_ALONE.fullmatch(before) and _PROACTIVE_AFTER_RELEASED.match(part))
                      and "依申请公开" in text[clause_at:at + 200]):
                    # the proactive part of the whole the sentence before counted ('共公开信息246项。其中,主动公开242项(…)。
                    # 依申请公开4项')
                    out.insert(len(out) - 1, count)
                else:
                    out.append(count)
    return out


def _among_counts_released(text: str, clauses: list[str], ci: int, clause_at: int) -> bool:
    """Is clause `ci` (at `clause_at` in `text`) one of three or more counts of what was disclosed or released
    in a row, set apart by semicolons: between two of them, or after two?"""
    def released(i: int) -> bool:
        return 0 <= i < len(clauses) and bool(_A_COUNT_RELEASED.search(clauses[i]))

    before = ci > 0 and text[clause_at - 1] in "；;" and released(ci - 1)
    after = ci + 1 < len(clauses) and text[clause_at + len(clauses[ci]):][:1] in ("；", ";") and released(ci + 1)
    two_before = before and ci > 1 and text[clause_at - 2 - len(clauses[ci - 1])] in "；;" and released(ci - 2)
    return before and (after or two_before)


#: an account's followers or subscribers counted ('粉丝数83035', '目前订阅数9152')
_AN_ACCOUNTS_FIGURES = re.compile(r"粉丝|订阅(?:数|量|用户|人数)|关注(?:数|量|用户|人数)")


def _clause_run_start(text: str, at: int) -> int:
    """Where the run of clauses holding position `at` of `text` starts: after a full stop, a semicolon or a line's end."""
    return max(text.rfind(mark, 0, at) for mark in "。；;\n") + 1


#: sent on to another office: submitted, not disclosed ('…送交主动公开政府信息…')
_SENT_ON = re.compile(r"(?:送交|报送|呈送|移送|报备|抄送)")
#: a sum ending a clause ('…10条,共计200条')
_SUM_ENDING = re.compile(r"[，,]\s*(?:合计|共计|总计)共?\s*\d+\s*条\s*$")


def _summed_after(following: str, count: int) -> bool:
    """Do the counts of the rest of the paragraph `following` a count add up to it (two to eight of them)?"""
    counts = [int(n) for n in _COUNT_IN_PARAGRAPH.findall(following.split("\n", 1)[0])]
    return 2 <= len(counts) <= 8 and sum(counts) == count


def _channels_summed_before(preceding: str, count: int) -> bool:
    """Do the counts of the channels (two to eight) the paragraph `preceding` a count names add up to it ('…通过政府信息
    公开网公开政府信息174条。…通过…微信公众号公开政府信息603条。通过新媒体公开政务信息368条,累计发布政府信息1145条')?"""
    counts = [int(m.group(1)) for m in _CHANNELS_COUNT.finditer(preceding.rsplit("\n", 1)[-1])]
    return 2 <= len(counts) <= 8 and sum(counts) == count


#: a count of what a channel released
_CHANNELS_COUNT = re.compile(rf"(?:通过|{_SITE_WORDS}|{_MEDIA_WORDS})[^。；;，,\d]{{0,40}}?(\d+)\s*条")
#: a count in 条
_COUNT_IN_PARAGRAPH = re.compile(r"(?<![\d.])(\d+)\s*条")


def _a_share(clause: str, m: re.Match, before: str, part: str, previous: str, following: str, later: str = "",
             earlier: str = "") -> bool:
    """Is the count `m` (ending `part` of `clause`, after `before`; `previous` and `following`,
    the clauses around it; `later` and `earlier`, the rest of the paragraph around it) a share of a whole: one channel's
    where no whole or only a rough one is stated, or an item after another in a breakdown?"""
    if (_A_LISTED_ITEM_NEXT.match(clause, m.end()) and (kind := _A_NAMED_KIND.search(m.group(0)))
            and not _PLAIN_INFORMATION.fullmatch(kind.group(1)) and not _THE_WHOLE_SAID.search(part)):
        return True  # the first of kinds listed with no whole ('累计公开政务公开信息68条、工作动态信息133条、…')
    if _AN_EARLIER_LISTED_ITEM.search(part, 0, len(part) - len(m.group(0))) and not _THE_WHOLE_SAID.search(m.group(0)):
        return True  # a later kind of such a list ('…政策文件及解读信息102条、重大决策预公开信息56条')
    if ("总计" in m.group(0) or "合计" in m.group(0)) and _A_COUNT.search(clause, 0, m.start()):
        return False  # the sum of the counts before it ('…网站更新信息14条,政务新媒体更新486条、全年总计更新主动公开信息500条')
    if (_A_LATER_POINT.match(clause) and _A_COUNTED_POINT.search(earlier) and not _THE_WHOLE_SAID.search(part)
            and not _PROACTIVE_INFORMATION.search(part)):
        return True  # a later point of a list the first counted too ('一是主动发布…政策文件33条,…;二是…发布基层政府信息135条';
        # not one counting the information proactively disclosed: '一是…依法公开规范性文件3件。二是…依法主动公开政府信息5088条')
    if _A_BOARD.search(clause, 0, m.start()) and _A_SITES_COUNT.search(earlier + before) and not _SEVERAL_CHANNELS.search(clause):
        return True  # notice boards' after a site's ('…网站…累计主动公开信息124条;同时,依托…政务公开栏,及时发布政府信息78条')
    named = part  # (the words naming the channels)
    if (channel := _CHANNEL_NAMED.search(part)):
        medium_at = channel.start()
    else:
        lead = before[max(before.rfind("，"), before.rfind(",")) + 1:]  # (a part naming the medium alone before the count's:
        medium_at = 0 if _CHANNEL_NAMED.search(lead) and not _A_COUNT.search(lead) else None  # '借助“X”微信公众号,累计发布…345篇')
        if medium_at is not None and "主动" in part and not _SITE_NAMED.search(part):
            named = lead + part  # (or several, what they disclosed proactively: '通过厅门户网站、政务微信等多种渠道,主动公开…1295条';
            # not just released: '通过X政府网和各类新媒体平台,发布各类政务信息422条,在X政府网上主动公开组织机构信息3条、…')
    if medium_at is not None:
        # a new medium's, after another count ('…公开政府信息7700余条,…公众号发布信息672条', '…三公经费6条及政务新媒体
        # (微信公众号)公开发布政府信息1074条'), a site's or another medium's before it ('…网站…411条,…;在…微信公众号
        # 公布信息230条;在…政务微博公布信息63条')
        # or another channel's after it ('…微信公开政府信息67条,通过政府网站公开政府信息30条', '…共发布政务微信公开信息365条,
        # 政务微博公开信息588条') or a site's earlier in the paragraph
        return bool(_A_COUNT.search(before) or _A_COUNT.search(part, 0, medium_at) or _a_channels_count(previous)
                    or _BESIDES.match(clause)  # (what a medium released besides: '此外,还通过不同渠道…公开政府信息,新闻媒体公开信息5条')
                    # (not a whole through channels named together, a site or boards among them; a medium's count may
                    # hold a note: '在微信公众号、X等新媒体公开信息1226条(其中原创317条,…);在县政府网站…136条')
                    or (not _SEVERAL_CHANNELS.search(named) or not _SITE_NAMED.search(named) and not _A_BOARD.search(named))
                    and (_ANOTHER_MEDIUM_NEXT.match(clause, m.end())
                         or _ANOTHER_CHANNEL_NEXT.match(clause[m.end():].lstrip("，,、") or following)
                         or clause[m.end():m.end() + 1] in "（(" and _ANOTHER_CHANNEL_NEXT.match(_past_its_note(clause[m.end():], later)))
                    or _A_SITES_COUNT.search(earlier)
                    # (or a site's later: '通过X微信公众号向社会公开工作信息104条,…;通过X网站…公布各类政府信息115条,其中…')
                    or not _SEVERAL_CHANNELS.search(before + part) and not _SITE_NAMED.search(before + part)
                    and _A_SITES_COUNT.search(later))
    after_of_which = part.lstrip().startswith("其中") or before.rstrip(" ：:").endswith("其中")  # ('…47条,其中,X26条、…2条')
    if after_of_which and (_APPROXIMATE_COUNT.search(before) or _A_COUNT.search(part, 0, len(part) - len(m.group(0)))
                           or not before and _APPROXIMATE_COUNT.search(previous)  # ('…2130余条。其中…网站全年公开…603条')
                           or (_A_COUNT.search(before) or _A_COUNT.search(earlier)) and "主动公开" not in part
                           and "政府信息公开信息" not in part):
        # of a whole not stated exactly ('…主动公开政府信息7800余条次,其中在县政府网站…2526条次'), an item after
        # another in a breakdown ('…5350多条,其中工作动态2534条、重点领域信息公开561条'), or one of a whole stated
        # before it, which may itself be a channel's share ('…网站主动公开信息411条,其中发布…等信息307条'), but for the
        # proactive part of what was made ('…制作政府信息184条,其中主动公开55条') or the disclosure's of what a site released
        # ('…网站发布各类信息8632条,其中,发布政府信息公开信息共399条')
        return True
    if _BY_OTHER_MEANS.match(part):
        return True  # what other channels released ('…专栏…数量为28条;其他方式公开政府信息数54条')
    if (("栏目" in part or "专栏" in part) and not _THE_WHOLE_SAID.search(part)
            and (_ANOTHER_COLUMN_NEXT.match(following) or _A_COLUMNS_COUNT.search(previous) or _A_SITES_COLUMNS_COUNT.search(before))):
        return True  # one column's among the others' ('…栏目中公开发布了…等信息2条;公示公告栏目发布信息7条;…'), or after a
        # site's ('…网站财政信息专栏公开政府信息13篇,在财政局法定主动公开专栏公开信息36篇')
    if _OF_WHICH_ALONE.fullmatch(before) and _COUNT_ENDS.search(previous) and "主动公开" not in part:
        return True  # one of the whole ending the sentence before ('…发布各类信息18399条。其中,政府网站公开信息13014条')
    if "其中" in before and (_ITEM_AFTER_AN_ITEM.search(before)
                           or (rough := _APPROXIMATE_COUNT.search(before)) and "其中" in before[rough.end():]):
        # a later item of a breakdown, in a clause part of its own ('…信息发布65条,其中工作动态42条,信息公开23条',
        # '共公开信息3万余条,其中…1.7万余条,公开…民生领域信息4357条'), or any item of a rough whole's
        # ('…约196.4万条(…),其中:主要包含通过政府网站(…,下同)发布政府信息6000条')
        return True
    # the site's, a new medium's counted after it ('…网站公开信息5836条,…;通过微博微信公开信息8226条', '…通过政府网站
    # 主动公开政府信息16287条,通过微信公众号…主动公开政府信息9139条'), also one said to be a sum or broken down after
    # it ('县政府网站累计发布各类政务信息10300条,其中…,微信公众号…发布信息75条': labels 3 : 1)
    # and one after a medium's count in the clause before it ('…微信公众号发布动态信息288条;…在局门户网站公开各类信息630条')
    # or next to another site's ('在市政府门户网站主动公开信息60条,在镇门户网站主动公开信息5条'); not a whole its
    # channels break down, the site among them ('…网站主动公开…政府信息484条,其中政府网站公开政府信息246条,…新媒体…')
    if _BROKEN_DOWN_BY_SITE.match(clause, m.end()):
        return False
    if _a_channels_count(before) and _CHANNEL_COUNT.search(clause, m.end()):
        return True  # between two channels' counts ('…网站…发布信息3篇,…领域发布信息23条,“X”政务微信公众号发布信息62篇')
    if _A_PLATFORM.match(part) and _a_channels_count(previous) or (
            "平台" in part and "主动" not in part and not _THE_WHOLE_SAID.search(part) and _a_channels_count(following)):
        return True  # a platform's after a site's in the clause before ('…政府网公开信息23条;通过…平台公开信息154条'), or
        # before one ('2021年市政府信息公开平台公开信息78条;门户网站公开信息448条;微信公众号公开信息268条'; not one said to be
        # proactive or the whole: '…在省政府统一管理平台中主动公开政府信息1727条', '通过各类公开平台公开政府信息共932条')
    if not (_SITE_NAMED.search(part) or _A_CHANNEL_NAMED.match(part) or "大厅" in part and _A_HALL.match(part)):
        return False
    # a site's where the paragraph goes on to count a medium's ('…全年在门户网站公开各类政务信息877条。…通过“武汉财政”微信公众号
    # 和微博推送…各类信息457条': labels 15 : 5; not a whole several channels released, '全年通过政府网站、宣传栏等渠道主动公开
    # 各类信息29条') or to state the year's whole roughly ('…此外,…公示栏公开信息370余条。全年主动公开信息480余条')
    return bool(_CHANNEL_COUNT.search(clause[m.end():] + "。" + following[:40]) or _a_rough_whole(later)
                or (_CHANNEL_COUNT.search(later) or _BOARD_COUNT.search(later)) and not _SEVERAL_CHANNELS.search(part)
                or _CHANNEL_COUNT.search(previous) or _SITE_COUNT.search(before) or _CHANNEL_COUNT.search(before)
                or _SITE_COUNT.search(part, 0, len(part) - len(m.group(0)))
                or _ANOTHER_CHANNEL_NEXT.match(following) and not _SEVERAL_CHANNELS.search(part)
                or (nxt := _NEXT_ITEM.match(clause, m.end()))
                and (_SITE_NAMED.search(nxt.group(0)) or "通过" in nxt.group(0) or _THE_CATALOGUE_RELEASING.search(nxt.group(0))
                     or _IN_A_COLUMN.match(nxt.group(0)) and ("专栏" in part or "栏目" in part))
                and _RELEASING.search(nxt.group(0)))


#: a blank between two Han characters: a page's layout, not a name's
_LAYOUT_BLANK = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
#: a run in quotes, or a run without them
_QUOTED_OR_NOT = re.compile(r"“[^”]*”|[^“]+|“")
#: a note in brackets opening what follows a count, and the separators after it
_NOTE_OPENING = re.compile(r"^\s*[（(][^（）()]*[）)][\s，,、；;]*")


def _past_its_note(rest: str, later: str) -> str:
    """What follows a count past the note in brackets after it (`rest`, the rest of the clause, which the note ends;
    `later`, the rest of the paragraph): '…新媒体公开信息1226条(其中原创317条,转载909条);在县政府网站…' → '在县政府网站…'."""
    return _NOTE_OPENING.sub("", rest + "，" + later)


def _a_mediums_count(clause: str, end: int) -> bool:
    """Is the count ending at `end` of `clause` what a new medium alone released ('…发布微信公众号累计推送…各类信息910余篇')?"""
    return bool(_CHANNEL_NAMED.search(clause, 0, end)) and not _SITE_NAMED.search(clause, 0, end)


def _a_rough_whole(text: str) -> bool:
    """Does `text` state the year's whole roughly ('全年主动公开信息480余条')?"""
    return any(_THE_WHOLE_SAID.search(text, max(0, r.start() - 12), r.end()) for r in _ROUGH_WHOLE.finditer(text))


#: the disclosure catalogue as a channel ('、信息公开目录公开信息478条'; not a kind, '涵盖信息公开目录103条')
_THE_CATALOGUE_RELEASING = re.compile(r"公开目录[^，,。；;\d]{0,6}?(?:公开|发布)")
#: a count in another column next, after one column's ('…网站财政信息专栏公开政府信息13篇,在财政局法定主动公开专栏公开信息36篇';
#: not the site's whole its columns break down: '…门户网站公开政府信息11314条,在X要闻栏目发布信息1156条,…')
_IN_A_COLUMN = re.compile(r"[、，,；;]\s*在[^，,。；;\d]{1,20}?(?:专栏|栏目)")
#: the next item of a list in 、, with its count (pictures' too: '…政府动态信息13330条、图片1224幅'); the kind a count's
#: words name before 信息; words naming no kind
_A_LISTED_ITEM_NEXT = re.compile(r"\s*、\s*[^，,。；;\d]{2,25}?\d+\s*[条件篇幅张]")
_AN_EARLIER_LISTED_ITEM = re.compile(r"\d\s*[条件篇]\s*、[^、，,。；;\d]*$")
_A_NAMED_KIND = re.compile(r"(?:公开|发布|公布)([^，,。；;\d]{0,12}?)信息\s*\d+\s*[条件篇]$")
_PLAIN_INFORMATION = re.compile(r"(?:主动公开的?|各类)?|.*(?:政府|政务)")  # ('编制索引目录的政府信息18条、政策解读2篇')
#: notice boards; a count of what they carried ('通过街道政务公开栏公示信息500余条', '依托…政务公开栏,及时发布政府信息78条')
_BOARD_WORDS = r"(?:公开栏|公示栏|宣传栏|公告栏|电子屏|显示屏|宣传册|宣传单)(?!目)"
_A_BOARD = re.compile(_BOARD_WORDS)
_BOARD_COUNT = re.compile(_BOARD_WORDS + r"[^。；;\d]{0,30}?\d+\s*(?:余|多)?\s*[条篇]")
#: the channels named before it, said to be all of them ('…网站、…公众号等渠道')
_THROUGH_CHANNELS = re.compile(r"等(?:渠道|平台|途径|载体)")
#: the information proactively disclosed, counted
_PROACTIVE_INFORMATION = re.compile(r"主动公开(?:政府)?信息\s*\d")
#: a later point of an enumeration in a paragraph ('二是…'); a point with a count
_A_LATER_POINT = re.compile(r"\s*[二三四五六七八九十]是")
_A_COUNTED_POINT = re.compile(r"[一二三四五六七八九]是[^。]*?\d\s*[条件篇]")
#: the second point of a list, counting what it disclosed (not the key areas' disclosure, a part of any whole: '二是做好重点领域
#: 信息公开,…发布…等信息1423条')
_A_LATER_POINT_DISCLOSING = re.compile(r"(?:^|(?<=[\n。；;]))\s*二是(?![^。\n]{0,12}重点领域)[^。\n]*?(?:公开|发布)[^。\n]*?\d\s*[条篇]")


def _a_first_point(text: str, start: int, end: int) -> bool:
    """Is the clause of `text` from `start` to `end` the first point of a list ('一是…') whose second point, in the
    next 600 characters, counts what it disclosed too (each point then counts a share)? Not one naming the year ('一是
    2023年区政府门户网站主动公开政府信息5656条', whose next point counts a part of it)."""
    return (text.startswith("一是", start) and not _A_YEAR.search(text, start, end)
            and bool(_A_LATER_POINT_DISCLOSING.search(text, end, end + 600)))


def _counted_in_a_first_point(count: int, text: str) -> bool:
    """Does `text` state `count` in such a first point?"""
    for m in re.finditer(rf"(?<!\d){count}\s*条", text):
        start = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        start += len(text[start:m.start()]) - len(text[start:m.start()].lstrip())
        end = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i >= 0), default=len(text))
        if _a_first_point(text, start, end):
            return True
    return False
#: the words opening a clause on what was done besides ('此外', '另外', '同时')
_BESIDES = re.compile(r"\s*(?:此外|另外|同时|除此之外)")
#: a count of what other means or channels released, or those off the web ('…;线下方式公开信息20451条')
_BY_OTHER_MEANS = re.compile(r"\s*(?:其中[，,：:]?\s*)?(?:通过)?(?:其他|其它|线下)(?:方式|渠道|途径)")
#: a clause counting what another channel released ('…人民政府网公开信息23条;通过…“三务公开”平台公开信息154条')
_ANOTHER_CHANNEL_NEXT = re.compile(r"\s*(?:在|通过|依托)[^。；;，,\d]{1,30}?(?:平台|网站|网|公众号|微信|微博|专栏|公开栏)"
                                   r"[^。；;，,\d]{0,12}?(?:公开|发布)[^。；;，,\d]{0,12}?\d+\s*[条篇]")

#: a clause counting what another column of the site released ('…栏目中公开发布了…等信息2条;公示公告栏目发布信息7条'), a
#: column's count
_ANOTHER_COLUMN_NEXT = re.compile(r"\s*(?!其中)(?:在|通过)?[^。；;，,\d]{1,30}?栏目[^。；;，,\d]{0,12}?(?:公开|发布)[^。；;，,\d]{0,12}?\d+\s*[条篇]")
_A_COLUMNS_COUNT = re.compile(r"栏目[^。；;，,\d]{0,40}?(?:公开|发布)[^。；;，,\d]{0,30}?\d+\s*[条篇]")
#: a count of one column of a site ('…门户网站财政信息专栏公开政府信息13篇')
_A_SITES_COLUMNS_COUNT = re.compile(rf"(?:{_SITE_WORDS})[^。；;，,\d]{{0,30}}?(?:专栏|栏目)[^。；;，,\d]{{0,20}}?\d+\s*[条篇]")


#: another medium's count right after a count ('…,政务微博公开信息588条')
_ANOTHER_MEDIUM_NEXT = re.compile(rf"\s*[，,、]\s*(?!其中)[^。；;，,\d]{{0,8}}?(?:{_MEDIA_WORDS})[^。；;，,\d]{{0,20}}?\d+\s*[条篇]")


#: channels named together, what a whole went through ('通过X网站及乡人民政府实体公示栏主动公开…共71条')
_SEVERAL_CHANNELS = re.compile(r"(?:网站|网|平台|公众号|栏)[^。；;，,\d]{0,20}?(?:及|和|、|与)[^。；;，,\d]{0,20}?(?:网站|网|平台|公众号|栏|微信|微博|新媒体)")


#: a platform named as the channel a count was released through ('通过额济纳旗“三务公开”平台…')
_A_PLATFORM = re.compile(r"[^。；;，,\d]{0,12}?(?:在|通过|依托)[^。；;，,\d]{1,30}?平台")
#: a hall named as the channel ('在区信息公开大厅中主动公开信息27条')
_A_HALL = re.compile(r"[^。；;，,\d]{0,12}?(?:在|通过|依托)[^。；;，,\d]{1,20}?大厅")


#: a channel named before a count, a site without that word among them ('我镇通过新桥镇人民政府共发布公开信息66条'; not
#: '通过多种渠道…', '通过不同渠道和方式…', '全年通过主动公开…'), or a platform in quotes ('在“渝快办”公开信息79条')
_A_CHANNEL_NAMED = re.compile(r"[^。；;，,\d]{0,12}?(?:通过(?!多种|各种|各类|各个|各渠道|多个|多渠道|不同)(?:(?!主动)[^。；;，,\d]){2,20}?"
                              r"|在“[^“”]{2,12}”[^。；;，,\d]{0,4}?)(?:公开|公布|发布)")


def _a_channels_count(clause: str) -> bool:
    """Does `clause` count what a site, a medium or a platform released?"""
    return bool(_SITE_COUNT.search(clause) or _CHANNEL_COUNT.search(clause)
                or _A_PLATFORM.match(clause) and _A_COUNT.search(clause))


#: a breakdown after a count naming a site first (',其中政府网站公开政府信息246条')
_BROKEN_DOWN_BY_SITE = re.compile(rf"\s*[，,]?\s*其中[：:，,]?\s*[^。；;，,\d]{{0,12}}?(?:{_SITE_WORDS})")
#: what releases information ('…网站主动公开信息5条'; not '回复部门网站留言16条')
_RELEASING = re.compile("公开|公布|发布")


#: 其中 alone before a clause's first comma
_OF_WHICH_ALONE = re.compile(r"\s*其中\s*[：:]?\s*")
#: a count after 其中 opening a breakdown: what follows it is a later item of it
_ITEM_AFTER_AN_ITEM = re.compile(r"其中[^。；;]*?\d\s*(?:万|余|多)*\s*[条件篇项]")
#: a count of the key areas' information ('公开重点领域政府信息2424条', '共发布三大领域信息757条')
_KEY_AREAS_COUNTED = re.compile(r"(?:(?:重点|[三四五六七八九十]大)领域|公共企事业(?:单位)?)(?:的)?(?:政府|政务)?信息\s*(?:共计?)?\s*\d+\s*[条件篇项]$")
#: a count of the information one administrative power gives ('公开行政处罚信息39条', '发布行政许可类信息120条')
_A_POWERS_KIND_COUNTED = re.compile(r"(?:公开|公布|发布)了?(?:行政)?(?:处罚|许可|强制|检查|确认|奖励|裁决|征收|给付)(?:决定)?(?:类)?信息\s*\d+\s*[条件篇项]$")
#: a count of policy explanations alone ('…发布解读信息44条')
_EXPLANATIONS_COUNTED = re.compile(r"(?:发布|公开)(?:政策|数据)?解读(?:类)?信息\s*\d+\s*[条件篇]$")
#: a clause part stating the proactive part of what was counted before it ('…发布信息87条,其中主动公开信息42条',
#: '…网站发布各类信息8632条,其中,发布政府信息公开信息共399条')
_PROACTIVE_PART = re.compile(r"\s*其中[：:]?\s*主动公开(?:的)?(?:各类)?(?:(?:政府|政务)?信息)?\s*\d+\s*[条件项]$"
                             r"|\s*(?:其中[：:，,]?\s*)?(?:发布|公开)政府信息公开(?:类)?信息\s*(?:共计?)?\s*\d+\s*[条件项]$")


#: the other kinds' count, after the kinds listed
_THE_OTHER_KINDS = re.compile(r"(?:其余|其他|其它)(?:各类)?(?:政府|政务)?信息\s*\d")
#: a kind of information disclosed, named by what it is about ('发布城市管理信息'; not '公开政府信息', '发布各类信息', nor
#: another act: '共发布和更新信息756条')
_A_KINDS_INFORMATION = (r"(?:公开|公布|发布)了?(?:(?!政府(?:信息|网)|政务|各类|各项|主动|公开|发布|更新|全部|所有|相关|本级|的)[\u3400-\u9fff、]){2,16}?"
                        r"信息")
#: a kind disclosed, named before 信息 and its count ('公开财政预决算信息2条'; not '公开政府信息', '发布各类主动公开政府信息',
#: '公开编制索引目录的政府信息', '公开县本级政府及政府办信息')
_A_KIND_DISCLOSED = re.compile(_A_KINDS_INFORMATION + r"\s*\d+\s*[条件篇项]$")
#: a kind's information disclosed, up to its count ('主动公开价格和收费信息')
_A_KINDS_INFORMATION_COUNTED = re.compile(_A_KINDS_INFORMATION + r"\s*$")
#: what is done besides disclosing proactively, in a count after another ('…,依申请公开2件', '…,答复3件')
_OTHER_ACTS = re.compile(r"申请|受理|答复|回复|办理|办结|复议|诉讼|访问|浏览|点击")
#: a kind's count ('主动公开部门文件类信息183份', '公开区政府规范性文件等公文类政府信息54条'; not '各类信息')
_A_KINDS_COUNT = re.compile(r"(?<!各)类(?:的)?(?:政府|政务)?信息\s*(?:共计|共|为)?\s*\d+\s*[条件篇份]$")
#: a count of what was proactively disclosed, a clause part of its own
_PROACTIVE_AFTER_RELEASED = re.compile(r"\s*主动公开(?:的)?(?:各类)?(?:(?:政府|政务)?信息)?\s*\d+\s*[条件项]$")
#: what was disclosed on application, after the proactive part ('…共发布信息3603条,主动公开3054条,依申请公开141条')
_ON_APPLICATION_NEXT = re.compile(r"\s*[，,、]\s*依申请公开")


def _lists_kinds(clause: str, word: re.Match) -> bool:
    """Does `clause`, holding the `word` of _LISTED_WORDS found first, state a count of kinds it lists
    (_LISTED_KINDS, for that word or another it holds after it)?"""
    return bool(_LISTED_KINDS[word.group()].search(clause)
                or any(_LISTED_KINDS[w].search(clause) for w in set(_LISTED_WORDS.findall(clause, word.end())) - {word.group()}))


#: a count before another's, in a list
#: a kind named by the disclosure of some affairs opening its name, after the count of the item before it ('…46条,政务')
_IN_AN_AFFAIRS_KIND = re.compile(r"\d\s*[条篇件项][，,、；;]\s*[\u3400-\u9fff]务$")
_COUNT_BEFORE = re.compile(r"\d\s*(?:万|余|多)*\s*[条篇件]")
#: a clause part stating the grand total of what was counted before it; a sum, after counts
_GRAND_TOTAL = re.compile(r"\s*(?:总计|合计|总共)")
#: a count said to be all that was disclosed ('主动公开信息总量425条' after a site's '…门户网站主动公开政府信息174条')
_SAID_TO_BE_THE_WHOLE = re.compile(r"(?:信息|公开)(?:总量|总数)")
_SUM_OF_PARTS = re.compile(r"\s*共计|\s*共(?:主动)?(?:公开|发布)")
#: what follows a count that is one item of a list ('发布机构信息4条,政府信息公开年报1条')
_NEXT_ITEM = re.compile(r"[、，,；;]\s*(?!其中)[^，,。；;\d]{1,25}?\d+\s*[条件篇项个]")
#: or an update counted in times ('…公开重大民生信息7项,更新领导信息1次,…')
_NEXT_ITEM_OR_UPDATE = re.compile(r"[、，,；;]\s*(?!其中)[^，,。；;\d]{1,25}?\d+\s*[条件篇项个次]")
#: a count of information of no one kind, or said to be all ('主动公开政府信息120条', '发布信息共计88条')
_A_WHOLE_NAMED = re.compile(r"(?:公开|发布|公布)了?(?:各类)?(?:政府|政务)?信息\s*\d|共|总|合计|累计|全部|所有|各类")
#: a count of something disclosed or released
_A_COUNT_RELEASED = re.compile(r"(?:公开|发布|公布)[^，,。；;\d]{0,30}?\d+\s*[条件篇项份]")
#: a kind named after 信息 and before its count ('…公开信息通知公告13条'), not words saying it is all ('信息共计13条')
_A_KIND_AFTER_INFORMATION = re.compile(r"信息(?!" + _COUNTS_WORDS + r")[\u3400-\u9fff]{2,8}\s*\d+\s*[条件篇]$")
#: a kind named in a count ('政府动态类信息'; not '各类信息'), policy explanations, a topic's ('疫情防控相关信息') or the key areas'
_A_KIND_SAID = re.compile(r"(?<!各)类|解读|相关|重点领域")
#: a count broken down after it ('…1334条，其中概括类信息15条，…'): a whole
_BROKEN_DOWN = re.compile(r"\s*[，,]?\s*其中")
#: a clause part ending with a count (the item before another in a list)
_COUNT_ENDS = re.compile(r"\d\s*[条件篇项个期次场]\s*$")
#: …the words that say so of it outright
_SAID_WHOLE = re.compile(r"共|合计|总计|各类|累计")
#: the words that make a count of releases the whole ('各类信息', '全年…共发布')
_WHOLE = re.compile(r"各类|各项|全年|共|合计|累计|总")
#: a whole said of every kind, or summed ('…发布与转发各类信息共计754条', '全年累计在局官网、政务微信公众号…发布政务信息928条';
#: not '…共发布政务动态信息2394条', a kind's)
_ALL_OF_IT = re.compile(r"各类|各项|共计|合计|总计|累计")
#: words of a running total
_A_RUNNING_TOTAL = re.compile(r"累计|截[至止]")
#: a count of what was new in the year ('其中，本年度新增的主动公开政府信息32条', '2010年新增 49条'), after the
#: year's word (_THE_YEARS_WORD_BEFORE), or of what the year disclosed of a cumulative count ('…累计公开政府信息846条,
#: 其中本年度在县政府网站…公开214条'); each opens with a word of its own, for the regex engine to look for; the unit of
#: the year's new items may be lost before their breakdown ('…本年度新增的主动公开信息212,其中公文类信息197条')
_NEW_THIS_YEAR = re.compile(r"新增(?:的)?(?:主动公开)?(?:的)?(?:政府)?(?:信息)?\s*(\d+)\s*(?:条|(?=[，,]\s*其中))")
# (a year's 年 may be lost: '…100%2020新增的主动公开政府信息36条')
_THE_YEARS_WORD_BEFORE = re.compile(r"(?:本年度?|今年|当年|(?<!\d)(?:19|20)\d{2}\s*(?:年度?)?)\s*$")
_THE_YEARS_PART = re.compile(r"其中[，,]?\s*(?:本年度?|今年|当年|(?:19|20)\d{2}\s*年度?)[^，,。；;\d]{0,24}?公开(?:政府信息|信息)?\s*(\d+)\s*条")


def _new_this_year(text: str) -> int | None:
    """The year's new items after a cumulative count ('累计主动公开政府信息275条，…其中，本年度新增
    的主动公开政府信息32条', '共整理公开政府信息3819条,…本年度新增的主动公开信息169条': said to be what was
    proactively disclosed), or its part of it: the year's own total; None when the text states none, or
    only a kind's new share ('…办事指南:…本年度新增信息3条,占37.5%')."""
    found = []
    if "新增" in text:
        found += [m for m in _NEW_THIS_YEAR.finditer(text) if _THE_YEARS_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    if "其中" in text:
        found += _THE_YEARS_PART.finditer(text)
    for m in sorted(found, key=lambda m: m.start()):
        if _A_SHARE_AFTER.match(text, m.end()):
            continue
        if _A_RUNNING_TOTAL.search(text, max(0, m.start() - 200), m.start()) or "主动公开" in m.group(0):
            return int(m.group(1))  # (after a running total: '截至2012年12月30日,…共主动公开政府信息615条,今年新增94条')
    return None


#: a share stated after a count ('…3条,占37.5%')
_A_SHARE_AFTER = re.compile(r"\s*[,，]?\s*占")


#: a sentence opening with a medium's name in quotes ('“上海发布”在海内外15个平台…', '“上海国际服务门户”新增…')
_A_NAMED_MEDIUM = re.compile(r"[ \t\u3000]*“[^”。，,\n]{2,16}”")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` of `text` starts."""
    return max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1


def _a_channel_next(clause: str, end: int) -> bool:
    """Does another channel's count follow the count ending at `end`, as the next item of a list?"""
    nxt = _NEXT_ITEM.match(clause, end)
    return bool(nxt and _CHANNEL_NAMED.search(nxt.group(0)))


def _comma_part(clause: str, m: re.Match) -> tuple[str, str]:
    """(the clause before the comma-separated part that ends with the count `m`, that part)."""
    upto = clause[:m.end()]
    cut = max(upto.rfind("，"), upto.rfind(","))
    return upto[:max(cut, 0)], upto[cut + 1:]


#: the media's reports on the organ's work, not what it disclosed
_PUBLICITY = re.compile(r"报道宣传|宣传报道|(?:媒体|新闻)[^，,。；;\d]{0,30}?(?:报道|刊发|刊播|刊登)")


def _a_whole_released(clause: str, m: re.Match, before: str, part: str) -> bool:
    """Is the count `m` of items released (a clause without the word 公开; `part`, the part of
    the clause it ends, after `before`) the year's whole: not what one of several channels
    released ('新浪微博共发布信息3660条'), a kind ('政府动态类信息', '解读信息'), or one item of a
    list ('…发布文章473篇，门户网站发布信息265条', '发布机构信息4条，政府信息公开年报1条')? (Of a list of kinds
    ending in 等, only what follows it says what is counted: '发布政府会议、…、政策解读…等政务信息4127条'.)"""
    if _A_KIND_SAID.search(m.group(0).rsplit("等", 1)[-1]) or _PUBLICITY.search(part):
        return False  # (nor what the media reported: '…在中省市媒体如新华网、西部网、西安发布等报道宣传秦岭保护信息95条')
    broken_down, whole = _BROKEN_DOWN.match(clause, m.end()), _WHOLE.search(part)
    if whole and (broken_down or _SEVERAL_CHANNELS.search(part) and (_ALL_OF_IT.search(part) or _THROUGH_CHANNELS.search(part))):
        return True  # '门户网站及政务新媒体平台合计发布各类信息2578条,其中:…', '全年在门户网站和政务新媒体发布与转发各类信息共计754条',
        # '全年通过政府公众信息网站、古镇西沱公众号等渠道发布信息548条': the channels' whole
    if _CHANNEL_NAMED.search(part):
        return False
    if whole or broken_down:
        return True
    return not _NEXT_ITEM.match(clause, m.end()) and not _COUNT_ENDS.search(before)


def _categories(text: str, totals: set[int]) -> list[dict]:
    """The kinds `text` breaks the year's disclosures down into: the longest list of them (the
    most called kinds of information among lists as long), unless it does not add up to one of the
    `totals` stated and another list of two or more does ('其中“五公开”基础信息9831条,重点领域信息6695条')."""
    best: list[dict] = []
    introduced = False  # (may `best` break a whole down: after 其中, or right after a sentence counting something?)
    adding_up: list[dict] = []
    before = ""
    short: list[dict] = []  # the kinds the sentence before listed, adding up to no total
    broken_down: list[dict] = []  # the first list breaking down the count ending the sentence before
    best_rank = (False, 0, 0)  # (does `best` break down the year's whole stated right before it, its length, its kinds typed)
    fallback, fallback_rank = [], (False, 0, 0)  # (the best list not far short of the whole)
    for sentence in _split(_LIST_LINE_BREAK.sub("", text) if "\n" in text else text, _SENTENCE_SPLIT, _SENTENCE_SPLIT_TYPED):
        # ('…发布各类政府信息7406条。其中规划性文件151条、…': the breakdown of the count ending the sentence before)
        breakdown = sentence.lstrip().startswith(_BREAKDOWN_OPENINGS) and bool(_COUNT_UNIT.search(before) or _KINDS_HEADING.match(before))
        previous, before = before, sentence
        if ("条" in sentence and len(named_after := _COUNT_BEFORE_ITS_KIND.findall(sentence)) >= 2
                and any("类" in name for _, name in named_after)):
            sentence = _COUNT_BEFORE_ITS_KIND.sub(r"\g<name>\g<n>条", sentence)  # kinds named after their counts ('发布1条概况类信息,
            # 35条政务动态信息'), read as named first (some named as kinds, '…类': not '公开了63条动态信息,…专栏公开180条政务信息')
        elif "条" in sentence and (counted_first := _COUNTS_BEFORE_THEIR_KINDS.search(sentence)):
            sentence = (sentence[:counted_first.start()] + _A_COUNT_THEN_ITS_KIND.sub(r"\g<name>\g<n>条", counted_first.group(0))
                        + sentence[counted_first.end():])  # or three or more listed so ('其中含15条政府文件、7条乡镇建设相关的文件、…')
        if short and not adding_up and _COUNT_UNIT.search(sentence) and _adds_up_to(short + (more := _items(sentence, True)), totals):
            adding_up = short + more  # a list going on after a full stop ('…业务动态类信息253条,主要包括…等。网上办事21条、网上信访咨询16条')
        short = []
        named = "信息" in sentence or "类" in sentence
        items = None
        # (or documents of each kind in 份 after 其中: '制发主动公开文件15份,其中机构职能类8份,…')
        counted = bool(_COUNT_UNIT.search(sentence) or "其中" in sentence and _IN_COPIES.search(sentence))
        if (totals and (counted or breakdown or "其中" in sentence) and _UNITLESS_COUNT.search(sentence)
                and not _adds_up_to(items := _items(sentence, named, totals) if counted else [], totals)):
            # counts printed without their unit, some or all ('…会议活动类信息460条,部门动态402,其他信息248条', '其中1.组织
            # 机构5;2.规章100;…'), where they then add up, or one among many a breakdown lists ('其中X新闻动态:1307条,政务动态:
            # 4268条,乡街部门动态:684,公示公告:75条,…')
            with_units = _UNITLESS_COUNT.sub(r"\1条", sentence)
            filled = _items(with_units, named, totals)
            if _adds_up_to(filled, totals) or (filled and filled[0]["after_of_which"] and len(filled) > len(items)
                                               and len(_UNITLESS_COUNT.findall(sentence)) * 4 <= len(filled)):
                sentence, items, counted = with_units, filled, True
        if not counted:
            continue  # a breakdown counts kinds in 条 (some in 件, 篇 or 项)
        if not named and not breakdown and ("发布" not in sentence and "公开" not in sentence or sentence.count("条") < 3):
            continue  # kinds not called information are counted as released, three or more
        if items is None:
            items = _items(sentence, named, totals)
        if not named and not _a_list_of_kinds(sentence, items) and not (
                breakdown and _adds_up_to(items, totals) and not any(_ORGANS_ITEM.search(c["raw"]) for c in items)):
            continue  # (or they break down the count before them exactly: '…1110条。其中:工作动态951条,公告公示159条';
            # not by the organs disclosing: '其中,市级机关224438条,…;各区(市)政府224810条')
        if any(c["raw"].startswith(("主动公开", "政府信息主动公开")) for c in items) and any(_OTHER_MODE.match(c["raw"]) for c in items):
            continue  # by how it was disclosed, not by kind ('(其中,主动公开文件数为17条,依申请公开文件数为39条,…)')
        if items and _APPLICATIONS_BROKEN_DOWN.search(sentence, 0, items[0]["start"]):
            continue  # how the year's applications were answered ('共收到政府信息公开申请63项,…,其中属于已经主动公开的2项,同意公开的9项')
        if items and "解读" in sentence and _EXPLANATIONS_BROKEN_DOWN.search(sentence, 0, items[0]["start"]):
            continue  # the kinds of the policy explanations ('发布数据解读信息89篇,其中数据发布43篇、统计分析38篇、…')
        if (totals and items and items[0]["after_of_which"] and (part := _PART_BROKEN_DOWN.search(sentence, 0, items[0]["start"]))
                and ("其中" in part.group(0) or sentence.startswith("其中", items[0]["start"]))
                and int(part.group(1)) not in totals and not _adds_up_to(items, totals)):
            continue  # what one part holds, not the whole ('…264条。…公开重点领域政府信息37条,其中统计信息14条,…', '…微信公众号
            # 2443条,其中乡村振兴228条,…' of 382)
        if (items and items[0]["after_of_which"] and (part := _PART_BROKEN_DOWN.search(sentence, 0, items[0]["start"]))
                and int(part.group(1)) not in totals and _ACCUMULATED_BEFORE.search(sentence, 0, part.start())):
            continue  # what all the years so far hold, not the year's ('本局到2017年底累计主动公开政府信息401条,其中公文类信息150条')
        if sum(1 for c in items if _A_PUBLISHERS_COUNT.search(c["raw"])) * 2 > len(items):
            continue  # by the organs publishing, not by kind ('其中,市政府各部门发布信息90932条,…;县、区政府及其部门发布信息146550条')
        if sum(1 for c in items if _AN_OUTLETS_NAME.search(c["raw"])) * 2 > len(items):
            continue  # by the news outlets reporting on the organ ('央视新闻频道刊播3条,新华社2篇,浙江新闻联播10篇,浙江日报15篇')
        if sum(1 for c in items if _A_CHANNELS_NAME.search(c["raw"])) * 2 > len(items):
            continue  # by channel, not by kind ('其中市政府门户网站5200条,各县(市、区)政府门户网站14541条,各部门政府网站14650条')
        typed = sum(1 for c in items if _TYPED.search(c["raw"]))
        # (a list breaking down the year's whole right before it ranks first: '共6931条,其中概况类信息124条,…' over a later
        # sentence's counts of other things, '解读信息发布总数5条,意见征集数6条,专题专栏维护数16条,…')
        whole_before = bool(len(items) >= 2 and items[0]["after_of_which"] and (part := _PART_BROKEN_DOWN.search(sentence, 0, items[0]["start"]))
                            and int(part.group(1)) in totals)
        rank = (whole_before, len(items), typed)
        said = bool(items and (items[0]["after_of_which"] or _COUNT_UNIT.search(previous) and _a_list_opening(sentence, items[0]["start"])))
        if rank > best_rank:
            best_rank, best, introduced = rank, items, said
        if rank > fallback_rank and totals and sum(c["count"] for c in items) * 2 >= min(totals):
            # (the list to take should the best turn out far short of the whole, one holding half of it at least: '…9726条。…在主动
            # 公开信息工作中,组织机构类信息65条,…其他信息4314条。在重点领域信息板块公开财政资金类信息256条、…' (six kinds of 546 after
            # four of 6,980))
            fallback_rank, fallback = rank, items
        if not adding_up and _adds_up_to(items, totals):
            adding_up = items
        elif len(items) >= 2:
            short = items
        if breakdown and len(items) >= 3 and not broken_down:
            broken_down = items
    if adding_up and sum(c["count"] for c in best) not in totals:
        best = adding_up
    elif broken_down and sum(c["count"] for c in best) not in totals:
        best = broken_down
    elif best and _far_short(best, totals, introduced):
        if not fallback:
            return []
        best = fallback  # counts of some things released, far short of the year's whole and not said to break it down: not after
        # 其中 nor right after a count ('…493条。' … '对经常性的工作定期公开。2022年,我局共发布行政规范性文件0条,解读文件7条,其他文件7条')
    if (len(best) == 1 and (not best[0]["raw"].endswith(("类信息", "类")) or len(best[0]["raw"]) <= 2  # (not '6大类30条…任务')
                            or "等" in best[0]["raw"])  # (nor the whole of the kinds listed: '…等有关政务新闻和公告类信息4861条')
            or not any(c["count"] for c in best)
            or any(c["raw"][-1:] in _ABOUT for c in best)):
        return []  # (nor counts all nil: '法定主动公开0条政府信息;公开行政法规、规章和规范性文件0条;办理行政许可处理决定0条'; nor
        # some rough: '…业务类信息213条;其它类信息约51条')
    strip = sum(1 for c in best if re.search(r"类(的)?信息(类)?$", c["raw"])) * 2 >= len(best)
    # kinds named by 类, some with 信息 after it ('通知公告类信息6条;政策法规类2条'): each as '…类'
    by_kind = strip or sum(1 for c in best if re.search(r"类(?:(的)?信息)?$", c["raw"])) * 2 >= len(best)
    # (what each kind's update counted, most of them: '其中部门文件更新3条,计划规划更新2条,工作信息更新42条,…', '其中外贸更新49条,…,
    # 财务公开10条'; _NAME_WRAPPING took it off 信息)
    updated = (sum(1 for c in best if c["raw"].endswith("更新")) >= 2
               and sum(1 for c in best if c["raw"].endswith(("更新", "信息"))) * 2 > len(best))
    out = []
    for c in best:
        name = c["raw"][:-2] if updated and c["raw"].endswith("更新") and len(c["raw"]) > 3 else c["raw"]
        if strip and not re.search(r"(公开|政府)(的)?信息$", name):
            name = re.sub(r"(?<=类)信息类$|(的)?信息$", "", name) or name  # ('X类信息类' → 'X类'; not '人事信息类', printed so)
        elif by_kind:
            name = re.sub(r"(?<=类)(的)?信息$", "", name)
        item = {"name": name, "count": c["count"]}
        if c["pct"] is not None:
            item["percent"] = c["pct"]
        out.append(item)
    return out


#: a count right after a name (or a space after it), without a unit, before a list's separator or at the sentence's end
_UNITLESS_COUNT = re.compile(r"(?<=[\u3400-\u9fff:：])\s?(\d+)(?=\s*[，,、；;]|\s*$)")
#: the opening of one measure in a list of them ('六是开设“市场规则和标准”专栏,…')
_A_MEASURE_OPENS = re.compile(r"\s*[一二三四五六七八九十]+是")


#: a kind's count printed before its name, the name ending the clause ('…发布1条概况类信息,35条政务动态信息')
_COUNT_BEFORE_ITS_KIND = re.compile(r"(?<![\d.])(?P<n>\d+)\s*条(?P<name>[^\d，,；;。、：:（）()“”]{2,20}?(?:类信息|类|信息))(?=[，,；;。、]|$)")
#: a count then its kind's name, any name; three or more in a row, listed with 、
_A_COUNT_THEN_ITS_KIND = re.compile(r"(?<![\d.])(?P<n>\d+)\s*条(?P<name>[^\d，,；;。、：:（）()“”]{2,20})")
_COUNTS_BEFORE_THEIR_KINDS = re.compile(r"(?<![\d.])(?:\d+\s*条[^\d，,；;。、：:（）()“”]{2,20}、){2,}\d+\s*条[^\d，,；;。、：:（）()“”]{2,20}")


def _far_short(items: list[dict], totals: set[int], introduced: bool) -> bool:
    """Are `items` counts far short of the year's whole (a quarter of it), not said to break it down?"""
    return bool(items and totals and not introduced and sum(c["count"] for c in items) * 4 < min(totals))


def _a_list_opening(sentence: str, start: int) -> bool:
    """Does the list of counts at `start` open `sentence`, as a breakdown of a count just before does ('…共发布信息
    493条。内容涉及部门动态12篇,…'): in its first clause, the sentence not one measure of a list of them? (Not '…各类政府
    信息80条。加强行政规范性文件审查公开,全年共制发行政规范性文件6件,同步公开政策解读12条', nor '六是开设“市场规则和标准”专栏,
    梳理…并公开市场监管规则和标准30条,…': what they count is their own.)"""
    return not _A_MEASURE_OPENS.match(sentence) and not re.search(r"[，,]", sentence[:start])
#: the words opening a sentence that breaks down the count ending the sentence before ('…17件。内容涉及部门动态12篇,…')
_BREAKDOWN_OPENINGS = ("其中", "内容涉及", "内容包括", "具体包括", "分别为")
#: a heading over the kinds of what was disclosed ('2、公开主要类别', '(二)主动公开政府信息的主要类别')
_KINDS_HEADING = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]\s*)?[^，,。；;\d]{0,16}类别[^，,。；;\d]{0,4}$")
#: the words before a breakdown's first item
_OF_WHICH = re.compile(r"其中|内容涉及|内容包括|具体包括|分别为|(?:^|(?<=[，,：:\s]))含(?=[^，,、]{2,})"  # ('…119项,含政府动态信息89项,…')
                       r"|(?:^|(?<=[，,]))\s*包括\s*[：:]"  # ('…727条,包括:政府领导、机构设置信息14条,…')
                       r"|公开的(?:政府)?信息中"  # ('…共133条。在主动公开的信息中,部门文件类的信息2条;…')
                       r"|类别\s*[：:]")  # ('2014年在县政府网站公开政府信息类别:政策文件信息4条,…')
#: a count of applications broken down after it, no other count between
_APPLICATIONS_BROKEN_DOWN = re.compile(r"申请[^。；;\d]{0,12}?\d+\s*[件项条个][^\d]*$")
#: a count of policy explanations broken down after it
_EXPLANATIONS_BROKEN_DOWN = re.compile(r"解读[^，,。；;\d]{0,8}\d+\s*[条件篇]\s*[，,]?\s*(?:其中[，,：:]?)?\s*$")
#: a count accumulated up to a year's end or over the years, in the clause stating it
_ACCUMULATED_BEFORE = re.compile(r"(?:到|至|截至|截止)\s*(?:19|20)\d{2}\s*年\s*(?:12\s*月\s*)?(?:底|末)[^，,。；;]*?累计[^，,。；;]*$|历年[^，,。；;]*$")
#: a count broken down right after it ('…重点领域政府信息37条,其中', '…文件共计1640份(其中')
_PART_BROKEN_DOWN = re.compile(r"(\d+)\s*[条件篇项份]\s*[，,；;（(]?\s*(?:其中\s*[，,：:]?\s*)?$")
#: a channel's name ending an item's ('各部门政府网站', '政务新媒体'), not a kind's, maybe with its act ('…网页专栏主动公开',
#: '执法公示平台主动公开') and what it disclosed ('政府公报公开政府信息', '其他方式公开政府信息')
_A_CHANNELS_NAME = re.compile(r"(?:网站|门户网|政府网|公开网|信息网|新媒体|公众号|微博|微信|客户端|公开栏|宣传栏|公告栏|显示屏|公报|方式|渠道|途径)"
                              r"(?:(?:主动)?(?:公开|发布|推送)(?:(?:政府|政务)?信息)?)?$|(?:网页|专栏|平台)(?:主动)?(?:公开|发布|推送)$"
                              r"|^(?:门户)?网站信息$|发稿$")  # ('主动公开网站信息6217份,掌上X发稿28222条,新媒体账号发稿10739条')
#: a news outlet's name ('新华社', 'X日报', 'X新闻联播', 'X电视台'), maybe with its act ('…频道刊播')
_AN_OUTLETS_NAME = re.compile(r"(?:新华社|日报|晚报|新闻联播|电视台|卫视|频道|党报|人民网|新华网|央视|中新社)(?:刊播|刊发|刊登|报道|播出)?$")
#: an item counting what was disclosed otherwise than proactively
_OTHER_MODE = re.compile(r"依申请公开|不予公开|免予公开")
#: an item naming organs, not a kind of information
_ORGANS_ITEM = re.compile(r"(?:机关|政府|部门|单位|乡镇|街道)$")
#: what organs published, counted by who they are ('市政府各部门发布信息', '县、区政府及其部门发布信息')
_A_PUBLISHERS_COUNT = re.compile(r"(?:机关|政府|部门|单位|乡镇|街道)(?:发布|公开)(?:的)?(?:政府|政务)?信息$"
                                 r"|级(?:主动)?(?:发布|公开)(?:的)?(?:政府|政务)?(?:信息)?$")  # (or by level: '其中县(市、区)级主动公开…')


#: the words opening a list of what one kind holds, after its count ('机构类信息20条,内有领导成员10条、…;工作类信息11条,其中…')
_SUB_LIST_OPENING = re.compile(r"^[，,、\s]*(?:其中|内有|内含|包括)[：:，,]?\s*")


def _without_sub_lists(run: list[dict]) -> list[dict]:
    """`run` without the items breaking one kind down after it, where they add up to its count ('机构类信息20条,内有领导成员
    10条、机构职能4条、机构概况1条、直属单位或下属机构5条;工作类信息11条,…': the kinds are 机构类 and 工作类); only those
    items where the run is a whole and its breakdown alone."""
    out, i = [], 0
    while i < len(run):
        out.append(run[i])
        i, whole, part = i + 1, run[i]["count"], 0
        if i < len(run) and run[i]["opens_a_sub_list"]:
            end = i
            while end < len(run) and part < whole:
                part, end = part + run[end]["count"], end + 1
            if part == whole and end - i >= 2:
                if i == 1 and end == len(run):
                    return run[1:]  # the whole, then the kinds it includes ('主动公开政务信息37条,包括规划计划类信息3条,…')
                i = end
    return out


def _adds_up_to(items: list[dict], totals: set[int]) -> bool:
    """Do two or more `items` add up to one of the `totals` stated?"""
    return len(items) >= 2 and sum(c["count"] for c in items) in totals


#: the channel and verb before the first of kinds not called information ('全年通过街道门户网站发布工作情况', '主动发布政策解读')
_CHANNEL_AND_VERB = re.compile(r"^(?:全年|本年|\d{4}年)?(?:[^，,、]*?(?:通过|在|依托)(?:[^，,、]*?|[^，,]*?等))?(?:主动)?(?:公开|发布)(?!专栏|栏目|网|平台|门户)"
                               r"(?=[^，,、]{2,}$)")  # (channels listed: '在市政府门户网站、《X公报》等主动公开…')
#: the word naming a channel in `_CHANNEL_AND_VERB`
_A_CHANNELS_WORD = re.compile(r"通过|在|依托")
#: the name of a whole, not of a kind, after its channel and act ('其中通过区政府网站主动公开政府文件24条,其中…')
_A_WHOLES_NAME = re.compile(r"(?:政府|政务)?(?:信息|文件)$")
#: a name that is a channel or an act, not a kind, beyond the channels _NOT_A_NAME knows ('X网站', '…公开'); an
#: act is a kind where the list breaks a whole down (其中,村级公开3条,…), and so are the "five disclosures" and their
#: like ('决策公开17条、执行和结果公开36条、…、新闻发布16条')
_CHANNEL_ITEM = re.compile(r"网站|(?<!决策)(?<!执行)(?<!管理)(?<!服务)(?<!结果)(?<!领域)(?<!新闻)(?:公开|发布)$")
_SITE_ITEM = re.compile(r"网站(?!工作年度报|年度报|年报)")  # (not the site's own annual report, a kind: '政府网站工作年度报告1条')


def _a_list_of_kinds(sentence: str, items: list[dict]) -> bool:
    """Are `items`, in a sentence that does not call them information ('发布工作情况49条，
    公告公示59条，…'), a breakdown: three or more in 条, the sentence's first counts, none a channel?"""
    channel = _SITE_ITEM if items and items[0]["after_of_which"] else _CHANNEL_ITEM
    return (len(items) >= 3 and all(c["unit"] == "条" and not channel.search(c["raw"]) for c in items)
            and not _COUNT_UNIT.search(sentence, 0, items[0]["start"]))


#: a day's date opening a kind's name, the day its events mark ('5•15政务公开日活动', '3·15消费者权益日')
_A_DAYS_DATE = re.compile(r"(?<![\d.．])\d{1,2}[•·・‧]\d{1,2}$")
_A_DAYS_DATE_OPENING = re.compile(r"^\d{1,2}[•·・‧]\d{1,2}(?!\d)")

#: what may mark a kind's place in a list, before its name
_A_LISTS_MARKS = "、，, ①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _kind_name(printed: str, named: bool = True) -> tuple[str, bool]:
    """(a kind's name without the words printed around it, was it in quotes?): '其中，' before
    it, its channel or verb, '共公开信息' after a column's name, '涉及…的信息', '“…”栏目', '以及…等'."""
    raw = printed.strip()
    raw = _UP_TO_INTRO.sub("", raw) if _INTRO.search(raw) else raw
    raw = _LEAD.sub("", raw.lstrip(_A_LISTS_MARKS)).strip("、，, ")  # (a list's mark before a lead: '…6条、公开X事项数2条'; a
    # circled number: '…;②机构职能类信息5条')
    if raw[:1] in "本今当全":
        raw = _ISSUED_THIS_YEAR.sub("", raw)  # ('…等渠道主动公开本年度制发的省政府规章2件、…')
    if "条、" in raw:
        raw = _COUNT_LOST.sub("", raw)
    raw = _KIND_TAIL.sub("", _CHANNEL.sub("", raw) if named else _CHANNEL_AND_VERB.sub("", raw))
    if "其中" in raw:
        raw = _LEAD.sub("", raw.rsplit("其中", 1)[1].lstrip("，,：: "))  # a first kind glued to the sentence before it ('…及其他信息其中新闻动态35篇')
    if raw[:1] in "以及和等" or raw[-1:] in "等量新计数布" or raw.endswith("的信息"):
        raw = _NAME_WRAPPING.sub("", raw).strip()
    if " " in raw:
        # ('其 他相关信息'; not a blank in quotes, a slogan's: '“推进绿色发展 建设生态阎良”专栏信息')
        raw = _QUOTED_OR_NOT.sub(lambda q: q.group(0) if q.group(0)[0] == "“" else _LAYOUT_BLANK.sub("", q.group(0)), raw)
    if raw[-1:] == "?":
        raw = _LOST_MARKS.sub("", raw)  # characters a copying site lost after it ('机构概况?1条')
    if raw[-1:] in "”\"" and "“" not in raw and raw.count('"') < 2:
        raw = raw[:-1]  # a closing quote whose opening one a copying site lost ('…发布工作动态”61条、组织机构”1条')
    quoted = raw[:1] == "“"
    if "等" in raw and raw.endswith(("类", "类信息", "领域信息", "领域政府信息", "领域政务信息")):
        raw = _FIELDS_OF_A_KIND.sub("", raw)  # the fields a kind holds listed before it ('新区委领导、机构职能等概况类', '人事任免、
        # 招投标、…等重点领域信息')
    if raw[:1] in "涉关“" or "涉及" in raw[1:12] and ("内容涉及" in raw or raw[:3] == "其涉及") or _FIELDS_DESCRIBING.search(raw):
        raw = _KIND_WORDING.sub(lambda w: next(filter(None, w.groups())), raw)
    return raw, quoted


#: the year's documents issued, opening the first kind's name after the act ('本年度制发的')
_ISSUED_THIS_YEAR = re.compile(r"^(?:本年度?|今年|当年|全年)(?:制发|印发|出台)的(?=[^，,、]{2,})")
#: ASCII '?' after Chinese characters: characters a copying site lost (a Chinese question ends with the full-width ？)
_LOST_MARKS = re.compile(r"(?<=[\u3400-\u9fff])\?+$")
#: a channel and its act of disclosing, inside a name ('X政务服务网公开行政许可信息')
_A_CHANNEL_DISCLOSING = re.compile(r"(?:网|网站|平台|公众号)上?(?:公开|发布|公布)")
#: an act a long name holding one cannot be a kind's: a clause's words ('通过政府网站、微信公众号等渠道发布')
_AN_ACT = re.compile(r"公开|发布|公布|通过|更新|推送|报送|制作|受理|开展|加强|围绕")


#: what an item sent up, submitted or pushed ends with: an act, not a kind
_SUBMITTED = re.compile(r"(?:上报|报送|推送|审发|采编|编发)(?:各类)?(?:政府|政务)?(?:信息)?$|^向[^，,、]{1,20}?(?:上报|报送|推送)")
#: the words opening a count of a change on the year before, not a kind's name
_A_CHANGE = ("同比", "环比", "比上年", "较上年", "比去年", "较去年")


#: a document's edition in brackets after its name ('(2023年版)')
_EDITION = re.compile(r"[（(]\d{4}年度?版[）)]")


def _is_kind(name: str) -> bool:
    """Can `name` be a kind of disclosed information (not a total, a channel, an application count)?"""
    if name.endswith("版)") or name.endswith("版）"):
        name = _EDITION.sub("", name)  # (a document's edition: '政府信息公开指南(2023年版)')
    return (bool(name) and not _NOT_A_NAME.search(_LEADING_YEAR.sub("", _A_DAYS_DATE_OPENING.sub("", name)) if name[:1].isdigit() else name)
            and not name.endswith("局")  # (an organ: '行政许可239项,其中,教育卫生局189项,住建局42项,…')
            and not name.endswith("第")  # (an article's number: '根据《…条例》第23条和《…规定》第36条')
            and not name.startswith(_A_CHANGE)  # (a change on the year before: '…15条,同比增加6条')
            and not _SUBMITTED.search(name)  # (what was sent up or pushed, an act: '…通过区政府门户网站上报信息114条,审发推送71条',
            # '向区手机报报送工作动态类信息180条')
            and not _A_CHANNEL_DISCLOSING.search(name)  # (a channel's count: '…;重庆政务服务网公开行政许可信息546条')
            # (fields listed, or one of the 条例's kinds named as it does: '国民经济和社会发展规划、专项规划、区域规划及相关政策',
            # '法律、法规、规章和国家有关规定应当主动公开的其他政府信息'; the act closing each kind's name where a list names
            # them so: '…决算表、机构运行信息表和封面代码信息公开1条')
            and (len(name) <= 25 or len(name) <= 50 and "、" in name and ("等" in name or "类" in name or "其他" in name
                                                                 or not _AN_ACT.search(name.removesuffix("信息公开"))))
            and ("主动公开" not in name or "其他" in name or "其它" in name or "目录" in name or "法定主动公开" in name
                 or not name.endswith("信息")))


def _past_a_channels_act(name: str) -> str | None:
    """What `name` holds after the channel and the act opening it ('通过门户网站公开工作动态' → '工作动态'); None where it
    names no channel before its act, or what follows the act names a whole ('…主动公开政府文件')."""
    act = _CHANNEL_AND_VERB.match(name)
    if act and _A_CHANNELS_WORD.search(act.group(0)) and not _A_WHOLES_NAME.match(name, act.end()):
        return name[act.end():]
    return None


def _other_units_few(run: list[dict]) -> bool:
    """Are items counted in 个, 张 (pictures, files) or 期 (issues) few enough in `run`, at most a third of it,
    to be kinds among the others rather than counts of something else ('访问总量28012个')?"""
    others = sum(1 for c in run if c["unit"] in "个张期")
    return others * 3 <= len(run)


#: the act of disclosing before a kind's name after '其中,' ('公开政策文件', '公开的机构职能类信息')
_DISCLOSED = re.compile(r"(?:主动)?公开(?:公示)?(?:的|了)?" + _NOT_AFTER_THE_ACT)
#: a note after a kind's count on what it includes, up to the next kind ('其中工作动态类信息60条,主要包括…等单位日常工作
#: 动态;政务公开类信息9条,…', '…115条,主要是有关…等内容,占总体的比例为1.07%;法规文件类信息259条,…')
_WHAT_IT_INCLUDES = re.compile(r"(?:(?:主要)?(?:包括|包含|涵盖|涉及)|主要(?:围绕着?|是|为))[^\d。；;]*"
                                r"(?:占[^\d，,；;。]{0,12}?(?P<pct>\d+(?:\.\d+)?)\s*%)?[；;]\s*")  # (and the kind's share after it)
#: a run of digits, and the unit after it when it is a count of kinds ('12条'): where an item ends
_DIGIT_RUN = re.compile(r"\d+(\s*[条件篇项个张份则期])?")
#: how far before its count an item may open: a year, a name and a wording (5 + 48 + 2), or with
#: a note in brackets or blanks, further; and how far after it it may end (its share)
_ITEM_BEFORE, _ITEM_BEFORE_NOTED, _ITEM_AFTER = 55, 100, 40
#: a sentence shorter than this is searched whole (cheaper than finding its counts first)
_ITEM_SHORT_SENTENCE = 150
#: what lets an item reach further before its count
_NOTE_OR_BLANK = re.compile(r"[（()）\s]")


def _item_matches(sentence: str):
    """The items `_ITEM` (`_ITEM_NOTED` where a bracket is) finds in `sentence`, the regex tried
    only just before the counts on a long sentence: an item holds no digit before its count but
    those of a year opening it, so it opens at most `_ITEM_BEFORE` characters before the count,
    and not before the digits before it (the regex engine tries a name of up to 48 characters
    at every position of the sentence otherwise)."""
    item = _ITEM_NOTED if "(" in sentence or "（" in sentence else _ITEM
    if len(sentence) < _ITEM_SHORT_SENTENCE:
        yield from item.finditer(sentence)
        return
    pos = last_digits = 0
    for run in _DIGIT_RUN.finditer(sentence):
        if run.group(1) and run.start() >= pos:
            c = run.start()
            reach = _ITEM_BEFORE_NOTED if _NOTE_OR_BLANK.search(sentence, max(0, c - _ITEM_BEFORE_NOTED), c) else _ITEM_BEFORE
            m = item.search(sentence, max(pos, last_digits, c - reach), run.end() + _ITEM_AFTER)
            if m and m.start("n") == run.start():
                yield m
                pos = m.end()
        if not (sentence[run.start() - 1:run.start()] in "(（" and _EDITION.match(sentence, run.start() - 1)):
            last_digits = run.start()  # (an edition's year is part of the name before it: '政府信息公开指南(2023年版)1条')


#: what sets apart kinds given one count each ('X、Y均为0条', 'X与Y各3条')
_ONE_COUNT_EACH = re.compile("[、与]")


#: occasions counted in a list of kinds ('公开征求意见3次、征求意见反馈3次,')
_OCCASIONS_COUNTED = re.compile(r"(?:[、，,；;]?\s*[^\d，,、；;。：:（）()]{2,20}?\d+\s*次\s*)+[、，,；;]\s*")
#: an amount in yuan noted after a kind's count, between it and the next kind
_AN_AMOUNT_NOTE = re.compile(r"[，,、]?\s*[\u3400-\u9fff]{0,6}金额\s*(?:为|达)?\s*\d+(?:\.\d+)?\s*万?元\s*[，,、]\s*")


def _items(sentence: str, named: bool = True, totals: set[int] | frozenset = frozenset()) -> list[dict]:
    """The longest run of 'name N条' items in `sentence` separated by list punctuation;
    `named`: the sentence calls them information (信息, 类), else any channel and verb before
    the first is cut off its name; a run in 件 after 其中 stands where it adds up to one of `totals`."""
    runs: list[list[dict]] = []
    run: list[dict] = []
    pos = 0
    note_end = 0
    for m in _item_matches(sentence):
        if m.start() < note_end:
            continue  # inside a note on the item before
        gap = sentence[pos:m.start()]
        if run and (includes := _WHAT_IT_INCLUDES.fullmatch(gap)):
            gap = ""  # a note on what the kind before includes
            if includes.group("pct") and run[-1]["pct"] is None:
                run[-1]["pct"] = float(includes.group("pct"))
        elif run and _AN_AMOUNT_NOTE.fullmatch(gap):
            gap = ""  # the amount of the kind before ('政府采购29项,采购金额23.72万元,政策文件1条')
        elif run and "次" in gap and _OCCASIONS_COUNTED.fullmatch(gap):
            gap = ""  # occasions counted among the kinds, none of them ('…17条,公开征求意见3次、征求意见反馈3次,项目资金使用情况公示3条')
        name = m.group("name")
        if name[:1] in ".．、" and gap[-1:].isdigit():  # '其中:1.组织机构类信息3条;2.部门文件类…': numbered kinds
            gap, name = gap.rstrip("0123456789"), name[1:]
        elif run and name[:1] in "条件篇项" and name[1:2] in "、，," and gap[-1:].isdigit() and not gap.rstrip("0123456789").strip(" 、，,"):
            gap, name = "", name[2:]  # a count whose kind's name a mirror's spam replaced, the spam filter took it ('民意征集1条、
            # [spam]1条、部门文件等111条'): the list goes on
        elif gap[-1:].isdigit() and (day := _A_DAYS_DATE.search(gap)):
            gap, name = gap[:day.start()], day.group(0) + name  # a day's date naming it ('…、5•15政务公开日活动1篇、…')
        elif (gap[-1:] in ")）" and (opening := _NAME_OPENING_IN_BRACKETS.search(gap))
              and (gap[:opening.start()].strip(" 、，,；;：:") in ("", "其中") or gap[opening.start() - 1:opening.start()] in "、，,；;")):
            # '…、村(社区)栏目199条', '其中,政务(动态)类信息1688条': a name holding brackets, which an item's name does not
            gap, name = gap[:opening.start()], opening.group(0) + name
        elif gap.rstrip(" ，,：:").endswith("其中") and (act := _DISCLOSED.match(name) or _CHANNEL_AND_VERB.match(name)):
            name = name[act.end():]  # '其中,公开政策文件29项,…': the act before the first kind (and its channel: '其中,通过X区人民政府
            # 门户网站发布工作动态信息147条,发布公示公告2条,…')
        elif name.startswith("其中") and (rest := _past_a_channels_act(name[2:].lstrip("：: "))) is not None:
            name = rest  # the same glued to 其中 ('其中通过门户网站公开工作动态50条、…')
        elif (not run and (rest := _past_a_channels_act(name)) is not None and not _AN_ACT.search(rest)
              and not rest.startswith(("信息", "政府信息", "政务信息"))):
            name = rest  # or opening the sentence ('2023年度在厅网站发布全省征地信息1359条、新闻类信息6208条、…'; not '…通过X政府信息公开
            # 目录系统公开信息115条', '在区政府网站主动公开信息通知公告13条')
        elif (run and gap and ("等" in name or "类" in name) and (listed := _NAMES_LISTED.match(gap + name))
              and listed.end() >= len(gap)):
            # a kind named by a list of fields ('…,基层政务公开标准目录社会救助、养老服务、安全生产等领域信息117条', '…;民政、扶贫、
            # 救灾、…、促进就业类信息1条')
            gap, name = "", gap + name
        raw, quoted = _kind_name(name, named)
        if (note := m.group("note")) and len(note) <= 10 and (note[1:2] == "含" or not _NOTE_NOT_A_NAME.match(note, 1)):
            raw += note  # a note on what it includes, or naming which of two kinds of one name it is ('(执法监督)')
        # kinds listed with one count for all ('决策信息、人事信息、…类信息均为0条', '组织机构与资金信息类各3条'): each its own
        # with that count
        names = ([_kind_name(k, named)[0] for k in _ONE_COUNT_EACH.split(raw[:-1])] if raw[-1:] in "均各" and _ONE_COUNT_EACH.search(raw)
                 else [raw])
        raw = names[-1]
        if run and raw.startswith(_A_CHANGE):
            pos = m.end()  # the change on the year before of the kind before it, a note on it ('…3121条,比上年度减少838条;…')
            while pos < len(sentence) and sentence[pos] in "、，,；; ":
                pos += 1
            continue
        ok = all(map(_is_kind, names))
        # ('涡阳人民政府办公室信息公开16526条,其中“五公开”基础信息9831条,…': the kinds after 其中 break the whole down)
        if run and (gap.strip(" 、，,；;") not in ("", "占") or not ok or len(run) == 1 and name.lstrip(" ，,").startswith("其中")
                    or sentence[:m.start()].rstrip()[-1:] in ";；" and _DISCLOSED.match(name.lstrip())):
            # (a share's word left without its figure is no gap: '决策信息0条占;工作信息126条'; a clause disclosing something else
            # after a list's end is one: '其中:工作动态14条、其他法定信息91条;主动公开行政许可信息135件')
            runs.append(run)
            run = []
        if ok:
            pct = float(m.group("pct")) if m.group("pct") else None
            run.extend({"raw": _SUB_LIST_OPENING.sub("", kind), "count": int(m.group("n")), "pct": pct, "unit": m.group("unit"),
                        "quoted": quoted, "start": m.start(),
                        "after_of_which": not run and not k and bool(_OF_WHICH.search(gap + m.group("name"))),
                        "opens_a_sub_list": bool(run) and not k and bool(_SUB_LIST_OPENING.match(m.group("name")))}
                       for k, kind in enumerate(names))
        pos = m.end()
        if (note := _COUNT_NOTE.match(sentence, pos)) or ok and (note := _SUBCOUNTS_NOTE.match(sentence, pos)):
            pos = note_end = note.end()  # '省政府工作报告2条(中英文各1条)、…'
            if (share := _SHARE_AFTER_A_NOTE.match(sentence, pos)) is not None:
                pos = note_end = share.end()  # and the kind's share after the note ('…3357条(机关信息633条、…),占公开信息总数的15.52%;')
                if ok and run[-1]["pct"] is None:
                    run[-1]["pct"] = float(share.group(1))
        while pos < len(sentence) and sentence[pos] in "、，,；; ":
            pos += 1
    if run:
        runs.append(run)
    runs = [_without_sub_lists(r) for r in runs]
    # kinds of information are counted in 条 (a document kind may be in 件 or 篇 among them), or
    # all in another unit after 其中 ('公开政府信息60条，其中，概况信息2篇，公文1篇…', '…其中行政许可0项…'),
    # in 件 only the columns of a site or kinds named as such ('其中，“规划计划”3件，…', '其中公示决定处罚类213件，…':
    # documents in 件 are counts of documents)
    # ('焦点图片45张' or '政策文件2个' among kinds counted in 条: only where 条 counts are most of them, or the kinds add up to
    # the whole: '…196条,其中年度报告1条,机构调整公告3个,档案180个,月工作计划12个')
    runs = [r for r in runs if _other_units_few(r) or sum(c["count"] for c in r) in totals]
    runs = [r for r in runs if any(c["unit"] == "条" for c in r)
            or len(r) >= 2 and all(c["unit"] == "篇" and c["raw"].endswith(("信息", "类")) for c in r)  # ('更新工作动态信息43篇、公告公示信息3篇')
            or len(r) >= 2 and r[0]["after_of_which"] and len({c["unit"] for c in r}) == 1
            and (r[0]["unit"] != "件" or all(c["quoted"] or c["raw"].endswith(("类", "类信息", "类文件")) for c in r)
                 or sum(c["count"] for c in r) in totals)
            # (or three or more in one unit adding up to the whole: '…各类教育信息718条,发布教育厅正式公文288份,部委新闻168份,…')
            or len(r) >= 3 and len({c["unit"] for c in r}) == 1 and sum(c["count"] for c in r) in totals]
    return max(runs, key=len) if runs else []

"""A Chinese or Japanese name written in Han characters, with a title or its reading (redteam23).

``王晓燕(왕샤오옌) 과장님께``, ``사토 미사키(佐藤美咲)한테``, ``李明 부장님``: partners and
colleagues from China and Japan are named in their own script, often with the Korean
reading in brackets. The Korean name rules read only Hangul. Two to four Han characters
are a person's name here when a person's title or a particle addressed to a person
(``님``, ``씨``, ``과장``, ``한테``, ``에게``) follows them, with or without a reading in
brackets between; a Hangul reading before Han characters in brackets counts the same. The
reading is reported too: it names the same person.

Han characters with no such word after them are left alone: ``孔子가 논어에서`` (a
philosopher in a general question), ``大韓民國``, a shop sign. ``께서`` (the honorific
subject of a historical figure, ``孔子께서 말씀하신``) is not a person's address. A Japanese
name written with a space between family and given name (``高橋 美咲 님께``) is read whole
(redteam33). A Chinese form of address after the name counts the same (``林雅婷女士``,
``陈志明先生``, ``王小姐``, redteam39), except in a writer-free text of history (``孙中山先生 이
… 1912년 맞아?``), which names a public figure. A relative named after the relation word and
の/的 (``義母の佐伯美津子が``) is read too (blind53p).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.historical_event_questions import writer_free_text_of_history
from core.privacy.types import Hit

__all__ = ["detect_cjk_script_names"]

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff]"
# What follows a person's name: a title, an honorific, a particle addressed to a person.
_ADDRESSED = (
    r"(?=[ \t]*(?:님|씨|선생|교수|과장|부장|차장|대리|팀장|실장|사장|대표|이사|상무|전무|주임|"
    r"사원|매니저|한테|에게|께(?!서)|san\b|さん|様))"
)
# Han name, then an optional reading in brackets: "王晓燕(왕샤오옌) 과장님".
_HAN_FIRST_RE = LazyPattern(
    # redteam33: Japanese writes a space between family and given name ("高橋 美咲 님").
    r"(?<!" + _HAN + r")(?P<han>" + _HAN + r"{1,3}[ \t]" + _HAN + r"{1,3}|" + _HAN + r"{2,4})"
    r"(?:[ \t]*\((?P<reading>[가-힣A-Za-z]{1,6}(?:[ \t][가-힣A-Za-z]{1,6}){0,2})\))?" + _ADDRESSED
)
# redteam39: a Han name before a Chinese form of address ("林雅婷女士", "陈志明 先生").
_CHINESE_TITLED_RE = LazyPattern(
    r"(?<!" + _HAN + r")(?P<han>" + _HAN + r"{2,4})(?=[ \t]*(?:女士|小姐|先生|太太|老师|老師))"
)
# A Hangul reading, then the Han name in brackets: "사토 미사키(佐藤美咲)한테".
_READING_FIRST_RE = LazyPattern(
    r"(?<![가-힣])(?P<reading>[가-힣]{1,4}(?:[ \t][가-힣]{1,4})?)[ \t]*"
    r"\((?P<han>" + _HAN + r"{2,4})\)" + _ADDRESSED
)
# blind53p: a Japanese or Chinese relative named after the relation word and "の"/"的"
# ("義母の佐伯美津子が先週から入院しています", "妹の高橋由美は…"): three to five Han
# characters before a subject or topic particle. A run holding a character of the common
# nouns that follow a relation word (母の病気, 父の誕生日, 祖母の介護保険…) is not a name.
_KIN_JA_ZH = (
    r"義母|義父|義姉|義兄|義妹|義弟|母|父|祖母|祖父|妻|夫|兄|姉|弟|妹|息子|娘|叔母|伯母|叔父|伯父|"
    r"姑|舅|従兄|従姉|婆婆|公公|岳母|岳父|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|女儿|儿子|奶奶|爷爷"
)
_KIN_NAME_RE = LazyPattern(
    r"(?:" + _KIN_JA_ZH + r")(?:の|的|[ \t]|、)(?P<han>" + _HAN + r"{3,5})"
    r"(?=が|は|も|と|に|を|さん|様|住院|生病|得了|[ \t]|、)"
)
_NOUN_HAN = frozenset("病院日会症術事家話料金式保険護職校社局室部所気薬業品店屋物代月年時間")


def detect_cjk_script_names(text: str) -> Iterator[Hit]:
    """Han-character names with a title or a reading (see the module)."""
    for pattern in (_HAN_FIRST_RE, _READING_FIRST_RE):
        for m in pattern.finditer(text):
            yield Hit("person_name", m.start("han"), m.end("han"), 0.75, False)
            if m.group("reading"):
                yield Hit("person_name", m.start("reading"), m.end("reading"), 0.7, False)
    if "の" in text or "的" in text:
        for m in _KIN_NAME_RE.finditer(text):
            if not any(ch in _NOUN_HAN for ch in m.group("han")):
                yield Hit("person_name", m.start("han"), m.end("han"), 0.75, False)
    if any(title in text for title in ("女士", "小姐", "先生", "太太", "老师", "老師")):
        if writer_free_text_of_history(text):
            return
        for m in _CHINESE_TITLED_RE.finditer(text):
            yield Hit("person_name", m.start("han"), m.end("han"), 0.75, False)

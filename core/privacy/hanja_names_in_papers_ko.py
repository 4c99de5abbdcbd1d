"""A Korean name in Hanja with no title, in a paper or a family's record: ``계약서 매도인 란에
鞠珉載 라고 적혀 있는데 … 한글로 국민재 라고 읽는 거 맞아?``, ``할아버지 성함이 족보에 裵炯錫
으로 되어 있는데`` (redteam36; the second was landing 37's open item).

Contracts, registers, 족보 and gravestones print Korean names in Hanja, and people ask how to
read them. :mod:`core.privacy.cjk_script_names` reads Han names only before a title or a
particle addressed to a person, so a bare one passes. Historical figures are written the same
way (``李舜臣 장군``, ``丁若鏞 이 쓴 목민심서``), so the bare name needs the text to say it is
someone's record: a word of papers, names or family (계약서, 등기, 족보, 성함, 이름, 명의,
매도인, 소유자, 할아버지, 제사, 비석 …). Then two to four Han characters standing alone,
opening with a Korean surname's Hanja, are a name, unless a historical title follows (장군,
대왕, 선생, 의사, 열사, 황제 …). Its Hangul reading given in the same text (``한글로 국민재
라고``, ``국민재 로 읽``) names the same person and is read too.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_hanja_names_in_papers_ko"]

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff]"
_HAN_PROBE = LazyPattern(_HAN)
# Korean surnames in Hanja (the census's, single and compound).
_SURNAMES = frozenset(
    "金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋全洪柳劉高文梁孫裵白許南沈盧河郭成車朱禹具閔羅陳池嚴"
    "蔡元千方孔玄咸卞廉楊邊呂秋魯都蘇愼石宣薛馬吉延魏表明奇潘王琴玉陸印孟諸牟卓國魚殷片龍芮"
    "慶奉史夫賈卜太睦邢皮杜甘陰彬董溫扈范彭昇簡尙施端堅唐化昌邕鞠丁曺曹兪俞薛景桂晉晋"
)
_COMPOUND = ("南宮", "皇甫", "諸葛", "鮮于", "獨孤", "司空", "西門", "東方")
_NAME_RE = LazyPattern(r"(?<!" + _HAN + r")(?P<han>" + _HAN + r"{2,4})(?!" + _HAN + r")")
_CUES = LazyPattern(
    r"계약서|등기|등본|족보|성함|존함|이름|명의|매도인|매수인|임대인|임차인|소유자|서명|도장|인감|"
    r"할아버지|할머니|조부|조모|아버지|어머니|증조|외조|제사|지방|비석|묘비|명함|신분증|증명서"
)
# Historical titles: the name is a figure of history, not anyone's record.
_TITLE_AFTER = LazyPattern(
    r"[ \t]*(?:장군|대왕|왕|선생|의사|열사|지사|대사|선사|황제|태조|공(?![가-힣])|성인|선조)"
)
# The Hangul reading given for it: "한글로 국민재 라고", "국민재 로 읽", "국민재 라고 읽".
_READING_RE = LazyPattern(
    r"(?:한글로|한글[ \t]?이름은?|읽으면|읽어서)[ \t]*"
    + KOREAN_NAME_PATTERN
    + r"|"
    + KOREAN_NAME_PATTERN.replace("(?P<name>", "(?P<name2>")
    + r"[ \t]*(?:이?라고|으?로)[ \t]*읽"
)


def _korean_surname(han: str) -> bool:
    return han[:2] in _COMPOUND or han[0] in _SURNAMES


def detect_hanja_names_in_papers_ko(text: str) -> Iterator[Hit]:
    """Bare Hanja names in a record's text, and their Hangul reading (see the module)."""
    if _HAN_PROBE.search(text) is None or _CUES.search(text) is None:
        return
    found = False
    for m in _NAME_RE.finditer(text):
        han = m.group("han")
        if not _korean_surname(han) or _TITLE_AFTER.match(text, m.end()) is not None:
            continue
        found = True
        yield Hit("person_name", m.start("han"), m.end("han"), 0.75, False)
    if not found:
        return
    for r in _READING_RE.finditer(text):
        group = "name" if r.group("name") is not None else "name2"
        if plausible_korean_name(r.group(group), strong=False):
            yield Hit("person_name", r.start(group), r.end(group), 0.7, False)

"""A home address written in Chinese or Japanese, with the flat or the addressee that makes
it a home: ``上海市徐汇区漕溪北路88号3栋1202室 收件人：王思远 电话：139…``,
``大阪府大阪市北区芝田2-7-18 サンハイツ305号 辻本美咲様`` (redteam31).

People send parcels to friends abroad and paste the label to have it translated. A street
address alone may be a landmark's (``北京市东城区景山前街4号`` is the Palace Museum,
``東京都新宿区西新宿2-8-1`` the Tokyo government), so it is read as a home only with what
only a home has: a flat or room number (``…室``, ``…号室``, ``…栋``/``…単元``, a building name
with ``…号``; blind54p: a floor after a Taiwanese lane's number, ``…96巷7弄3號5樓``), a
named addressee (``收件人：…``, ``…様``) or a recipient's phone label. Then
the street part, the flat, the addressee and a mainland mobile after its label
(``电话``/``手机``: eleven digits starting 13-19) are reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_cjk_home_addresses"]

_HAN = r"\u4e00-\u9fff"
# A Chinese street and number ("漕溪北路88号"), a Japanese block address ("芝田2-7-18",
# "代沢3丁目14-9").
_STREET_RE = LazyPattern(
    r"(?P<street>[" + _HAN + r"]{1,8}(?:路|街|道|巷|弄|大街|大道)[0-9]{1,5}(?:号|號)|"
    # blind54p: a Taiwanese street's section, lane and alley before the number
    # ("和平東路二段96巷7弄3號", "中山北路一段12巷5號之2").
    r"[" + _HAN + r"]{1,8}(?:路|街|大道)(?:[一二三四五六七八九十]段)?(?:[0-9]{1,4}巷)"
    r"(?:[0-9]{1,4}弄)?[0-9]{1,5}(?:号|號)(?:之[0-9]{1,3})?|"
    r"[" + _HAN + r"]{1,6}[0-9]{1,2}(?:丁目|-)[0-9]{1,3}(?:番地?|-)[0-9]{1,3}号?)"
)
_UNIT_RE = LazyPattern(
    r"(?P<unit>(?:[0-9]{1,3}(?:栋|幢|号楼|單元|单元))*[0-9]{2,5}(?:室|号室|號室)|"
    # A building's name in katakana and the flat's 号 ("サンハイツ305号", "メゾン青葉201号").
    r"[\u30a0-\u30ff][\u30a0-\u30ff" + _HAN + r"]{1,11}[ \t]?[0-9]{2,5}号(?!室)|"
    r"[0-9]{1,3}(?:栋|幢|号楼)[0-9]{1,3}(?:单元|單元)?[0-9]{2,5}(?:室)?)"
)
# blind54p: a floor after a lane's (巷) or an alley's (弄) number ("…3號5樓", "…5樓之2"): lanes
# are where people live; a tower's floor on a main road (信義路五段7號89樓) is not read.
_LANE_FLOOR_RE = LazyPattern(r"(?<=[號号])(?P<unit>[0-9]{1,2}(?:樓|楼|F)(?:之[0-9]{1,3})?)")
_ADDRESSEE_RE = LazyPattern(
    r"(?:收件人|收货人|联系人|收件者|受取人|宛先)[ \t]*[:：]?[ \t]*(?P<name>[" + _HAN + r"]{2,4})|"
    r"(?P<sama>[" + _HAN + r"]{2,5})[ \t]?(?:様|様方|殿)"
)
_MOBILE_RE = LazyPattern(
    r"(?:电话|電話|手机|手機|联系电话|聯繫電話)[ \t]*[:：]?[ \t]*"
    r"(?P<mobile>(?:\+?86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?![0-9])"
)


_CJK_RE = LazyPattern(r"[\u4e00-\u9fff]")


def detect_cjk_home_addresses(text: str) -> Iterator[Hit]:
    """Chinese and Japanese home addresses with their flat or addressee (see the module)."""
    if _CJK_RE.search(text) is None:
        return
    streets = list(_STREET_RE.finditer(text))
    units = list(_UNIT_RE.finditer(text))
    floors: dict[int, int] = {}
    if any("巷" in m.group("street") or "弄" in m.group("street") for m in streets):
        lane_floors = list(_LANE_FLOOR_RE.finditer(text))
        units += lane_floors
        floors = {u.start("unit"): u.end("unit") for u in lane_floors}
    addressees = list(_ADDRESSEE_RE.finditer(text))
    mobiles = list(_MOBILE_RE.finditer(text))
    if not (units or addressees or mobiles):
        return
    if streets:
        # A lane's floor right after its number is read with the street as one address.
        for m in streets:
            end = floors.get(m.end("street"), m.end("street"))
            yield Hit("address", m.start("street"), end, 0.8, False)
        for m in units:
            yield Hit("address", m.start("unit"), m.end("unit"), 0.75, False)
    for m in addressees:
        group = "name" if m.group("name") is not None else "sama"
        yield Hit("person_name", m.start(group), m.end(group), 0.8, False)
    for m in mobiles:
        yield Hit("phone", m.start("mobile"), m.end("mobile"), 0.9, False)

"""Litres of paint for an area, a number of coats and what one litre covers.

Blind set 34 sent "벽 면적 36㎡를 두번 칠하는데 페인트 1L로 9㎡ 칠해지면 몇 L 필요해" and "walls
are 48 m2, two coats, a litre covers 12 m2, how many litres" to the cloud. Each coat
covers the whole area again, so the paint is area x coats / area per litre (36 x 2 / 9 =
8 L). Read only with one area, one coverage per litre and at most one count of coats
(none said is one coat), every figure one of those; a coat word the reader cannot place
("두세번", "a couple of coats") or any other figure declines.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["COATS_EN", "COATS_KO", "COUNT_WORDS", "EN_COUNT", "KO_COUNT", "paint_litres"]

_N = r"\d+(?:\.\d+)?"
_AREA_UNIT = r"(?:m2|sq\.?\s*m|square\s+met(?:re|er)s?|제곱미터|평방미터)"
COUNT_WORDS = {
    "한": "1",
    "두": "2",
    "세": "3",
    "네": "4",
    "다섯": "5",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "a": "1",
    "single": "1",
}
KO_COUNT = r"(?:\d+|한|두|세|네|다섯)"
EN_COUNT = r"(?:\d+|one|two|three|four|five|a|single)"

# --- Korean: "36㎡를 두번 칠하는데 페인트 1L로 9㎡ 칠해지면 몇 L" -------------------------------
_AREA_KO = re.compile(rf"(?P<a>{_N})\s*{_AREA_UNIT}")
COATS_KO = re.compile(rf"(?P<c>{KO_COUNT})\s*(?:번|회|차례|겹)\s*(?:씩\s*)?(?:칠|덧칠|바르|도장)")
_COVER_KO = re.compile(
    rf"(?:(?P<one>1)\s*(?:L|l|ℓ|리터)|한\s*리터|리터당)\s*(?:로|으로|에|당|면|이면|가|는)?\s*"
    rf"(?P<cov>{_N})\s*{_AREA_UNIT}"
)
_ASKS_KO = re.compile(r"몇\s*(?:L|l|ℓ|리터)|페인트\s*(?:는|가)?\s*(?:얼마나|몇)")
_COAT_WORD_KO = re.compile(r"번|회|차례|겹")

# --- English: "walls are 48 m2, two coats, a litre covers 12 m2, how many litres" --------
_AREA_EN = re.compile(rf"(?P<a>{_N})\s*{_AREA_UNIT}", re.I)
COATS_EN = re.compile(rf"\b(?P<c>{EN_COUNT})\s+coats?\b", re.I)
_COVER_EN = re.compile(
    rf"\b(?:(?P<one>1)|a|one|each|per)\s+(?:litre|liter|l)\b\s*(?:of\s+paint\s+)?"
    rf"(?:covers|does|will\s+cover|is\s+enough\s+for|=)\s+(?:about\s+|around\s+)?"
    rf"(?P<cov>{_N})\s*{_AREA_UNIT}"
    rf"|\bcovers\s+(?:about\s+|around\s+)?(?P<cov2>{_N})\s*{_AREA_UNIT}\s+(?:a|per)\s+(?:litre|liter|l)\b",
    re.I,
)
_ASKS_EN = re.compile(r"\bhow\s+many\s+(?:litres|liters|l)\b|\bhow\s+much\s+paint\b", re.I)
_COAT_WORD_EN = re.compile(r"\bcoats?\b", re.I)

# A count after these is the top of a range ("두세번", "two or three coats", "2-3 coats").
_RANGE_BEFORE = re.compile(r"(?:[한두세네]|\d\s*[-~]|\bor|\bto)\s*$", re.I)
_FIGURE = re.compile(rf"(?<![\d.A-Za-z]){_N}")


def _read(
    s: str,
    area: re.Pattern[str],
    coats: re.Pattern[str],
    cover: re.Pattern[str],
    asks: re.Pattern[str],
    coat_word: re.Pattern[str],
) -> str | None:
    covers = list(cover.finditer(s))
    if len(covers) != 1 or not asks.search(s):
        return None
    covered = covers[0]
    cov_group = "cov" if covered["cov"] else "cov2"
    areas = [a for a in area.finditer(s) if a.span("a") != covered.span(cov_group)]
    coat_counts = list(coats.finditer(s))
    if len(areas) != 1 or len(coat_counts) > 1:
        return None
    if not coat_counts and coat_word.search(s):
        return None  # coats are said in a way not read here
    count = "1"
    placed = {areas[0].span("a"), covered.span(cov_group)}
    if covered["one"]:
        placed.add(covered.span("one"))
    if coat_counts:
        if _RANGE_BEFORE.search(s[: coat_counts[0].start()]):
            return None  # "두세번", "two or three coats": no one count
        word = coat_counts[0]["c"]
        count = word if word.isdigit() else COUNT_WORDS[word.lower()]
        if word.isdigit():
            placed.add(coat_counts[0].span("c"))
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None
    if float(covered[cov_group]) == 0 or int(count) < 1:
        return None
    return f"{areas[0]['a']} * {count} / {covered[cov_group]}"


def paint_litres(original: str) -> tuple[str, str] | None:
    """ "36 * 2 / 9" and "L" for 36 m2, two coats, 9 m2 a litre; or ``None``.

    Args:
        original: The request as asked.
    """
    s = unicodedata.normalize("NFKC", original)  # "㎡" is "m2"
    if re.search(r"[가-힣]", s):
        read = _read(s, _AREA_KO, COATS_KO, _COVER_KO, _ASKS_KO, _COAT_WORD_KO)
    else:
        read = _read(s, _AREA_EN, COATS_EN, _COVER_EN, _ASKS_EN, _COAT_WORD_EN)
    return None if read is None else (read, "L")

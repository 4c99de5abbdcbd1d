"""A late public figure asked about with ``故``: ``故 신해철 님 추모 공연이 매년 10월에 열려?
대표곡 추천해줘`` (redteam35).

The title rule reads a name before ``님`` as a person, and ``故`` (the late) is written before
the name of anyone who has died, so a 부고 for a private person (``故 석만규 님께서 별세하셨기에
삼가 알려드립니다``) and a question about a late singer have the same shape. What tells them
apart is what the text is about:

- a public figure's work or memory asked about: a word of the work or the fame (노래, 곡,
  앨범, 공연, 콘서트, 영화, 드라마, 작품, 소설, 데뷔, 명곡, 가수, 배우, 감독, 작가, 대통령),
  in a question (``?`` or a request to tell or recommend);
- a private death: a word of the funeral or family rites (별세, 부고, 빈소, 상주, 발인, 장례,
  조문, 부의, 삼가, 영면, 기일, 제사, 추도식, 49재, 납골, 성묘, 산소), or of the writer and
  kin (우리, 저희, 제, 내, 할아버지, 할머니, 아버지, 어머니, 부친, 모친, 삼촌, 이모, 고모).

Only a name right after ``故`` in a text with the first and none of the second passes.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_about_a_late_public_figure_ko"]

_LATE_BEFORE = LazyPattern(r"故[ \t]*\Z")
_FAME = LazyPattern(
    r"노래|곡|앨범|공연|콘서트|영화|드라마|작품|소설|시집|데뷔|명곡|가수|배우|감독|작가|대통령|"
    r"회장|선수|밴드"
)
_ASKS = LazyPattern(r"\?|알려|추천|뭐야|뭐예요|어때|언제|어디")
_PRIVATE = LazyPattern(
    r"별세|부고|빈소|상주|발인|장례|조문|부의|삼가|영면|기일|제사|추도식|49재|사십구재|납골|성묘|"
    r"산소|우리|저희|(?<![가-힣])제[ \t]|(?<![가-힣])내[ \t]|할아버지|할머니|아버지|어머니|부친|"
    r"모친|삼촌|이모|고모|외삼촌|장인|장모|시아버지|시어머니"
)


def asks_about_a_late_public_figure_ko(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` follows ``故`` in a question about a public
    figure's work or memory with no word of a funeral, the writer or kin (see the module)."""
    if _LATE_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    return (
        _FAME.search(text) is not None
        and _ASKS.search(text) is not None
        and _PRIVATE.search(text) is None
    )

"""Korean permission questions: whether a sentence rules on the asked act for the asked object.

"EMS로 햄 보낼 수 있어요?" asks about sending ham. "라면이나 과자처럼 밀봉된 가공식품은
보낼 수 있지만" permits the same act for another object, and "리튬 배터리만 따로 포장한 것"
is another row of the list headed "EMS로 보낼 수 없는 물건": neither says anything of ham,
while the row "육류와 육가공품(햄, 소시지 포함)" under that heading does. "예매한 버스 노선
바꿀 수 있어요?" is not answered by "대전–부산 노선에는 프리미엄 버스가 다니지 않습니다"
(the route, but another act) where the documents also say "노선은 변경할 수 없으며".

A sentence is passed over only where its act or object clearly differs:

- it is a row (no sentence ending) of a passage naming the act, listing another object;
- where a retrieved passage rules on the act for the asked object ("햄은 보낼 수 없습니다",
  or a row naming it under a heading doing so for the act), a sentence not naming the
  object (the act for another object, the act alone, or neither: "가공식품은 보낼 수
  있지만") or naming it with another act ("노선에는 … 다니지 않습니다"); a sentence on the
  place or time the question names ("본점은 토요일에 문을 열지 않습니다") still answers.

Without such a ruling nothing else is passed over: "다른 사람이 예약한 자료는 연장할 수
없습니다" rules on another word for the books (책) a question asks about, and "열람실에는
뚜껑이 있는 음료만 가지고 들어올 수 있고" answers whether 김밥 may be eaten there.

Korean act verbs are written in several words for one act: 회원증을 만들다 is 가입·발급·등록
there ("보호자가 함께 와서 가입해야 합니다" answers "회원증 만들 수 있나요?"). The table
below ties only such same acts; 취소 and 환불, 보내다 and 받다 stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from tools.rag.answer_sentences import sentence_text
from tools.rag.crosslingual import concept_groups
from tools.rag.kind_categories import category_links
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.models import Passage
from tools.rag.subjects import passage_sentences

__all__ = ["KoreanObjectScreen", "korean_object", "korean_object_screen", "same_acts"]

# Words for one act, as Kiwi emits them (verb stems, or the noun before 하다).
_SAME_ACTS: tuple[frozenset[str], ...] = (
    frozenset({"만들", "가입", "발급", "등록"}),
    frozenset({"바꾸", "변경", "교환"}),
    frozenset({"보내", "발송", "접수", "부치", "송부"}),
    frozenset({"먹", "드시", "섭취", "취식"}),
    frozenset({"가져가", "가져오", "가지", "지참", "반입"}),
    frozenset({"찍", "촬영"}),
    frozenset({"피우", "흡연"}),
    frozenset({"빌리", "대출", "대여"}),
    frozenset({"타", "탑승", "승차"}),
    frozenset({"맡기", "보관"}),
)
# Nouns that say how or when, not what ("대신 받아도", "오늘 신청할"): no object.
_ADVERBIAL_NOUNS = frozenset(
    {"대신", "직접", "혼자", "같이", "함께", "먼저", "미리", "나중", "오늘", "내일", "모레"}
    | {"지금", "주말", "평일", "당일", "오전", "오후", "아침", "점심", "저녁", "밤", "새벽"}
    | {"매일", "언제든", "바로", "따로", "다시", "전화", "온라인", "인터넷", "현장"}
)
_NOUN_TAGS = frozenset({"NNG", "NNP", "SL"})
# Marks an object or topic carries before its verb (가공식품은 보낼, 좌석을 바꾸는).
_OBJECT_MARKS = frozenset({"JKO", "JX"})
# Light verbs: a sentence ruling with them names no act of its own ("햄은 안 됩니다").
_LIGHT = frozenset({"가", "오", "하", "되", "있", "없", "보", "이", "들", "않", "주", "받", "드리"})


def same_acts(stem: str) -> frozenset[str]:
    """The asked act's stem and the words the table ties to it."""
    return frozenset({stem}.union(*(g for g in _SAME_ACTS if stem in g)))


def korean_object(question: str, stem: str) -> str | None:
    """The noun a Korean permission question acts on: the word before the one holding the
    verb, read on its own ("햄 보낼 수 있어요?" → 햄; "약을 보내도" → 약), when it is a noun
    bare or marked as object or topic. Kiwi misreads a short noun in context (햄 as
    하+어+ㅁ, 약 as the determiner "about"), so the word is read alone."""
    eojeols = question.split()
    at = next(
        (i for i, e in enumerate(eojeols) if i and any(f == stem for f, _ in morpheme_tags(e))),
        None,
    )
    if at is None:
        return None
    tokens = list(morpheme_tags(eojeols[at - 1]))
    while tokens and tokens[-1][1] in _OBJECT_MARKS:
        tokens.pop()
    if not tokens or any(tag not in _NOUN_TAGS for _, tag in tokens):
        return None
    noun = "".join(form for form, _ in tokens)
    return None if noun in _ADVERBIAL_NOUNS or noun.endswith("요일") else noun


@cache
def _object_words(noun: str) -> frozenset[str]:
    """The object's word, its vocabulary equivalents and its categories (햄 → 육가공품 if
    the vocabulary says so)."""
    # Latin letters as the index writes them (DVD: dvd).
    words = {noun} | concept_groups([noun])[0] | category_links().get(noun, frozenset())
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class _Act:
    """One mention of the asked act in a sentence: the noun before it (if any, Latin
    letters lowered) and whether a modal follows."""

    noun: str | None
    ruled: bool  # a modal follows: 보낼 수 없, 보내도 되, 보내지 않, 발송 불가


def _act_mentions(tags: Sequence[tuple[str, str]], acts: frozenset[str]) -> list[_Act]:
    """Each place a sentence names one of ``acts``, with the noun right before it (past
    an object or topic mark): "가공식품은 보낼" → 식품, "햄은 보낼 수 없습니다" → 햄."""
    found: list[_Act] = []
    for i, (form, tag) in enumerate(tags):
        if form not in acts or tag not in ("VV", "NNG"):
            continue
        if i and tags[i - 1][1] == "XPN":
            continue  # 재발급 is not 발급: a prefixed act is another one
        j = i - 1
        while j >= 0 and tags[j][1] in _OBJECT_MARKS:
            j -= 1
        if j >= 0 and tags[j][1] == "SSC":  # "노선(출발지나 도착지)은 변경할": past the aside
            while j >= 0 and tags[j][1] != "SSO":
                j -= 1
            j -= 1
        noun = tags[j][0].lower() if j >= 0 and tags[j][1] in _NOUN_TAGS else None
        found.append(_Act(noun, _modal_after(tags, i + 1)))
    return found


def _modal_after(tags: Sequence[tuple[str, str]], at: int) -> bool:
    """Whether a permission, prohibition or negation follows the act ending at ``at``."""
    if at < len(tags) and tags[at][1] in ("XSV", "XSA"):
        at += 1
    forms = [form for form, _ in tags[at : at + 3]]
    return (
        (
            forms[:1] in (["ᆯ"], ["을"], ["ㄹ"])
            and forms[1:2] == ["수"]
            and forms[2:3] in (["있"], ["없"])
        )
        or (forms[:1] in (["어도"], ["아도"], ["여도"]) and forms[1:2] in (["되"], ["괜찮"]))
        or (forms[:1] == ["지"] and forms[1:2] in (["않"], ["못"]))
        or forms[:1] in (["가능"], ["불가"], ["금지"], ["불가능"])
    )


def _topic(tags: Sequence[tuple[str, str]]) -> str | None:
    """The noun a sentence opens with as its topic ("가람동 우체국 본점은 …" → 본점)."""
    for i, (form, tag) in enumerate(tags[:-1]):
        if tag in ("NNG", "NNP") and tags[i + 1][0] in ("은", "는"):
            return form
        if tag not in ("NNG", "NNP", "SN", "SL", "NNB", "SP", "SS", "SO", "SSO", "SSC"):
            return None
    return None


def _other_acts(tags: Sequence[tuple[str, str]], acts: frozenset[str]) -> bool:
    """Whether a sentence's own predicate is another, not light, act: a verb or a noun
    before 하다/되다 not modifying a noun (다니지 않습니다; not "보낸 사람")."""
    for i, (form, tag) in enumerate(tags):
        if tag == "VV":
            stem, after = form, i + 1
        elif tag == "NNG" and i + 1 < len(tags) and tags[i + 1][1] == "XSV":
            stem, after = form, i + 2
        else:
            continue
        if stem in acts or stem in _LIGHT:
            continue
        if after < len(tags) and tags[after][1] == "ETM":
            continue  # a modifier ("걸리는 노선"): not what the sentence rules on
        return True
    return False


def _is_row(tags: Sequence[tuple[str, str]]) -> bool:
    """A table row or list item: no sentence-final ending."""
    return not any(tag == "EF" for _, tag in tags)


@dataclass(frozen=True)
class KoreanObjectScreen:
    """The asked act's same-act words and object words, and what the retrieved passages
    say of them (see :func:`korean_object_screen`)."""

    acts: frozenset[str]
    objects: frozenset[str]
    scene_nouns: frozenset[str] = frozenset()
    object_ruled: bool = False

    def seeing(self, passages: Sequence[Passage]) -> KoreanObjectScreen:
        """The screen with whether a retrieved passage rules on the act for the object: a
        sentence putting the object before the act and a modal ("햄은 보낼 수 없습니다"),
        or a row naming the object under a heading that does so for the act ("EMS로 보낼
        수 없는 물건": "- 육류와 육가공품(햄, 소시지 포함)")."""
        for p in passages:
            heading_rules = any(
                m.ruled for m in _act_mentions(morpheme_tags(p.heading or ""), self.acts)
            )
            for start, end, toks in passage_sentences(p):
                if not self.objects & set(toks):
                    continue
                tags = morpheme_tags(sentence_text(p, start, end))
                if (heading_rules and _is_row(tags)) or any(
                    m.ruled and m.noun in self.objects for m in _act_mentions(tags, self.acts)
                ):
                    return replace(self, object_ruled=True)
        return self

    def misses(self, sentence: str, tokens: set[str], passage: set[str]) -> bool | None:
        """``True`` when a Korean sentence rules on another object or act, ``False`` when
        it is a row naming the object under the act, ``None`` when this screen cannot tell.

        Args:
            sentence: The sentence's text.
            tokens: The sentence's tokens.
            passage: The tokens of its passage (with its heading).
        """
        tags = morpheme_tags(sentence)
        names_object = bool(self.objects & tokens)
        mentions = _act_mentions(tags, self.acts)
        if mentions:
            # Where the documents rule on the act for this object, a rule on the act for
            # another object ("가공식품은 보낼 수 있지만") or alone ("EMS는 본점 창구에서만
            # 접수합니다") is not what settles it. Elsewhere it may be: "다른 사람이 예약한
            # 자료는 연장할 수 없습니다" rules on the books (책) a question asks about.
            return None if names_object or not self.object_ruled else True
        row = _is_row(tags)
        names_act_around = bool(self.acts & passage)
        if names_object:
            if row and names_act_around and self.object_ruled:
                return False  # "육류와 육가공품(햄, …)" under "EMS로 보낼 수 없는 물건"
            if self.object_ruled and _other_acts(tags, self.acts):
                return True
            return None
        if row and names_act_around:
            return True  # another object of the act's list
        if not self.object_ruled or _topic(tags) in self.scene_nouns:
            # "본점은 토요일에 문을 열지 않습니다": of the place the question sends from.
            return None
        return True


def korean_object_screen(question: str, stem: str) -> KoreanObjectScreen | None:
    """The screen for a Korean permission question naming its object, else ``None``.

    Args:
        question: The Korean question.
        stem: The asked act's stem (:func:`tools.rag.asked_act.asked_act`).
    """
    noun = korean_object(question, stem)
    if noun is None:
        return None
    # Nouns of the act's place, time or means (본점에서, 토요일에, EMS로).
    scene = {
        form
        for (form, tag), (_, after) in pairwise(morpheme_tags(question))
        if after == "JKB" and tag in _NOUN_TAGS
    }
    return KoreanObjectScreen(same_acts(stem), _object_words(noun), frozenset(scene))

"""A Korean message that only says a count is needed ("두 개 더 필요해") names no thing.

"아 세 줄 더 필요하대" after a gimbap total, "한 병 더 필요하대", "2개 더 필요해요": a
number with its counter, and a state predicate (필요하다, 가능하다) about it. What is
counted is said in an earlier turn, never in this one, so no document sentence can be
about it; yet 필요 is a word the documents use ("도움이 필요하시면 … 전화해 주세요"), and
a sentence sharing only that predicate was quoted as the answer (a wrong answer found by
the twenty-third unseen set). Such a message is no document question: the step is left to
what reads follow-ups and to the models, as one that names no content term at all is.

Only this shape is read: every content word is a counter after a number or a noun made a
predicate by 하다 as an adjective (Kiwi's XSA); "예약 필요해요?" and "우산 필요해요?" name
what is needed and stay document questions.

A count that comes, drops out or is taken off ("한 명 더 온대", "두 명
빠진대", "하나 빼줘") is the same kind of message: it changes a count said before. Such a
verb (오다 and the like, in the small set below) is read as the predicate too; the clinic
guide's "처음 오시는 분은 …" was quoted for "한 명 더 온대" (the twenty-fourth unseen set).
A permission or an obligation ("한 번 더 와야 돼요?", "두 명 더 가도 돼요?") has 되다 and
stays a question for the documents.
"""

from __future__ import annotations

from tools.rag.textutil import detect_script, kiwi_tokenize

__all__ = ["asks_only_a_count_is_needed"]

# A number said in digits, in native words (다섯), or as a determiner (세, 두, 한).
_NUMBER_TAGS = frozenset({"SN", "NR", "MM"})
_NOUN_TAGS = frozenset({"NNG", "NNB", "NNP"})
# What carries no content of its own: particles, endings, adverbs (더), interjections (아),
# pronouns (뭐), punctuation, the 하 of a predicate noun.
_NO_CONTENT_PREFIXES = ("J", "E", "S", "MA", "IC", "NP", "XS")
# Verbs that only change a count said before: come, drop out, take off. Not 늘 or 줄:
# Kiwi reads the 는 of "20%는" as 늘 + ㄴ, and 줄 is a counter too.
_COUNT_CHANGE_VERBS = frozenset({"오", "빠지", "빼"})


def asks_only_a_count_is_needed(text: str) -> bool:
    """Whether ``text`` is a count and a state predicate about it, with no thing named.

    Args:
        text: The step's text as typed.

    Returns:
        True for "세 줄 더 필요하대", "2개 더 필요해요", "한 명 더 온대"; False when any
        noun is not a counter after a number or a 하다 predicate ("예약 필요해요?"), any
        other verb is said ("한 번 더 와야 돼요?"), or with no number.
    """
    if detect_script(text) != "ko":
        return False
    tokens = [(str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(text)]
    counted = predicate = False
    for i, (form, tag) in enumerate(tokens):
        before = tokens[i - 1][1] if i else ""
        after = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        if tag in _NOUN_TAGS and before in _NUMBER_TAGS:
            counted = True  # 세 줄, 2 개, 다섯 잔: the counter of a number
        elif tag in ("NNG", "XR") and after == "XSA":
            predicate = True  # 필요(하다), 가능(하다): what is said of the count
        elif tag == "VV" and form in _COUNT_CHANGE_VERBS:
            predicate = True  # 한 명 더 온대, 두 명 빠진대: the count changes
        elif tag == "VX" and form == "주":
            continue  # 빼(어) 주(어): a request's helper verb
        elif tag in _NUMBER_TAGS:
            continue
        elif not tag.startswith(_NO_CONTENT_PREFIXES):
            return False
    return counted and predicate

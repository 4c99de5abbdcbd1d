"""The content words of an FAQ question or entry: what it is about, frame words dropped.

:mod:`tools.faq_match` matches a question to an entry on these: Kiwi's morphemes for
Korean (nouns name the topic; verbs, adjectives and adverbs say what is asked about
it), stemmed words for English (nouns unless an "-ly" adverb or an everyday verb).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from tools.faq_reading import EN_PREDICATES, joined_compounds

__all__ = ["ContentWord", "content_words"]

# Kiwi tags kept as content: nouns, roots and foreign words name the topic;
# verbs, adjectives and adverbs say what is asked about it.
_NOUN_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "SH"})
# Adverbs too: "다시" is what makes "처방전 다시 받을 수 있어요?" about a reissue.
_PREDICATE_TAGS = frozenset({"VV", "VA", "MAG"})
# Words every question carries whatever it asks about (as Kiwi emits them).
_KO_FRAME = frozenset(
    {"것", "수", "거", "뭐", "무엇", "어떻", "어떡하", "되", "하", "있", "없", "않", "알리",
     "주", "가능", "방법", "언제", "어디", "얼마", "왜", "좀", "혹시", "싶", "저", "제", "이",
     "어떻게", "그냥", "지금", "꼭", "잘", "많이", "너무", "정말", "진짜", "제일", "가장",
     # 문 of 문(을) 열다/닫다 is part of "be open", not a door asked about.
     "문",
     # "그날", "그때" point back at a day or time the conversation named ("2027년 3월
     # 6일 … 그럼 그날 병원 몇시까지 해요"): a reference, not a topic of the question.
     "그날", "그때"}
)  # fmt: skip
_EN_FRAME = frozenset({"tell", "know", "please", "get", "go", "need", "want", "until"})


@dataclass(frozen=True, slots=True)
class ContentWord:
    """One content token of a text and whether it names a thing (a noun)."""

    token: str
    noun: bool


# "what number do I call to reach the clinic": a word between "to" and the object it
# takes (a determiner or a pronoun) is a verb of purpose, what is done, not a topic the
# entry must name ("to the clinic" has no such word; "to school" takes no object).
_INFINITIVE = re.compile(
    r"\bto\s+([a-z]+)\s+(?=(?:the|a|an|you|your|my|our|us|them|it|this|that|someone)\b)",
    re.IGNORECASE,
)


def content_words(text: str) -> list[ContentWord]:
    """The content tokens of ``text``: Kiwi morphemes for Korean, stemmed words for English.

    Args:
        text: A question or an FAQ text.

    Returns:
        Tokens in order, question frame words dropped. English words count as
        nouns (no tagger), except "-ly" adverbs.
    """
    # tools.rag (Kiwi, the lexicon) costs about half a second to import: only a
    # question that got past the cheap checks of ParaphraseMatcher.match pays it.
    from tools.rag.textutil import detect_script, english_tokens, kiwi_tokenize

    if detect_script(text) != "ko":
        acts = {t for verb in _INFINITIVE.findall(text) for t in english_tokens(verb)}
        return [
            ContentWord(tok, noun=_is_english_noun(tok) and tok not in acts)
            for tok in english_tokens(text)
            if tok not in _EN_FRAME and not tok.isdigit()
        ]
    raw = joined_compounds(kiwi_tokenize(unicodedata.normalize("NFKC", text)))
    words: list[ContentWord] = []
    after_how_many = False
    for tok in raw:
        tag = str(tok.tag).split("-", 1)[0]
        form = str(tok.form).strip()
        # The counter after 몇 (몇 층, 몇 시) is part of the question word, not a topic.
        counter = after_how_many and tag in ("NNG", "NNB")
        after_how_many = form == "몇"
        if not form or form in _KO_FRAME or counter:
            continue
        if tag in ("SL", "SH"):
            words.extend(ContentWord(t, noun=_is_english_noun(t)) for t in english_tokens(form))
        elif tag in _NOUN_TAGS:
            words.append(ContentWord(form, noun=True))
        elif tag in _PREDICATE_TAGS:
            words.append(ContentWord(form, noun=False))
    return words


def _is_english_noun(token: str) -> bool:
    # No tagger for English: an "-ly" adverb or an everyday verb (come, leave) is no topic.
    adverb = len(token) > 4 and token.endswith("ly") and not token.endswith("ply")
    return not adverb and token not in EN_PREDICATES

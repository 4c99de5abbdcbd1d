"""FAQ questions asked in other words ("차 가져가도 주차 되나요?" for "주차할 수 있나요?").

The exact and normalized keys of :mod:`tools.faq` only meet a question worded
like one of the curated ones. Here a question matches an entry when its
content words (Kiwi's morphemes for Korean, stemmed words for English) are
all accounted for by that entry, so the entry's answer is the answer to it:

- every noun of the question is one the entry uses (in its question, variants
  or answer, directly, as a synonym or translation from the shared lexicon of
  :mod:`tools.rag.crosslingual`, or the head of a compound: 번호 of 전화번호), or
  one shared by many entries (진료, clinic), which names the place, not a topic;
- a compound of the question whose head the entry uses (점심시간 for 시간) is a
  narrower thing, so its modifier (점심) must be one the entry uses or a shared
  one too: the pharmacy's 운영 시간 does not say whether it has a 점심시간;
- at least one of those nouns comes from the entry's own question or variants,
  so a word its answer mentions in passing (신분증) does not make the question
  about it;
- one of the entry's wordings is asked whole, its verbs and adverbs included
  ("처방전 다시 받을 수 있어요?" needs 다시), so sharing its topic noun is not enough;
- a verb or an English "-ly" adverb may be the question's own (가져가, exactly):
  the topic lies in the nouns, and a noun the entry never uses (과태료, 높이, 카드,
  응급실) means a related but different question, which the FAQ does not answer;
- a question that excludes or negates ("예약 없이", "말고", "without") is never
  matched here: its content words are the entry's, its meaning is not;
- a question that states a figure ("1시간이 지나면 ...") or asks for one
  ("몇 시간 무료인가요?", "몇 층에 있어요?") is narrower than the entry's; the
  documents state the figure and cite it;
- when two entries both account for the question, neither is chosen.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["ContentWord", "ParaphraseMatcher", "content_words"]

# Kiwi tags kept as content: nouns, roots and foreign words name the topic;
# verbs, adjectives and adverbs say what is asked about it.
_NOUN_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "SH"})
# Adverbs too: "다시" is what makes "처방전 다시 받을 수 있어요?" about a reissue.
_PREDICATE_TAGS = frozenset({"VV", "VA", "MAG"})
# Words every question carries whatever it asks about (as Kiwi emits them).
_KO_FRAME = frozenset(
    {"것", "수", "거", "뭐", "무엇", "어떻", "어떡하", "되", "하", "있", "없", "않", "알리",
     "주", "가능", "방법", "언제", "어디", "얼마", "왜", "좀", "혹시", "싶", "저", "제", "이",
     "어떻게", "그냥", "지금", "꼭", "잘", "많이", "너무", "정말", "진짜", "제일", "가장"}
)  # fmt: skip
_EN_FRAME = frozenset({"tell", "know", "please", "get", "go", "need", "want"})
# Excluding or negating words turn the entry's own content into another question.
_EXCLUSION_RE = re.compile(
    r"없이|말고|빼고|제외|아니|안\s|못\s|\b(?:without|except|not|no|never|instead|other than)\b",
    re.IGNORECASE,
)
# A token most entries share (over this share of them) names the place, not a topic.
_GENERIC_SHARE = 0.3
_HANGUL_PAIR = re.compile(r"[가-힣]{2}")
_FIGURE_TYPES = frozenset({"amount", "duration", "count", "datetime"})
_LATIN_WORD = re.compile(r"[a-z]{3,}")
_PREFILTER_STOP = frozenset(
    {"what", "when", "where", "which", "who", "why", "how", "are", "you", "your", "the", "can",
     "does", "did", "could", "would", "will", "there", "this", "that", "for", "and", "tell"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContentWord:
    """One content token of a text and whether it names a thing (a noun)."""

    token: str
    noun: bool


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
        return [
            ContentWord(tok, noun=not _is_adverb(tok))
            for tok in english_tokens(text)
            if tok not in _EN_FRAME and not tok.isdigit()
        ]
    raw = kiwi_tokenize(unicodedata.normalize("NFKC", text))
    words: list[ContentWord] = []
    for tok in raw:
        tag = str(tok.tag).split("-", 1)[0]
        form = str(tok.form).strip()
        if not form or form in _KO_FRAME:
            continue
        if tag in ("SL", "SH"):
            words.extend(ContentWord(t, noun=not _is_adverb(t)) for t in english_tokens(form))
        elif tag in _NOUN_TAGS:
            words.append(ContentWord(form, noun=True))
        elif tag in _PREDICATE_TAGS:
            words.append(ContentWord(form, noun=False))
    return words


def _asks_for_a_figure(question: str) -> bool:
    """Whether the question asks for a figure (몇 시간, 얼마, 몇 층, what time).

    Such a question is narrower than the entry's: the documents state the figure
    and cite where, while a curated answer to the general question may only
    mention it or not hold it at all.
    """
    from tools.rag.question import answer_type  # importing tools.rag is slow: see content_words

    return answer_type(question) in _FIGURE_TYPES


def _hangul_bigrams(text: str) -> set[str]:
    return {
        text[i : i + 2] for i in range(len(text) - 1) if _HANGUL_PAIR.fullmatch(text[i : i + 2])
    }


def _latin_keys(text: str) -> set[str]:
    # First four letters: "parking" and "park" meet, as the stemmer would make them.
    return {w[:4] for w in _LATIN_WORD.findall(text.casefold()) if w not in _PREFILTER_STOP}


def _is_adverb(token: str) -> bool:
    return len(token) > 4 and token.endswith("ly") and not token.endswith("ply")


class _Entry(Protocol):
    @property
    def question(self) -> str: ...
    @property
    def variants(self) -> tuple[str, ...]: ...
    @property
    def answer(self) -> str: ...
    @property
    def lang(self) -> str: ...


@dataclass(frozen=True)
class _Vocabulary:
    asked: frozenset[str]  # tokens of the entry's question and variants
    known: frozenset[str]  # those plus its answer's, with synonyms and translations
    phrasings: tuple[frozenset[str], ...]  # each wording's own content tokens
    lang: str


def equivalents(token: str) -> frozenset[str]:
    """The token and its synonyms and translations in the shared lexicon."""
    from tools.rag.crosslingual import equivalents as lexicon_equivalents

    return lexicon_equivalents(token)


def _expand(tokens: Iterable[str]) -> frozenset[str]:
    return frozenset(t for tok in tokens for t in equivalents(tok))


def _covered(
    token: str, vocabulary: frozenset[str], modifier_known: Callable[[str], bool] | None = None
) -> bool:
    """Whether ``token`` (or a synonym) is in ``vocabulary``, or one is a compound of the other.

    A compound is a kind of its last part: 전화번호 is a 번호 and 주차 (parking)
    is about a 차, but 진료비 (a fee) is not a kind of 진료, so only the end counts.
    A ``token`` that heads a compound of ``vocabulary`` (번호 of 전화번호) asks
    about something broader, which the compound answers. A ``token`` that is the
    compound (점심시간 where ``vocabulary`` has 시간) is narrower: when
    ``modifier_known`` is given, what precedes the head (점심) must pass it.

    Args:
        token: A content token, of the question or of an entry's wording.
        vocabulary: The tokens it may be found among.
        modifier_known: Whether a compound's modifier is accounted for; None
            allows every compound both ways.
    """
    if equivalents(token) & vocabulary:
        return True
    if token.isascii():
        return False
    for word in vocabulary:
        if not word or word.isascii():
            continue
        if word.endswith(token):
            return True
        if token.endswith(word) and (modifier_known is None or modifier_known(token[: -len(word)])):
            return True
    return False


class ParaphraseMatcher:
    """Matches a question to the one FAQ entry that accounts for all its content words."""

    def __init__(self, entries: Sequence[_Entry]) -> None:
        """Keep the entries; their vocabularies are built on the first lookup."""
        self._entries = tuple(entries)
        self._vocabularies: tuple[_Vocabulary, ...] | None = None
        self._generic: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        # Without Kiwi: what a question must share with the FAQ's wordings before
        # Kiwi (about a second to load) is asked to read it.
        self._bigrams = frozenset(
            b for e in self._entries for p in (e.question, *e.variants) for b in _hangul_bigrams(p)
        )
        self._latin = frozenset(
            k for e in self._entries for p in (e.question, *e.variants) for k in _latin_keys(p)
        )

    def _build(self) -> tuple[_Vocabulary, ...]:
        # Built on the first paraphrase lookup: it needs Kiwi, which the exact
        # and normalized keys (and most questions, which are not FAQ ones) never load.
        with self._lock:
            if self._vocabularies is None:
                vocabularies = []
                for entry in self._entries:
                    phrasings = tuple(
                        frozenset(w.token for w in content_words(p))
                        for p in (entry.question, *entry.variants)
                    )
                    asked = frozenset().union(*phrasings)
                    said = [w.token for w in content_words(entry.answer)]
                    known = _expand([*asked, *said]) | asked
                    vocabularies.append(_Vocabulary(asked, known, phrasings, entry.lang))
                counts: dict[str, int] = {}
                for vocabulary in vocabularies:
                    for token in vocabulary.known:
                        counts[token] = counts.get(token, 0) + 1
                floor = max(2, int(_GENERIC_SHARE * len(vocabularies)) + 1)
                self._generic = frozenset(t for t, n in counts.items() if n >= floor)
                self._vocabularies = tuple(vocabularies)
            return self._vocabularies

    def match(self, question: str) -> tuple[int, str] | None:
        """The index of the one entry that answers ``question``, and why; None when none or two do.

        Args:
            question: The user's question (already missed by the exact and normalized keys).
        """
        folded = unicodedata.normalize("NFKC", question)
        # A figure makes it a question about that case ("1시간이 지나면 주차 요금은
        # 얼마예요?" asks for a price the parking entry does not state).
        if _EXCLUSION_RE.search(folded) or any(ch.isdigit() for ch in folded):
            return None
        if not (_hangul_bigrams(question) & self._bigrams or _latin_keys(question) & self._latin):
            return None
        if _asks_for_a_figure(question):
            return None
        words = content_words(question)
        if not any(w.noun for w in words):
            return None
        vocabularies = self._build()
        found: list[tuple[int, str]] = []
        for index, vocabulary in enumerate(vocabularies):
            why = self._accounts_for(words, vocabulary)
            if why is not None:
                found.append((index, why))
        # The same entry in the other language matches through translations too;
        # the question's own language decides between them.
        lang = "ko" if _HANGUL_PAIR.search(question) else "en"
        own = [f for f in found if vocabularies[f[0]].lang == lang]
        found = own or found
        return found[0] if len(found) == 1 else None

    def _accounts_for(self, words: Sequence[ContentWord], vocabulary: _Vocabulary) -> str | None:
        def modifier_known(modifier: str) -> bool:
            return bool(equivalents(modifier) & (vocabulary.known | self._generic))

        topical: list[str] = []
        for word in words:
            if not word.noun:
                continue
            if _covered(word.token, vocabulary.asked, modifier_known):
                if not equivalents(word.token) & self._generic:
                    topical.append(word.token)
            elif not (
                _covered(word.token, vocabulary.known, modifier_known)
                or equivalents(word.token) & self._generic
            ):
                return None
        if not topical:
            return None
        # The other way round: one of the entry's wordings is asked whole, verbs
        # included ("예약 시간 바꾸고 싶어요" needs 바꾸), so sharing its topic noun
        # alone ("전화 예약 시간은?") is not asking the entry's question.
        tokens = [w.token for w in words]
        for phrasing in vocabulary.phrasings:
            if phrasing and all(_covered(t, frozenset(_expand(tokens))) for t in phrasing):
                return "content words " + ", ".join(dict.fromkeys(topical))
        return None

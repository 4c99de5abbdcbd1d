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
  about it, and a noun another entry asks about (약국) is that entry's topic;
- one of the entry's wordings is asked whole, in its language, its verbs and
  adverbs included ("처방전 다시 받을 수 있어요?" needs 다시), so sharing its topic
  noun is not enough; its place words (진료, clinic) need not be repeated, and its
  question word is part of it (어디 is asked by a question for a place, or by one
  that asks nothing of its own: "약국은요?");
- a verb or an English "-ly" adverb may be the question's own (가져가, exactly):
  the topic lies in the nouns, and a noun the entry never uses (과태료, 높이, 카드,
  응급실) means a related but different question, which the FAQ does not answer;
- a question that excludes or negates ("예약 없이", "말고", "without") is never
  matched here: its content words are the entry's, its meaning is not;
- a question that states a figure ("1시간이 지나면 ...") or asks for an amount,
  a duration or a count ("몇 시간 무료인가요?") is narrower than the entry's; the
  documents state the figure and cite it;
- a question for a time or a place (몇 시까지, 몇 층, 어디) is answered only by an entry
  whose answer states one; :mod:`tools.faq_reading` and :mod:`tools.faq_details` read it first;
- when two entries account for the question, the one whose own wordings use more
  of its topic nouns as they are answers it; a tie gives none.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tools import faq_details
from tools.faq_content_words import ContentWord, content_words
from tools.faq_figures import states_spelled_count
from tools.faq_reading import (
    QuestionReading,
    answer_states,
    asks_what_it_is,
    everyday_equivalents,
    question_word_kind,
    read_question,
    situation_as_intent,
    type_nouns,
)

__all__ = ["ParaphraseMatcher"]

# Excluding or negating words turn the entry's own content into another question.
_EXCLUSION_RE = re.compile(
    r"없이|말고|빼고|제외|아니|안\s|못\s|\b(?:without|except|not|no|never|instead|other than)\b",
    re.IGNORECASE,
)
# A token most entries share (over this share of them) names the place, not a topic.
_GENERIC_SHARE = 1 / 3
_HANGUL_PAIR = re.compile(r"[가-힣]{2}")
_LATIN_WORD = re.compile(r"[a-z]{3,}")
# Off only in the test that shows what the bare-hours reading changes (faqdoc60).
use_bare_place_hours = True
# The asker's own booking ("제 진료 몇시였죠?", "when is my appointment"): no opening hours.
_OWN_OR_PAST = re.compile(
    r"(?<![가-힣])(?:제|내|저의|나의)\s|[였었]\S*\s*(?:죠|지|나요|어요|더라)|\bmy\b|\bwas\b",
    re.IGNORECASE,
)
_PREFILTER_STOP = frozenset(
    {"what", "when", "where", "which", "who", "why", "how", "are", "you", "your", "the", "can",
     "does", "did", "could", "would", "will", "there", "this", "that", "for", "and", "tell"}
)  # fmt: skip


def _hangul_bigrams(text: str) -> set[str]:
    return {
        text[i : i + 2] for i in range(len(text) - 1) if _HANGUL_PAIR.fullmatch(text[i : i + 2])
    }


def _latin_keys(text: str) -> set[str]:
    # First four letters: "parking" and "park" meet, as the stemmer would make them.
    return {w[:4] for w in _LATIN_WORD.findall(text.casefold()) if w not in _PREFILTER_STOP}


def _language(text: str) -> str:
    return "ko" if _HANGUL_PAIR.search(text) else "en"


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
    asked: frozenset[str]  # tokens of the entry's question and variants, with translations
    known: frozenset[str]  # those plus its answer's, with synonyms and translations
    # Each wording's own content tokens, the kind of answer it asks (어디: a place) and
    # its language.
    phrasings: tuple[tuple[frozenset[str], str | None, str], ...]
    lang: str
    answer: str
    says_what_it_is: bool  # every wording asks what something is ("Switchyard가 뭐예요?")


def equivalents(token: str) -> frozenset[str]:
    """The token, its everyday synonyms, and their synonyms and translations in the lexicon."""
    from tools.rag.crosslingual import curated_equivalents as lexicon_equivalents

    return frozenset(t for word in everyday_equivalents(token) for t in lexicon_equivalents(word))


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
    forms = equivalents(token)
    if forms & vocabulary:
        return True
    # An English word meets a compound through its Korean forms: car (차) and 주차.
    for form in forms if token.isascii() else (token,):
        if form.isascii():
            continue
        for word in vocabulary:
            if not word or word.isascii():
                continue
            if word.endswith(form):
                return True
            if form.endswith(word) and (
                modifier_known is None or modifier_known(form[: -len(word)])
            ):
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
        # English words of the answers too: "leave my car" meets the answer's "car park".
        self._latin = frozenset(
            k
            for e in self._entries
            for p in (e.question, *e.variants, e.answer)
            for k in _latin_keys(p)
        )

    def _build(self) -> tuple[_Vocabulary, ...]:
        # Built on the first paraphrase lookup: it needs Kiwi, which the exact
        # and normalized keys (and most questions, which are not FAQ ones) never load.
        with self._lock:
            if self._vocabularies is None:
                vocabularies = []
                for entry in self._entries:
                    phrasings = tuple(
                        (
                            frozenset(w.token for w in content_words(p)),
                            question_word_kind(p),
                            _language(p),
                        )
                        for p in (entry.question, *entry.variants)
                    )
                    own = frozenset().union(*(tokens for tokens, _, _ in phrasings))
                    said = [w.token for w in content_words(entry.answer)]
                    known = _expand([*own, *said]) | own
                    # "car" asks the parking entry's "park" through 차 of 주차 in either language.
                    asked = _expand(own) | own
                    says_what_it_is = all(
                        asks_what_it_is(p) for p in (entry.question, *entry.variants)
                    )
                    vocabularies.append(
                        _Vocabulary(
                            asked, known, phrasings, entry.lang, entry.answer, says_what_it_is
                        )
                    )
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
        # "예약했는데 못 갈 것 같아요" asks to cancel: read before the negation check.
        text = situation_as_intent(unicodedata.normalize("NFKC", question))
        # A figure makes it a question about that case ("1시간이 지나면 주차 요금은
        # 얼마예요?" asks for a price the parking entry does not state).
        if _EXCLUSION_RE.search(text) or any(ch.isdigit() for ch in text):
            return None
        # "차 두대 가져가도 되나요?" states two cars as "차 2대" does (tools.faq_figures).
        if states_spelled_count(text):
            return None
        if not (_hangul_bigrams(text) & self._bigrams or _latin_keys(text) & self._latin):
            return None
        reading = read_question(text)
        if reading.left_to_documents:
            return None
        words, timed = faq_details.without_times(content_words(text), reading.kind)
        if not any(w.noun for w in words):
            return None
        vocabularies = self._build()
        found: list[tuple[int, str, int]] = []
        for index, vocabulary in enumerate(vocabularies):
            if vocabulary.says_what_it_is and not asks_what_it_is(text):
                continue
            clock_ok = not timed or faq_details.states_clock_hours(vocabulary.answer)
            if not (clock_ok and answer_states(vocabulary.answer, reading)):
                continue
            accounted = self._accounts_for(words, vocabulary, reading)
            if accounted is not None:
                found.append((index, *accounted))
        # The same entry in the other language matches through translations too;
        # the question's own language decides between them.
        lang = _language(text)
        own = [f for f in found if vocabularies[f[0]].lang == lang]
        found = own or found
        if not found:
            return None
        best = max(f[2] for f in found)
        chosen = [f for f in found if f[2] == best]
        return (chosen[0][0], chosen[0][1]) if len(chosen) == 1 else None

    def _asked_elsewhere(self, token: str, vocabulary: _Vocabulary) -> bool:
        forms = equivalents(token)
        return any(
            other is not vocabulary and other.lang == vocabulary.lang and forms & other.asked
            for other in self._build()
        )

    def _accounts_for(
        self, words: Sequence[ContentWord], vocabulary: _Vocabulary, reading: QuestionReading
    ) -> tuple[str, int] | None:
        """Why the entry answers ``words``, and how many of its topic nouns its wordings use as
        they are; None when a noun is not the entry's or none of its wordings is asked whole."""

        def modifier_known(modifier: str) -> bool:
            return bool(equivalents(modifier) & (vocabulary.known | self._generic))

        topical: list[str] = []
        named = frozenset().union(*(p for p, _, _ in vocabulary.phrasings), self._generic)
        for word in words:
            if not word.noun:
                continue
            # The head of "the parking ticket" is the thing asked: the entry's wordings name it.
            if faq_details.unnamed_head(word.token, reading, named, equivalents(word.token)):
                return None
            if _covered(word.token, vocabulary.asked, modifier_known):
                if not equivalents(word.token) & self._generic:
                    topical.append(word.token)
            elif equivalents(word.token) & self._generic or word.token in type_nouns(reading.kind):
                # The place, or the noun of the question word ("예약 날짜 바꿀 수 있어요?").
                continue
            elif not _covered(
                word.token, vocabulary.known, modifier_known
            ) or self._asked_elsewhere(word.token, vocabulary):
                # A noun another entry asks about (약국) is that entry's topic, though this
                # entry's answer mentions it in passing ("휴일지킴이 약국").
                return None
        if not topical:
            # "의원 아침 몇시부터 진료봐요": a time asked of the place alone (its nouns all
            # name the place, 아침 is the time) is the hours entry's bare wording
            # ("몇 시까지 진료해요?").
            return self._bare_place_hours(words, vocabulary, reading)
        # The other way round: one of the entry's wordings is asked whole, verbs
        # included ("예약 시간 바꾸고 싶어요" needs 바꾸), so sharing its topic noun
        # alone ("전화 예약 시간은?") is not asking the entry's question.
        # A noun naming the kind of answer asked (시간, 위치) is asked by the question word.
        asked = frozenset(_expand(w.token for w in words)) | type_nouns(reading.kind)
        reading_lang = _language(reading.text)
        # A wording's question word is part of it: "약국은 어디에 있나요?" is not asked by
        # "토요일에 약국 열어요?", only by a question for a place or one that asks
        # nothing of its own ("약국은요?").
        elliptic = reading.kind is None and all(w.noun for w in words)
        for phrasing, kind, lang in vocabulary.phrasings:
            # A yes/no question asks a when-wording ("토요일에 열어요?" is answered by the
            # hours), not a where-wording, unless it asks nothing of its own ("약국은요?").
            yes_no = reading.kind is None and kind == "datetime"
            if kind is not None and kind != reading.kind and not (elliptic or yes_no):
                continue
            # Asked in the wording's language: a curated answer in Korean is not the answer
            # to "Where is the pharmacy?", which the English documents give.
            if lang != reading_lang:
                continue
            # A word of the wording that names the place (진료, clinic) need not be repeated,
            # as long as the wording says something else too.
            required = frozenset(t for t in phrasing if not equivalents(t) & self._generic)
            if phrasing and all(_covered(t, asked) for t in required or phrasing):
                own = sum(1 for t in topical if equivalents(t) & vocabulary.asked)
                return "content words " + ", ".join(dict.fromkeys(topical)), own
        return None

    def _bare_place_hours(
        self, words: Sequence[ContentWord], vocabulary: _Vocabulary, reading: QuestionReading
    ) -> tuple[str, int] | None:
        """The entry answering a time asked of the place alone, when it has such a wording.

        A question for a time (몇 시, when) whose every noun names the place (진료, 의원,
        clinic) asks when the place is open: the entry with a wording of the same kind
        whose every word names the place ("몇 시까지 진료해요?", "When are you open?")
        answers it. Any other noun (토요일, 약국, 점심시간) leaves it to the other checks.
        """
        if not use_bare_place_hours or reading.kind != "datetime":
            return None
        if _OWN_OR_PAST.search(reading.text):
            return None
        if not all(equivalents(w.token) & self._generic for w in words if w.noun):
            return None
        reading_lang = _language(reading.text)
        for phrasing, kind, lang in vocabulary.phrasings:
            if kind != "datetime" or lang != reading_lang or not phrasing:
                continue
            if all(equivalents(t) & self._generic for t in phrasing):
                return "a time asked of the place alone", 0
        return None

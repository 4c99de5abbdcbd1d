"""Which passages may answer: the question's specific subject, and topics a passage lacks.

Split from :mod:`tools.rag.answer`: a passage that never names what the question is about
(a drug only one chunk names, a topic noun other chunks hold) may relate to the question
but not be quoted as its answer, however well it matches the rest.

How rare a question's word is (whether it names the subject) is counted on the word as
itself, its translations and word forms, not through the everyday vocabulary's links
(see :func:`tools.rag.crosslingual.counted_equivalents`); a passage still holds it under
any linked word (관리비 결제 is held as 납부).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from tools.rag.amount_off import with_amount_off
from tools.rag.asked_days import with_spanned_days
from tools.rag.compound_pieces import lacks_translation, lacks_unindexed_compound
from tools.rag.crosslingual import concept_groups, counted_equivalents
from tools.rag.models import Passage
from tools.rag.textutil import analyze, tokenize

# A topic term held by at most this many chunks names a specific subject.
SUBJECT_MAX_CHUNKS = 2
# The rank no passage has: "only this passage may answer" then means none may.
NO_PASSAGE = -1
# "The subject is in the collection, but in none of these passages": every passage
# still counts as related, none may be quoted as the answer.
SUBJECT_UNRETRIEVED = -2


def compound_groups(terms: Sequence[str]) -> list[frozenset[str]]:
    """One set of interchangeable tokens per term, joined with the terms it forms one word with.

    Two words of a question that translate to one word of the other language name one
    concept written as a compound ("business trip" is 출장, as are "business" and "trip"
    each): a passage saying "travelling on business" holds that concept, although it never
    writes "trip". Only a translation both words share joins them, so words that merely
    sit together ("hotel night") stay two topics.
    """
    groups = concept_groups(terms)
    joined = []
    for term, group in zip(terms, groups, strict=True):
        translations = group - {term}
        merged = set(group)
        for other, other_group in zip(terms, groups, strict=True):
            if other != term and translations & (other_group - {other}):
                merged |= other_group
        joined.append(frozenset(merged))
    return joined


def passage_sentences(p: Passage) -> list[tuple[int, int, tuple[str, ...]]]:
    """The passage's sentence spans with their index tokens (analysed now if not at ingest)."""
    spans = p.sentences or [(s.start, s.end, s.tokens) for s in analyze([p.text])[0]]
    # A range of days ("Tuesday to Sunday") names every day it spans (tools.rag.asked_days).
    # ...and an amount "off" names the discount ("3,000 won off": tools.rag.amount_off).
    return [
        (start, end, with_amount_off(p.text[start:end], with_spanned_days(p.text[start:end], toks)))
        for start, end, toks in spans
    ]


def _held_tokens(p: Passage) -> set[str]:
    tokens = set(tokenize(p.heading)) if p.heading else set()
    tokens.update(t for _, _, toks in passage_sentences(p) for t in toks)
    return tokens


def off_name_passages(
    names: Sequence[Collection[str]],
    passages: Sequence[Passage],
    kinds: Mapping[str, frozenset[str]] | None = None,
) -> set[int]:
    """Ranks of the passages that lack a name the question writes, which others hold.

    "한빛의원 평일 몇 시에 닫아요?" names one place by a proper name and its kind (한빛 +
    의원): the pharmacy's hours ("한빛 약국 > 약국 운영 시간") hold the name, the same
    hours and 평일, but are about another place. A passage (its heading path, which
    starts with the document's title, and its text) must hold every noun of the name
    when some retrieved passage does; a name no passage holds is left to the other checks.
    A passage naming the kind the documents list the named item as (``kinds``: Kiwi reads
    "볼더링" as a name, listed under "클라이밍 수업") holds it too.
    """
    off: set[int] = set()
    if not names:
        return off  # most questions name nothing: no passage need be read again
    held = [_held_tokens(p) for p in passages]
    for name in names:
        words = sorted(name)
        groups = [
            g | (kinds or {}).get(w, frozenset())
            for w, g in zip(words, concept_groups(words), strict=True)
        ]
        # Kiwi may keep the name whole in a document ("서울특별시") that it cut in the
        # question (서울 + 특별시): one held token holding every noun holds the name too.
        holding = {
            rank
            for rank, tokens in enumerate(held)
            if all(g & tokens for g in groups)
            or (len(words) > 1 and any(all(w in t for w in words) for t in tokens))
        }
        if holding:
            off.update(set(range(len(passages))) - holding)
    return off


def subject_passages(
    topics: Sequence[str],
    passages: Sequence[Passage],
    frequency: Callable[[str], int] | None,
    *,
    typed: bool = True,
    kinds: Mapping[str, frozenset[str]] | None = None,
) -> set[int]:
    """Ranks of the passages naming the question's specific subject (empty: no such subject).

    "이부프로펜은 하루 최대 몇 mg?" must not be answered by the acetaminophen passage's
    daily maximum because it shares 하루 and mg: a topic that at most
    :data:`SUBJECT_MAX_CHUNKS` chunks hold is the subject, and a passage holding it (in
    either language) outranks every passage that does not.
    """
    if frequency is None:
        return set()
    # A one-character morpheme (비 of 식비) is a fragment, not a subject; a term counts in
    # either language.
    counts = {t: sum(frequency(e) for e in counted_equivalents(t)) for t in topics if len(t) > 1}
    rare = [n for n in counts.values() if 0 < n <= SUBJECT_MAX_CHUNKS]
    if not rare:
        return set()
    # The rarest such terms: 하루 (2 chunks) is a detail next to 이부프로펜 (1 chunk).
    # A passage naming the kind the documents list the subject as ("그룹 수업" for 요가)
    # holds it too; how rare the subject is counts its own words only.
    kinds = kinds or {}
    joined = dict(zip(counts, compound_groups(list(counts)), strict=True))
    subjects = [joined[t] | kinds.get(t, frozenset()) for t, n in counts.items() if n == min(rare)]
    about: set[int] = set()
    whole: set[int] = set()
    for rank, p in enumerate(passages):
        tokens = _held_tokens(p)
        held = [bool(group & tokens) for group in subjects]
        if any(held):
            about.add(rank)
        if all(held):
            whole.add(rank)
    if not typed and len(subjects) > 1 and about and not whole:
        # Two specific subjects no passage names together ("the clinic's Wi-Fi password"
        # against a Wi-Fi rule and a password rule): the documents do not state that
        # combination, and a sentence about one of them is not its answer. Only for a
        # question with no answer type: a typed one has that check ("after the first
        # hour" is a detail of a parking-fee question, not a second subject).
        return {NO_PASSAGE}
    if not about:
        # The collection names the subject ("엘리베이터", "어린이") but retrieval brought
        # none of its passages: the ones it brought are about something else, however
        # well they match the rest ("Is there an elevator in the building?" is not
        # answered by "The pharmacy is on the ground floor of the same building").
        return {SUBJECT_UNRETRIEVED}
    return about


def missing_known_topic(
    topics: Sequence[str],
    tokens: set[str],
    frequency: Callable[[str], int] | None,
    subject: str = "",
    kinds: Mapping[str, frozenset[str]] | None = None,
    short: Collection[str] = (),
) -> bool:
    """Whether the passage lacks a topic noun the collection holds somewhere else.

    A question with no answer type ("출장 갈 때 주차비는 지원되나요?") has no
    answer-type check to tell a rule about parking from a rule about trains: a
    passage that never names one of its topics (주차) while other chunks do is about
    something else, however well it matches the rest (출장, 지원).
    """
    if frequency is None:
        return False
    for term in topics:
        group = concept_groups([term])[0]
        # Korean topics are Kiwi's nouns; English ones are every word but the verbs found
        # without a tagger ("wrong" in "wrong wiring" too), so only the subject of an
        # English yes/no question is held to this ("Is the pharmacy open on Sundays?" is
        # not answered by the clinic's "Sundays and public holidays: closed"; "pay with
        # my phone" still is by "mobile payments").
        if term.isascii() and term != subject:
            continue
        kind = (kinds or {}).get(term, frozenset())
        # A one-syllable noun counts when the asker names it as theirs (``short``: 제 차).
        named = len(term) > 1 or term in short
        if named and not (group | kind) & tokens and sum(frequency(e) for e in group) > 0:
            return True
    return False


def missing_from_document(
    topics: Sequence[str],
    tokens: set[str],
    frequency: Callable[[str], int] | None,
    mentions: Callable[[str], bool],
    kinds: Mapping[str, frozenset[str]] | None = None,
    glued: Collection[str] = (),
    possessor: str | None = None,
    written: Callable[[str], bool] = lambda _: False,
) -> bool:
    """Whether the passage's whole document never names the question's leading Korean noun.

    "관리사무소 토요일에도 몇 시까지 해요?" is not answered by the pharmacy's Saturday hours:
    관리사무소 fills many chunks of another document, so no rarity check flags it, but the
    pharmacy guide never writes it anywhere. Only the first noun counts, the subject in
    Korean word order: a later one may name what is asked ("연락 돼야 하는 시간"), which
    a document states without the word. A term no index token holds is looked for in the
    document's text when another retrieved document writes it (``written``: a compound
    glued inside a longer word, see :func:`tools.rag.compound_pieces.
    lacks_unindexed_compound`); one no document writes at all is still the caller's to
    decline as "not in the documents". A one-syllable noun counts when
    the question glues it to the next noun (``glued``: 펫 of "펫보험"): it says which kind.
    An English question has no such word order; its possessor (``possessor``: pharmacy of
    "the pharmacy's phone number", see :func:`english_possessor`) says whose fact it asks.
    """
    if frequency is None:
        return False
    leading = next((t for t in topics if (len(t) > 1 or t in glued) and not t.isascii()), None)
    leading = leading or (possessor if possessor in topics else None)
    if leading is None:
        return False
    group = concept_groups([leading])[0] | (kinds or {}).get(leading, frozenset())
    if group & tokens:
        return False
    if sum(frequency(e) for e in group) == 0:
        # 키즈카페 indexed as 키즈 + 카페, 든든카센터 as 든든 + 카 + 센터 (compound_pieces).
        return lacks_unindexed_compound(
            leading, frequency, tokens, mentions, written
        ) or lacks_translation(leading, tokens, mentions, written, group)
    return not any(mentions(e) for e in group)


# "what's", "it's", "there's": a verb glued to a pronoun or question word, not an owner.
_NOT_POSSESSORS = frozenset(
    [
        "what",
        "who",
        "where",
        "when",
        "how",
        "why",
        "it",
        "that",
        "there",
        "here",
        "he",
        "she",
        "let",
        "this",
        "one",
    ]
)
_POSSESSIVE = re.compile(r"\b([A-Za-z]+)['’]s\b")
# "a doctor's note": an indefinite article before the possessor makes it a kind of thing.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# Off only in the test that shows what the kind genitive changes (doctype60e).
use_kind_genitive = True


def english_possessor(question: str) -> str | None:
    """The question's term for the owner it names with "'s" ("the pharmacy's hours").

    Whose phone number, whose hours: a sentence of a document that never names the owner
    states another one's ("its phone numbers are invented" in a waste guide).
    """
    for match in _POSSESSIVE.finditer(question):
        word = match.group(1).lower()
        if word in _NOT_POSSESSORS:
            continue
        if use_kind_genitive and _INDEFINITE_BEFORE.search(question[: match.start()]):
            # "a doctor's note", "an employee's guide": a kind of note, no owner (doctype60e).
            continue
        terms = tokenize(word)
        return terms[0] if terms else None
    return None


def missing_rare_topic(
    topics: Sequence[str],
    tokens: set[str],
    frequency: Callable[[str], int] | None,
    *,
    korean_only: bool,
    kinds: Mapping[str, frozenset[str]] | None = None,
    written: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the passage lacks a specific topic (one only a few chunks hold).

    "어린이는 로라타딘 몇 mg 먹어요?" is not answered by the adult dose: 어린이 is held
    by one chunk (the storage rule), so it is as specific a topic as the drug, and a
    passage without it states something else. For a typed question only Korean nouns
    are held to this ("after the first hour" is a detail of a parking-fee question),
    and an English word of a compound the question names (see :func:`compound_groups`):
    "parking ticket" (주차권) is what a fine is asked about, no detail of it. Given
    ``written`` (whether the passage writes a term the way the question does, see
    :func:`written_as_asked`), a passage holds a compound through its other word only
    where it writes that word so: "in parks" is no "parking".
    """
    if frequency is None:
        return False
    groups = concept_groups(list(topics))
    for term, joined, group in zip(topics, compound_groups(topics), groups, strict=True):
        compound = written is not None and joined != group
        if len(term) < 2 or (korean_only and term.isascii() and not compound):
            continue
        held = sum(frequency(e) for e in group)
        kind = (kinds or {}).get(term, frozenset())
        # How rare the term is counts its own words; a passage holds it under its compound.
        through: set[str] = set((joined | kind) & tokens)
        if compound and not (group | kind) & tokens and written is not None:
            through = {t for t in through if written(t)}
        if 0 < held <= SUBJECT_MAX_CHUNKS and not through:
            return True
    return False


def written_as_asked(question: str, text: str) -> Callable[[str], bool]:
    """Whether ``text`` writes an index term in the question's form of it (by its "-ing").

    The light stemmer meets "parking" and "parks" at ``park``, rightly for "can I park"
    against "free parking", but a noun in "-ing" (parking, booking, housing) names an
    activity the bare word's other senses (a park, a book, houses) do not. A term the
    question does not write in English (a translation) counts as written.
    """
    asked = {
        t: word.lower().endswith("ing") for word in _WORDS.findall(question) for t in tokenize(word)
    }
    forms: dict[str, set[bool]] = {}
    for word in _WORDS.findall(text):
        for term in tokenize(word):
            forms.setdefault(term, set()).add(word.lower().endswith("ing"))
    return lambda term: term not in asked or asked[term] in forms.get(term, {asked[term]})


_WORDS = re.compile(r"[A-Za-z]+")


def other_documents_stating(
    topics: Sequence[str],
    passages: Sequence[Passage],
    cited: Collection[str],
    states: Callable[[str], bool],
) -> list[str]:
    """Sources, other than ``cited``, of passages holding every topic and a stating sentence.

    When a question leaves open which place it means, another document about the same
    topic (a second clinic's 점심시간) may state a different answer: the caller then
    names both rather than quoting one. ``states`` says whether a sentence holds the kind
    of answer asked for.
    """
    groups = concept_groups(list(topics))
    found: list[str] = []
    for p in passages:
        if p.source in cited or p.source in found or not groups:
            continue
        tokens = _held_tokens(p)
        # Kiwi may cut a compound differently in the question and a passage (점심시간):
        # a Korean topic written verbatim is held too.
        held = all(
            g & tokens or (not t.isascii() and t in p.text)
            for t, g in zip(topics, groups, strict=True)
        )
        if held and any(states(p.text[start:end]) for start, end, _ in passage_sentences(p)):
            found.append(p.source)
    return found

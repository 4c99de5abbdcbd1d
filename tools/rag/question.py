"""What a document question asks: its content terms and the type of answer it wants.

The extractive tier may only quote a sentence that (a) mentions the question's
content terms and (b) holds the kind of thing the question asks for. Question
words (며칠, 어디, when), verb endings, particles and light predicates (걸리다,
있다, 되다) are how a question is phrased, not what the document must contain;
a name the user introduces themselves with (제 이름은 홍길동입니다) is context,
not a topic.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

# answer_type and has_answer_type are re-exported: callers ask this module about questions.
from tools.rag.answer_types import (
    PARTS_OF_DAY_EN,
    PARTS_OF_DAY_KO,
    AnswerType,
    without_web_addresses,
)
from tools.rag.answer_types import answer_type as answer_type
from tools.rag.answer_types import has_answer_type as has_answer_type
from tools.rag.asker_names import introduction_end, without_asker_names
from tools.rag.compound_pieces import split_unheld_compounds
from tools.rag.cut_words import rejoin_cut_nouns
from tools.rag.existence import existence_subject as existence_subject
from tools.rag.message_sentences import message_sentences
from tools.rag.name_object import NAME_WORDS, asks_of_a_name
from tools.rag.numeral_units import unit_positions
from tools.rag.question_words import CONTENT_TAGS as _CONTENT_TAGS
from tools.rag.question_words import EN_FUNCTION_WORDS as _EN_FUNCTION_WORDS
from tools.rag.question_words import KO_FUNCTION_WORDS as _KO_FUNCTION_WORDS
from tools.rag.recurrence import RECURRING_QUESTION
from tools.rag.segmentation import rejoin_known_words
from tools.rag.speed_words_55t import speed_words_as_terms
from tools.rag.textutil import detect_script, english_tokens, kiwi_tokenize
from tools.rag.thousands import thousands_written_out
from tools.rag.told_content import told_verbs
from tools.rag.unmarked_question_55h import asks_without_mark
from tools.rag.worn_caps import without_worn_caps, worn_cap_terms

_SELF_INTRO = re.compile(
    # A greeting before the question is filler, like a name ("Hi, I'm Jenny. ...").
    r"^\s*(?i:hi|hello|hey|good (?:morning|afternoon|evening))\b[,!.]?|"
    # So is a chat word acknowledging the last reply ("ok and can i claim ...").
    r"^\s*(?i:ok(?:ay)?|alright|all right)\b[,!.]?|"
    r"^\s*안녕하(?:세요|십니까)[~!.,\s]*|"
    # A negated auxiliary ("haven't", "doesn't") phrases the question; its stem is no topic.
    r"\b[A-Za-z]+n't\b|"
    r"(?:제\s*이름은|저는)\s*\S+?(?:입니다|이에요|예요|인데요|이고요?|라고\s*합니다)[.,]?|"
    r"\b[Mm]y name is\s+[\w-]+(?:\s+[A-Z][\w-]+)?[.,]?|\b(?:I'm|I am|[Tt]his is)\s+[A-Z][a-z]+[.,]"
)


@dataclass(frozen=True)
class QuestionAnalysis:
    """Content terms (index-token space) and the expected answer type of a question."""

    terms: tuple[str, ...]
    answer_type: AnswerType | None
    # Nouns among the terms (every term for English): what a passage must mention
    # at all. A verb the documents phrase differently (가져가다/챙기다) is not a topic.
    topic_terms: tuple[str, ...] = ()
    # The counter a Korean count question asks about ("몇 명" -> "명").
    counter: str = ""
    # "How often", "며칠마다": the answer is an interval ("every 90 days"), not any duration.
    recurring: bool = False


def _question_part(text: str, *, referents: bool = False) -> str:
    # A statement the user adds around the question ("제 이름은 홍길동입니다.")
    # gives context, not topic: keep the question sentences when there are any.
    text = _SELF_INTRO.sub(" ", text)
    # "이서윤인데요 토요일엔 …", "저 최유진인데 …": an opening name says who asks.
    text = text[introduction_end(text) :]
    # "저 정하윤 엄마예요. 하윤이 예약 …": whose parent asks, and that child's name, too.
    text = without_asker_names(text)
    parts = message_sentences(text)  # "until 1 a.m. on saturday?" is one sentence
    asked = [p for p in parts if p.endswith(("?", "？"))]
    asked += parts[-1:] if asked and asks_without_mark(parts[-1]) else []  # unmarked_question_55h
    if not asked or len(parts) == 1:
        return " ".join(parts)
    first = parts.index(asked[0])
    if referents and _BACK_REFERENCE.search(asked[0]) and first > 0:
        # "My kid wants to join the picture-book club. Which Saturdays is it on?": "it"
        # is the club, named only in the statement before, so that statement is topic too.
        return " ".join([*parts[:first], *asked])
    return " ".join(asked)


# A pronoun pointing back to something the sentence before named.
_BACK_REFERENCE = re.compile(
    # "My mom wants to pick up my records. What does she need to bring?": she is the mom.
    r"\b(?:it|its|they|them|their|that one|there|he|she|him|her|his)\b|"
    r"그거|그것|그건|그게|거기|그곳|그때|그분",
    re.IGNORECASE,
)


# "안 가면", "못 가면": not going there is what the place's own notice calls not coming
# ("예약에 오지 않으시면"): a missed visit written from the other side. Only negated: a
# plain 가 (갈 수 있어요, 가야 돼요) is too common to read as 오.
_NEGATIONS = frozenset({"안", "못"})


# "Within" after a question word of quantity: 며칠 안에, 몇 시간 이내, 몇 분 내로.
_WITHIN = frozenset({"안", "이내", "내"})


def _place_viewpoint(form: str, tag: str, negated: bool) -> str:
    return "오" if negated and form == "가" and tag == "VV" else form


def _korean_terms(text: str) -> tuple[list[str], list[str], str]:
    # "전번" cut into 전 + 번 in context is the word Kiwi reads alone (tools.rag.cut_words).
    tokens = rejoin_cut_nouns(text, kiwi_tokenize(text))
    out: list[str] = []
    nouns: list[str] = []
    counter = ""
    after_how_many = False
    after_question_word = False
    negated = False
    # "아이 이름은 어디에 써요?": a name asked *where* is what is written, a topic.
    named_object = asks_of_a_name(str(t.form) for t in tokens)
    units = unit_positions(text, tokens)  # "4자리": a count of digits, not a seat
    for index, tok in enumerate(tokens):
        tag = str(tok.tag).split("-", 1)[0]
        form = str(tok.form).strip()
        form, negated = _place_viewpoint(form, tag, negated), form in _NEGATIONS and tag == "MAG"
        # The counter after 몇 ("몇 시간", "몇 층") is part of the question word, and so
        # is "within" after it ("며칠 안에", "몇 분 내로"): no sentence's subject, yet as a
        # term it ranked "3일 안에 빌려 가지 않으면" above the loan period asked for.
        within = after_question_word and form in _WITHIN and tag in ("NNG", "NNB")
        skip = within or (after_how_many and tag in ("NNG", "NNB"))
        if skip and not within:
            counter = counter or form
        after_question_word = form == "며칠" or (after_how_many and tag in ("NNG", "NNB"))
        after_how_many = form == "몇"
        if skip or tag not in _CONTENT_TAGS or not form:
            continue
        if tag in ("SL", "SH"):
            words = [t for t in english_tokens(form) if t not in _EN_FUNCTION_WORDS]
            out.extend(words)
            nouns.extend(words)
        elif form not in _KO_FUNCTION_WORDS or (named_object and form in NAME_WORDS):
            out.append(form.replace(" ", "_"))
            if tag in ("NNG", "NNP") and index not in units:
                nouns.append(out[-1])
    return out, nouns, counter


# English verbs found without a tagger: the word after a modal or "to" (and a pronoun).
# The last word of a do-question is not taken: "Does the clinic offer physiotherapy?"
# ends in the very noun the documents must mention.
_EN_VERB_AFTER_MODAL = re.compile(
    r"\b(?:can|could|should|must|will|would|may|might|shall|to)\s+"
    r"(?:(?:i|you|we|they|he|she|it|someone|anyone)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# A question opening with a modal and a noun subject: "Can children get a check-up?"
# puts the subject (children, a topic) where a pronoun would be, and the verb after it.
_EN_INVERTED_SUBJECT = re.compile(
    r"^\s*(?:can|could|should|must|will|would|may|might|shall)\s+(?P<subject>[a-z]+)\s+[a-z]+",
    re.IGNORECASE,
)
_EN_PRONOUNS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "someone", "anyone", "my", "your", "the", "a"}
)
# "What is loratadine used for?", "Is damage covered by …": a passive participle after
# the subject of an inverted be-question ("are tolls covered when i drive", too).
_EN_PASSIVE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:[a-z-]+\s+){1,2}?(?P<verb>[a-z]+ed)\b(?=\s+(?:for|by|to|in|at|on|when|if|while)\b|\s*[?？]?\s*$)",
    re.IGNORECASE,
)
# "How do I submit a claim?": a verb after do-support with a pronoun subject.
_EN_VERB_AFTER_DO = re.compile(
    r"\b(?:do|does|did)\s+(?:i|you|we|they|he|she|it)\s+(?P<verb>[a-z]+)\b", re.IGNORECASE
)
# "What languages does the reception staff speak?": in a wh-question with do-support the
# object was fronted, so a clause with no preposition ends in its verb. ("Does the
# clinic offer physiotherapy?" is not a wh-question; "...do I need for a claim?" has one.)
_EN_FINAL_VERB = re.compile(
    r"^\s*(?:what|which|where|when|how|who|whom|whose)\b[^?]*?\b(?:do|does|did)\s+"
    r"(?P<clause>(?:[a-z'-]+\s+)*?)(?P<verb>[a-z]+)\s*[?？]?\s*$",
    re.IGNORECASE,
)
_EN_PREPOSITIONS = frozenset(
    {"for", "on", "in", "at", "to", "from", "with", "about", "of", "by", "after", "before"}
)


def inverted_subject(question: str) -> str:
    """The noun subject of a question opening with a modal ("Can children get …" -> children).

    The subject is what such a question is about: a document that never names it does
    not answer it, however well the rest matches. Empty for a pronoun subject.
    """
    found = _EN_INVERTED_SUBJECT.match(_question_part(question))
    if found is None or found["subject"].lower() in _EN_PRONOUNS:
        return ""
    tokens = english_tokens(found["subject"])
    return tokens[0] if tokens else ""


# "Is the pharmacy open on Sundays?", "Does the clinic offer X?": the subject of a
# yes/no question after its auxiliary and an article.
_EN_YES_NO_SUBJECT = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did)\s+(?:the|a|an|my|your|our|their|this)\s+"
    r"(?P<words>[A-Za-z]+(?:\s+[A-Za-z]+){0,2})",
    re.IGNORECASE,
)


def yes_no_subject(question: str) -> str:
    """The noun subject of an English yes/no question ("Is the pharmacy open …" -> pharmacy).

    A capitalised name before a noun is its modifier: the subject of "Is the Hanbit
    pharmacy open …?" is the pharmacy, which the clinic's opening hours never name; a
    name followed by its verb ("Does the Maple Loft have …?") is the subject itself.
    Empty when the question does not open that way (a pronoun, "there", a wh-word).
    """
    found = _EN_YES_NO_SUBJECT.match(_question_part(question))
    if found is None:
        return ""
    words = found["words"].split()
    names = list(itertools.takewhile(lambda w: w[0].isupper(), words))
    rest = words[len(names) :]
    named_noun = bool(names and rest and rest[0].lower() not in _EN_VERBS_AFTER_SUBJECT)
    word = rest[0] if named_noun or not names else names[0]
    tokens = english_tokens(word)
    return tokens[0] if tokens else ""


# Verbs that follow the subject of a yes/no question ("Does the Maple Loft have …?").
_EN_VERBS_AFTER_SUBJECT = frozenset(
    {"have", "has", "offer", "open", "close", "accept", "allow", "take", "need", "provide",
     "sell", "charge", "require", "let", "give", "work", "run", "stay", "get", "include"}
)  # fmt: skip


def _english_verbs(asked: str) -> set[str]:
    """Index tokens of the question's verbs, found without a tagger (see the patterns)."""
    found = [m["verb"] for m in _EN_VERB_AFTER_MODAL.finditer(asked)]
    inverted = _EN_INVERTED_SUBJECT.match(asked)
    if inverted is not None and inverted["subject"].lower() not in _EN_PRONOUNS:
        found.remove(inverted["subject"])
    after_do = [m["verb"] for m in _EN_VERB_AFTER_DO.finditer(asked)]
    found += after_do
    found += [m["verb"] for m in _EN_PASSIVE.finditer(asked)]
    final = _EN_FINAL_VERB.match(asked)
    # A pronoun subject already named the verb ("How do I submit a claim?" ends in a noun).
    if final is not None and not after_do:
        clause = final["clause"].lower().split()
        if len(clause) <= 4 and not _EN_PREPOSITIONS & set(clause):
            found.append(final["verb"])
    return {t for verb in found for t in english_tokens(verb)}


def analyze_question(question: str, known: Callable[[str], bool] | None = None) -> QuestionAnalysis:
    """Split a question into the content terms a passage must cover and its answer type.

    Args:
        question: The user's question, possibly with a sentence of context. A web
            address in it names no topic ("…/late-fees") and is left out.
        known: Whether the collection holds a token: a Korean word it knows whole is
            one term, not the pieces Kiwi cut it into.

    Returns:
        Content terms in the index's token space (Kiwi morphemes for Korean,
        stemmed lowercase words for English), first occurrence order.
    """
    asked = _question_part(thousands_written_out(without_web_addresses(question)), referents=True)
    counter = ""
    if detect_script(asked) == "en":
        words = _EN_MONEY_BACK.sub(r"\g<verb> paid", _EN_PARTITIVE.sub(" of", asked))
        told = told_verbs(asked)  # "what do I tell them": the telling is asked about
        told |= worn_cap_terms(asked)  # "a swim cap" is worn, no bound (tools.rag.worn_caps)
        told |= speed_words_as_terms(asked)  # "need to fast" (not "how fast") is a term (set 47)
        terms = [t for t in english_tokens(words) if t not in _EN_FUNCTION_WORDS or t in told]
        # Verbs are not topics: "should I fast" is answered by "do not eat", "who must
        # approve" by "need the approval of".
        verbs = _english_verbs(asked)
        nouns = [t for t in terms if t not in verbs]
    else:
        terms, nouns, counter = _korean_terms(asked)
        if known is not None:
            rejoined = rejoin_known_words(asked, terms, known)
            nouns = [t for t in rejoined if t in nouns or t not in terms]
            # 현금영수증 indexed as 현금 + 영수증 (tools.rag.compound_pieces): its pieces.
            terms = split_unheld_compounds(rejoined, known)
            nouns = [t for t in terms if t in nouns or t not in rejoined]
    kind = answer_type(without_worn_caps(asked))
    kept = tuple(dict.fromkeys(t for t in terms if not _is_number(t)))
    # "약국은 저녁 몇 시까지 해요?": a part of the day narrows the time asked for; the
    # answer states the time ("18:00"), not the word.
    qualifies_time = _PARTS_OF_DAY if kind == "datetime" else frozenset()
    topics = tuple(dict.fromkeys(t for t in nouns if not _is_number(t) and t not in qualifies_time))
    recurring = bool(RECURRING_QUESTION.search(asked))
    return QuestionAnalysis(kept, kind, topics, counter, recurring)


# "the blood test part of the check-up": a noun naming a share of what follows it
# frames the question; the passage names the share itself ("Blood test | 15 minutes").
_EN_PARTITIVE = re.compile(r"\b(?:part|portion|bit)\s+of\b", re.IGNORECASE)

# "when do i get the money back": getting one's money back is being paid it, as a policy
# writes it ("Claims are paid with the next salary"); money and back name no topic. So is
# getting the money from (or for) a claim: "when do i get the money from a claim".
_EN_MONEY_BACK = re.compile(
    r"(?P<verb>\b(?:get|gets|got|getting)\s+(?:(?:the|my|our|your|their)\s+)?)money"
    r"(?:\s+back\b|(?=\s+(?:from|for)\b))",
    re.IGNORECASE,
)

# Parts of the day (index tokens): in a question for a time they say which time.
_PARTS_OF_DAY = frozenset(
    {*PARTS_OF_DAY_KO, *(t for word in PARTS_OF_DAY_EN for t in english_tokens(word))}
)


def _is_number(token: str) -> bool:
    return token.replace(".", "").replace(",", "").isdigit()

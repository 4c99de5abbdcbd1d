"""A relative asked after a rule that lists relatives by kind: the rule's sentence (doccond58).

Blind set 49: after "할아버지 상 당하면 휴가 며칠이야" was answered "부모상은 5일, 조부모상은
3일입니다.", "외할머니 돌아가셔도 똑같아요?" went to a model: a maternal grandmother is a
grandparent (조부모), but asked again with the thread's subject the documents quoted no
sentence for "똑같아요". The question is the previous one, for another relative: when the
previous answer's sentence names that relative's kind (the everyday kinship table of
:mod:`tools.rag.asked_relatives`: 외할머니, 친할아버지, grandma are grandparents), that
sentence answers it.

The same holds for someone acting for the asker (set 48): "what if my daughter goes to get
them instead of me" after the records answer is answered by its sentence "Someone
collecting records for you needs a signed letter of consent …" (a relative or a friend,
instead of / for the asker, stated by someone other than the asker: the condition screen's
reading, :func:`graphs.condition_cover_56c.covered_word`).

Read only when the follow-up names a relative's own event (돌아가시다, 상, funeral …) and
asks nothing else: "same?" (똑같아요, 마찬가지, the same, too) or a bare condition
("외할아버지 상이면요?", "what about my grandma's funeral?"). A relative of a kind the
sentence does not name (시어머니, an in-law; 외삼촌) is left to the other rules, which
decline; so is a follow-up asking something of its own ("외할머니 상이면 서류 뭐 내요?").
"""

from __future__ import annotations

import re

from agents.documents import DocPlan
from graphs.condition_cover_56c import covered_word
from tools.rag.asked_relatives import names_relative, names_relative_kind_asked

__all__ = [
    "acts_for_the_asker",
    "asks_same_for_relative",
    "rule_for_relative_kind",
    "rule_for_someone_acting",
]

_QUOTED = re.compile(r"(?P<sentence>[^\[\]]+?)\s*\[(?P<id>\d{1,3})\]\s*")
# "똑같아요?", "마찬가지예요?", "같나요?", "is it the same", "too?", "as well?".
_SAME = re.compile(
    r"똑같|마찬가지|같아|같나|같은가|같죠|같은\s*거|같은\s*건|같게|동일"
    r"|\b(?:the\s+same|same\s+(?:for|with|rule|thing)|too|as\s+well|also)\b",
    re.IGNORECASE,
)
# A bare condition: "외할아버지 상이면요?", "친할머니 돌아가시면?", "and my grandma's funeral?".
_BARE_KO = re.compile(r"(?:면|이면|라면|은|는)요?\s*[?？.]*\s*$")
_BARE_EN = re.compile(r"^\s*(?:and|so|what\s+about|how\s+about|what\s+if|and\s+if|if)\b", re.I)
# A question of its own: what it asks is not the previous question's.
_OWN_ASK = re.compile(
    r"서류|뭐|무엇|어떻게|어디|언제|누구|얼마|신청|\b(?:how|where|when|who|which|what\s+(?!about|if))\b",
    re.IGNORECASE,
)


# An event of the relative's life: "부모님 환갑잔치는?" after the leave for one's own wedding
# asks a 60th-birthday party, which the funeral-leave sentence naming 부모상 never states
# (set 46: answered "부모상은 5일" on the merged tree). Such a word must be the sentence's own.
_EVENT = re.compile(
    r"환갑|회갑|칠순|팔순|고희|생신|생일|잔치|결혼|혼례|약혼|졸업|입학|출산|돌잔치|이사|여행|입원|수술"
    r"|\b(?:birthday|wedding|marriage|engagement|graduation|anniversary|party|retirement"
    r"|surgery|hospital|moving|trip)\b",
    re.IGNORECASE,
)


def _names_an_event_not_in(text: str, sentence: str) -> bool:
    return any(e.group().lower() not in sentence.lower() for e in _EVENT.finditer(text))


def _asks_the_same(text: str) -> bool:
    if _OWN_ASK.search(text):
        return False
    return bool(_SAME.search(text) or _BARE_KO.search(text) or _BARE_EN.search(text))


# Someone of the relative's ("외할머니 친구", "my grandma's neighbour"): not the relative.
_SOMEONE_OF = re.compile(
    r"친구|지인|이웃|동료|\b(?:friends?|neighbou?rs?|colleagues?|boss|coworkers?)\b", re.I
)


# The words of a follow-up that names only the relative and asks "same?" (docthread59):
# "외할아버지여도 같은거죠?", "친할머니면요?", "and my grandpa, same?". The event is then the
# previous question's; any other word ("모시고 가도", "bring") is something of its own.
_BARE_WORDS_KO = re.compile(
    r"(?:그럼|그러면|근데|혹시|저희|제|우리|나|내)?\s*[가-힣]*?"
    r"(?:여도|이어도|이라도|라도|이면|면|라면|이라면|도|는|은|셔도|시면)?요?\s*,?\s*"
    r"(?:(?:다|도|역시|또)\s*)?(?:똑같[가-힣]*|마찬가지[가-힣]*|같[은아나죠게][가-힣]*(?:\s*거[가-힣]*)?"
    r"|동일[가-힣]*)?\s*[?？.!~]*"
)
_BARE_WORDS_EN = frozenset(
    {
        "and", "so", "what", "about", "how", "if", "it", "its", "it's", "is", "was", "the",
        "same", "for", "my", "mine", "too", "also", "as", "well", "then", "maternal",
        "paternal", "side", "mom's", "dad's", "mother's", "father's", "a", "does", "do",
        "that", "apply", "applies", "rule", "one",
    }
)  # fmt: skip


def _bare_relative(text: str) -> bool:
    """Whether the follow-up is only a relative and "same?", no act or thing of its own."""
    if re.search("[가-힣]", text):
        return _BARE_WORDS_KO.fullmatch(text.strip()) is not None and len(text.split()) <= 3
    words = re.findall(r"[a-z']+", text.lower())
    return all(w in _BARE_WORDS_EN or names_relative(w) for w in words)


def asks_same_for_relative(text: str, previous_question: str = "") -> bool:
    """Whether the follow-up names a relative's own event (or the previous question does,
    when the follow-up is only the relative and "same?": "외할아버지여도 같은거죠?") and asks
    nothing of its own."""
    if _SOMEONE_OF.search(text):
        return False
    if names_relative_kind_asked(text, text):
        return _asks_the_same(text)
    return (
        _bare_relative(text)
        and names_relative_kind_asked(text, text, previous_question)
        and _asks_the_same(text)
    )


# A clause of a sentence listing kinds: "부모상은 5일, 조부모상은 3일입니다." (docthread59).
_CLAUSE_END = re.compile(r",\s+")


def _clause_naming_kind(text: str, sentence: str, previous_question: str) -> str:
    """The one comma clause of ``sentence`` naming the asked kind, marked where cut, else
    the sentence: the clause of another kind ("부모상은 5일") is not this relative's rule."""
    clauses = _CLAUSE_END.split(sentence)
    naming = [
        i for i, c in enumerate(clauses) if names_relative_kind_asked(text, c, previous_question)
    ]
    if len(clauses) < 2 or len(naming) != 1:
        return sentence
    at = naming[0]
    clause = clauses[at]
    return f"{'… ' if at else ''}{clause}{', …' if at < len(clauses) - 1 else ''}"


def rule_for_relative_kind(
    text: str, previous: DocPlan, previous_question: str = ""
) -> DocPlan | None:
    """The previous answer's sentence naming the asked relative's kind, or ``None``.

    Args:
        text: The follow-up ("외할머니 돌아가셔도 똑같아요?").
        previous: The previous question's plan (only an extractive quote is read).
        previous_question: The question before it, which may hold the event.
    """
    if previous.kind != "extractive" or not asks_same_for_relative(text, previous_question):
        return None
    quoted = [(m["sentence"].strip(), m["id"]) for m in _QUOTED.finditer(previous.answer)]
    naming = [(s, i) for s, i in quoted if names_relative_kind_asked(text, s, previous_question)]
    if len(naming) != 1:
        return None  # none, or two sentences for the kind: which one holds is not read
    sentence, cited = naming[0]
    if _names_an_event_not_in(text, sentence):
        return None  # another event of the relative's ("환갑잔치"): not the sentence's
    sentence = _clause_naming_kind(text, sentence, previous_question)
    citations = [{**c, "id": 1} for c in previous.citations if str(c.get("id")) == cited]
    if not citations:
        return None
    why = (
        "follow-up naming a relative of the kind the previous answer's rule names "
        "(same_for_relative_58c)"
    )
    return DocPlan(kind="extractive", reasons=[why], answer=f"{sentence} [1]", citations=citations)


# Acting in the asker's place: "instead of me", "for me", "on my behalf", "대신", "대리로".
_INSTEAD = re.compile(
    r"\binstead(?:\s+of\s+me)?\b|\bfor\s+me\b|\bon\s+my\s+behalf\b|대신|대리", re.IGNORECASE
)
_FRIEND = re.compile(r"\bfriends?\b|친구|지인", re.IGNORECASE)


def acts_for_the_asker(text: str) -> bool:
    """Whether the follow-up has a relative or a friend act in the asker's place."""
    named = names_relative(text) or _FRIEND.search(text) is not None
    return named and _INSTEAD.search(text) is not None and not _OWN_ASK_ACTING.search(text)


# A question of its own beside the person ("… instead of me, how long does it take?").
_OWN_ASK_ACTING = re.compile(
    r"\b(?:how\s+(?:long|much|many)|when|where|which)\b|얼마|언제|어디|며칠", re.IGNORECASE
)


# A thing or place the follow-up names ("my medicine", "at the pharmacy", "처방약을", "약국에서"):
# parad58's blind probe had "can my son collect my medicine at the pharmacy for me" after the
# records answer quoted the records rule, a sibling's sentence. Pronouns ("them", "it") and
# the person acting are the previous subject's and not read here.
_NAMED_EN = re.compile(r"\b(?:my|our|the|at|from)\s+(?P<word>[a-z][a-z-]{2,})\b", re.IGNORECASE)
_NAMED_KO = re.compile(r"(?P<word>[가-힣]{1,8}?)(?:을|를|에서)(?=\s|$)")
_NOT_A_THING = frozenset({"behalf", "place", "own", "name", "way", "same", "one", "person"})


def _names_another_thing(text: str, sentence: str, previous_question: str) -> bool:
    """Whether the follow-up names a thing or place neither the rule nor the question held."""
    held = f"{sentence} {previous_question}".lower()
    for found in [*_NAMED_EN.finditer(text), *_NAMED_KO.finditer(text)]:
        word = found["word"].lower()
        if word in _NOT_A_THING or names_relative(word) or _FRIEND.search(word):
            continue
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        if word.isascii() and not re.search(rf"\b{re.escape(stem)}", held):
            return True
        if not word.isascii() and stem not in held:
            return True
    return False


def rule_for_someone_acting(
    text: str, previous: DocPlan, previous_question: str = ""
) -> DocPlan | None:
    """The previous answer's one sentence for someone acting for the asker, or ``None``.

    ``None`` too when the follow-up names a thing or place of its own the sentence and the
    previous question do not hold (another subject: a sibling's rule is never quoted).
    """
    if previous.kind != "extractive" or not acts_for_the_asker(text):
        return None
    quoted = [(m["sentence"].strip(), m["id"]) for m in _QUOTED.finditer(previous.answer)]
    naming = [(s, i) for s, i in quoted if covered_word("instead", s, text)]
    if len(naming) != 1 or _names_another_thing(text, naming[0][0], previous_question):
        return None
    sentence, cited = naming[0]
    citations = [{**c, "id": 1} for c in previous.citations if str(c.get("id")) == cited]
    if not citations:
        return None
    why = "follow-up: someone acting for the asker, as the previous answer's rule states"
    return DocPlan(kind="extractive", reasons=[why], answer=f"{sentence} [1]", citations=citations)

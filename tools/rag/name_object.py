"""A name asked *where*, *when* or *how many* about is a topic, not the answer asked for.

이름 is a question word ("약 이름이 뭐예요?" asks for a name, the answer). In "아이 이름은
어디에 써요?" another question word (어디) asks for the answer, and the name is what is
written: left out of the terms, the question was only 아이 + 쓰, and "앱을 쓸 수 없는
보호자는 종이 의뢰서를 … 받아 쓰시면 됩니다" (a form written, 쓰다 'use' nearby) held
both and a place. Kept as a term, the name must be in the sentence that answers.

With no owner named ("이름 어디에 써야 돼요?"), the name asked is a person's (the asker's
or the child's): "약 이름, 용량, 먹일 시간을 적습니다" writes a medicine's name, so a
name whose owner is a thing, not a person (closed list below), says nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.models import Passage
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import kiwi_tokenize

# The question-word nouns that can be what an act is done to.
NAME_WORDS = frozenset({"이름"})
# Whose name is a person's: the nouns of people a document asks a name of, and the
# scripts a person's name is spelled in ("영문 이름"). Any other owner is a thing's.
_PERSON_OWNERS = frozenset(
    {
        "아이", "어린이", "아동", "자녀", "아들", "딸", "학생", "본인", "환자", "보호자",
        "부모", "신청인", "신청자", "대표자", "대리인", "가족", "사람", "회원", "이용자",
        "손님", "고객", "방문자", "방문객", "참가자", "수령인", "예약자", "교사", "선생님",
        "담임", "영문", "한글", "한자", "실명", "성",
    }
)  # fmt: skip
# Nouns Kiwi may read before 이름 that own nothing ("전화하실 때 이름과 …").
_NOT_OWNERS = frozenset({"때", "후", "전", "중", "동안", "경우", "시", "및", "등"})
# Question words asking for something other than the name itself.
_OTHER_QUESTION_WORDS = frozenset({"어디", "언제", "몇", "며칠", "얼마", "얼마나"})


def asks_of_a_name(forms: Iterable[str]) -> bool:
    """Whether a Korean question's morphemes name a name and ask another thing of it."""
    seen = set(forms)
    return bool(seen & NAME_WORDS) and bool(seen & _OTHER_QUESTION_WORDS)


def name_owner(tokens: Sequence[tuple[str, str]]) -> str | None:
    """The noun right before a name word ("아이 이름", "아이의 이름"), if any."""
    for i, (form, _) in enumerate(tokens):
        if form not in NAME_WORDS:
            continue
        j = i - 2 if i > 1 and tokens[i - 1][1] == "JKG" else i - 1
        if j >= 0 and _is_noun(*tokens[j]):
            return tokens[j][0]
    return None


def _is_noun(form: str, tag: str) -> bool:
    # Kiwi reads "약 이름" (the medicine's name) as 약 'about' (MM): a determiner the
    # vocabulary knows as a noun (약 = medicine) is that noun.
    return tag in ("NNG", "NNP") or (tag == "MM" and len(concept_groups([form])[0]) > 1)


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(text)]


def names_of_others_apart(question: str, passages: Sequence[Passage]) -> Sequence[Passage]:
    """The passages, each sentence without the name word when it names another's name.

    "아이 이름은 어디에 써요?" asks where the child's name goes: "약 이름, 용량, 먹일 시간을
    적습니다" writes the medicine's name, which says nothing of it. A sentence naming the
    question's owner anywhere keeps the word; with no owner asked, so does one whose name
    is a person's or has no owner.
    """
    if not any(w in question for w in NAME_WORDS):
        return passages
    owner = name_owner(_tagged(question))
    # No owner named: the name asked is a person's; any person's name may answer.
    owners = (
        concept_groups([owner])[0] | {owner} if owner is not None else _PERSON_OWNERS | _NOT_OWNERS
    )
    kept: list[Passage] = []
    for passage in passages:
        apart = []
        for start, end, tokens in passage_sentences(passage):
            if NAME_WORDS & set(tokens) and not owners & set(tokens):
                other = name_owner(_tagged(passage.text[start:end]))
                if other is not None and other not in owners:
                    tokens = tuple(t for t in tokens if t not in NAME_WORDS)
            apart.append((start, end, tokens))
        kept.append(passage.model_copy(update={"sentences": tuple(apart)}))
    return kept

"""The state a Korean yes/no question asks of its subject ("혈액 검사 아파요?": does it hurt).

Why this exists: "혈액 검사 아파요?" was answered with the clinic's "혈액 검사 결과는 보통
검사 후 2~3일 안에 나옵니다." and the check-up table's "Blood test 15 minutes": the
passages name the blood test (every topic noun of the question), and nothing says whether
it hurts. A question with no answer type has only its words to hold a sentence to; the
nouns name its subject, and its final predicate, a descriptive adjective (아프다 hurt,
시끄럽다 loud, 차갑다 cold, 무섭다 scary), is what it asks of that subject. A passage that
never states that state (in its word, a word the lists tie to it, or its noun: 통증) says
nothing of it, however well it names the subject.

Left alone: the adjectives whose answer documents state in other words, as a fact or a
figure: existence and need (있다, 없다, 괜찮다), size, distance, price, time and amount
(크다, 멀다, 가깝다, 비싸다, 늦다, 많다), sameness and liking (같다, 좋다). English questions
("does it hurt?") are not read here: without a tagger their predicate is not told apart.
"""

from __future__ import annotations

from collections.abc import Collection

from tools.rag.crosslingual import concept_groups
from tools.rag.kiwi_tags import morpheme_tags

__all__ = ["asked_state", "lacks_asked_state", "use_asked_state"]

# Off only in the switch-off test.
use_asked_state = True

# Adjectives a document answers in other words or with a figure.
_ANSWERED_OTHERWISE = frozenset(
    {
        "있",
        "없",
        "괜찮",
        "같",
        "똑같",
        "비슷",
        "다르",
        "좋",
        "싫",
        "어떻",
        "그렇",
        "이렇",
        "저렇",
        "아니",
    }
    | {"많", "적", "크", "작", "길", "짧", "넓", "좁", "높", "낮", "깊", "얕", "무겁", "가볍"}
    | {"멀", "가깝", "비싸", "싸", "늦", "이르", "빠르", "느리", "오래"}
)
# A state's nouns, which a document may write for it ("통증은 거의 없습니다").
_STATE_NOUNS: dict[str, frozenset[str]] = {
    "아프": frozenset({"통증", "고통", "pain", "painful", "hurt", "sore"}),
    "따갑": frozenset({"통증", "따끔", "pain", "sting"}),
    "시끄럽": frozenset({"소음", "소리", "noise", "noisy", "loud"}),
    "무섭": frozenset({"공포", "겁", "scary", "fear"}),
    # A busy day is one a notice says has many patients or a wait ("환자가 많아 대기 시간이").
    "바쁘": frozenset({"많", "혼잡", "대기", "busy", "crowded", "wait"}),
}


def asked_state(question: str) -> str | None:
    """The descriptive adjective a Korean question ends on, when it asks a state ("아프").

    Only the predicate of a question: of the text's questions (each up to its "?"), the
    adjective closed by a final ending ("아파요", "아픈가요"); "회사땜에 가기 힘들어서요"
    after the question gives its reason, not what it asks.
    """
    if not use_asked_state:
        return None
    asked = [part for part in question.split("?")[:-1] if part.strip()] or [question]
    for part in reversed(asked):
        tags = [(f, t) for f, t in morpheme_tags(part) if t not in ("SF", "JX", "SP", "SS")]
        if len(tags) >= 2 and tags[-2][1] == "VA" and tags[-1][1] == "EF":
            state = tags[-2][0]
            return None if state in _ANSWERED_OTHERWISE else state
        return None
    return None


def lacks_asked_state(question: str, passage_tokens: Collection[str]) -> bool:
    """Whether a passage never states the state a Korean yes/no question asks of its subject.

    Args:
        question: The question (one with no answer type: the caller's check).
        passage_tokens: The passage's index tokens (with its heading's).
    """
    state = asked_state(question)
    if state is None:
        return False
    group = concept_groups([state])[0] | _STATE_NOUNS.get(state, frozenset())
    return not group & set(passage_tokens)

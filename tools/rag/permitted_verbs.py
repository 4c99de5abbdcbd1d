"""A sentence permitting one act does not say whether another act is permitted.

"애 여권 부모가 대신 받아도 돼요?" asks whether a parent may *collect* the passport. "만
12세 미만 아이는 부모 등 법정대리인이 대신 신청할 수 있습니다" names the parent, 대신
and the passport, and grants a permission, but to *apply* (신청하다), not to collect
(wrong25's probe set was answered with it; "만 18세 미만의 여권은 법정대리인이 대신 받을 수
있습니다" answers). The rule, for Korean permission questions read by Kiwi's tags: the act
asked is the verb before -어도 되다/괜찮다 or -ㄹ 수 있다 (a noun before 하다 for
"신청할 수 있어요"); when the sentence grants a permission of the same shape to other acts
only and never holds the asked act in any form the vocabulary ties to it, it answers
another question. Acts of coming and going (가다, 오다) and a bare 하다 are left out:
their verbs stand in for many ("방문하셔도 됩니다" answers "가도 돼요?").
"""

from __future__ import annotations

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import kiwi_tokenize

__all__ = ["permits_another_act"]

_PERMISSIVE_ENDINGS = frozenset({"어도", "아도", "여도"})
_PERMITTING = frozenset({"되", "괜찮"})
_VAGUE_ACTS = frozenset({"가", "오", "하", "되", "있"})


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(text)]


def _act(tokens: list[tuple[str, str]], i: int) -> str | None:
    """The act of the verb at ``i``: the verb, or the noun before a 하다 suffix."""
    form, tag = tokens[i]
    if tag == "XSV" and i and tokens[i - 1][1] in ("NNG", "NNP"):
        return tokens[i - 1][0]
    return form if tag in ("VV", "VA") else None


def _permitted_acts(tokens: list[tuple[str, str]]) -> list[str]:
    """The acts ``tokens`` asks or grants permission for (-어도 되다, -ㄹ 수 있다)."""
    acts = []
    for i in range(len(tokens) - 2):
        ending, after = tokens[i + 1], tokens[i + 2]
        permission = (ending[0] in _PERMISSIVE_ENDINGS and after[0] in _PERMITTING) or (
            ending[1] == "ETM"
            and after[0] == "수"
            and i + 3 < len(tokens)
            and tokens[i + 3][0] == "있"
        )
        act = _act(tokens, i) if permission else None
        if act is not None:
            acts.append(act)
    return acts


def permits_another_act(question: str, sentence: str) -> bool:
    """Whether the sentence permits only other acts than the one the question asks about.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks permission for one act, the sentence grants
        permission for others, and the asked act is nowhere in the sentence.
    """
    asked = [a for a in _permitted_acts(_tagged(question)) if a not in _VAGUE_ACTS]
    if len(asked) != 1:
        return False
    tokens = _tagged(sentence)
    granted = _permitted_acts(tokens)
    if not granted:
        return False
    forms = {form for form, _ in tokens}
    wanted = equivalents(asked[0]) | {asked[0]}
    return not wanted & forms

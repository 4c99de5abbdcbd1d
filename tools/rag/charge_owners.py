"""A charge named with its owner ("확정일자 수수료") prices that owner's service only.

"전입신고 수수료 얼마예요?" asks the fee of moving-in registration. "확정일자 수수료는
600원입니다" follows the registration rule in the same list item and states a fee, of
the same kind even, but of another service: the fixed-date stamp (wrong25's probe set
was answered with it; the answer is "수수료는 없습니다", said of 전입신고). The rule, in
Korean, where the owner is the run of nouns right before the charge word (Kiwi's tags):
when the question names a charge with its owner and the sentence names the same kind of
charge with another owner, and the sentence never names the question's owner nor the
question the sentence's, the sentence prices something else. A charge with no owner
written ("수수료는 1통에 600원입니다") is left to the other checks.
"""

from __future__ import annotations

from tools.rag.charge_compounds import prices_another_compound
from tools.rag.question import answer_type
from tools.rag.textutil import kiwi_tokenize

__all__ = ["prices_another_owner"]

# Korean charge words a noun before them owns: "확정일자 수수료", "주차 요금".
_CHARGES = frozenset({"수수료", "요금", "과태료", "보증금", "비용", "이용료", "회비", "벌금"})
_NOUN_TAGS = frozenset({"NNG", "NNP"})


def _owned_charges(text: str) -> dict[str, str]:
    """Each charge word of ``text`` written with an owner, and the owner's nouns joined."""
    tokens = [(str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(text)]
    owned: dict[str, str] = {}
    for i, (form, tag) in enumerate(tokens):
        if form not in _CHARGES or tag not in _NOUN_TAGS:
            continue
        j = i - 2 if i > 1 and tokens[i - 1][1] == "JKG" else i - 1
        nouns: list[str] = []
        while j >= 0 and tokens[j][1] in _NOUN_TAGS and tokens[j][0] not in _CHARGES:
            nouns.insert(0, tokens[j][0])
            j -= 1
        if nouns:
            owned[form] = "".join(nouns)
    return owned


def _names(text: str, owner: str) -> bool:
    return owner in "".join(text.split())


def prices_another_owner(question: str, sentence: str) -> bool:
    """Whether an amount question's owned charge is stated by the sentence of another owner.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when both name one charge word with different owners and neither names the
        other's owner.
    """
    if answer_type(question) != "amount":
        return False
    if prices_another_compound(question, sentence):  # 진단비 for 수리비 (charge_compounds)
        return True
    asked = _owned_charges(question)
    if not asked:
        return False
    for charge, owner in _owned_charges(sentence).items():
        wanted = asked.get(charge)
        if wanted and not _names(sentence, wanted) and not _names(question, owner):
            return True
    return False

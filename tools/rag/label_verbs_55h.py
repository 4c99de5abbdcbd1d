"""A verb another table row's label shares with the question does not make it that row's item.

Blind set 46: "치과 스케일링 받았는데 헌혈 가능?" was answered with a sentence about
sleeping in a malaria area, because the deferral table's own row ("| 치과 치료(발치,
스케일링) | 치료 후 3일 |") was set aside as "another row's item": the row "| 수혈을 받은
경우 | 수혈 후 1년 |" holds 받다, which the question also writes ("받았는데"), and the
dental row does not. A row's item is named by its nouns; a verb in a label (받은, 한,
다녀온) says what happened to it. So a verb the question shares with another label does
not set this row aside while this row's label names a noun the question asks and the other
label does not ("치과", "스케일링"). Two rows told apart by their verb alone ("택배를 보내는
경우" / "택배를 받는 경우") share every asked noun, and the verb still tells them apart.
Korean labels only: Kiwi tags the verbs there.
"""

from __future__ import annotations

from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import detect_script

__all__ = ["shared_only_as_verb"]

_VERB_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA"})
_NOUN_TAGS = frozenset({"NNG", "NNP"})


def _nouns(text: str) -> set[str]:
    return {form for form, tag in morpheme_tags(text) if tag in _NOUN_TAGS}


def shared_only_as_verb(question: str, word: str, own_label: str, other_label: str) -> bool:
    """Whether ``word`` links the question to ``other_label`` only as a verb there.

    Args:
        question: The user's question.
        word: A question word written in ``other_label`` and not in this row.
        own_label: The first cell of the row weighed as an answer.
        other_label: The first cell of the other row.

    Returns:
        True when ``other_label`` writes ``word`` only as a verb or adjective stem and
        ``own_label`` names a noun of the question that ``other_label`` does not.
    """
    if detect_script(question) != "ko" or detect_script(other_label) != "ko":
        return False
    tags = {tag for form, tag in morpheme_tags(other_label) if form == word}
    if not tags or not tags <= _VERB_TAGS:
        return False
    asked = _nouns(question)
    return bool((asked & _nouns(own_label)) - _nouns(other_label))

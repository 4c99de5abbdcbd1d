"""The act a Korean "A하고 B해도 돼요?" question asks permission for, after the act it follows.

"약 먹고 자도 돼요?" asks whether sleeping (자다) is fine after taking medicine. The
documents said much about taking medicine and nothing about sleeping, and the answer
quoted medicine lines ("약병이나 약 봉투에 아이 이름을 쓰고 …") as if they settled it.
The act asked permission for is the verb right before -어도/-아도 되다 (괜찮다); the act
before -고 is the scene it follows. When the documents hold the scene's verb but never
the permitted one, in any word the vocabulary ties to it, they cannot say yes or no.
Only this two-act shape is read: a lone "가도 돼요?" has its verb in so many forms
("방문", "오시면") that a missing stem says little.
"""

from __future__ import annotations

from tools.rag.textutil import kiwi_tokenize

_PERMISSIVE_ENDINGS = frozenset({"어도", "아도", "여도"})
_PERMITTING = frozenset({"되", "괜찮"})


def permitted_after(question: str) -> tuple[str, str] | None:
    """The stems (earlier act, permitted act) of "A고 B어도 되/괜찮", or ``None``.

    Args:
        question: A Korean question.

    Returns:
        The verb stem before -고 and the one before -어도 되다, when the question asks
        permission for one act after another; else ``None``.
    """
    tokens = [(str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(question)]
    earlier: str | None = None
    for i, (form, tag) in enumerate(tokens[:-2]):
        if tag != "VV":
            continue
        ending, after = tokens[i + 1][0], tokens[i + 2][0]
        if ending == "고":
            earlier = form
        elif ending in _PERMISSIVE_ENDINGS and after in _PERMITTING and earlier not in (None, form):
            return earlier, form
    return None

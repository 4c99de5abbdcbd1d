"""Whether papers (서류) are needed is what a rule asks to be handed in (제출).

"병가 쓰려면 서류 필요해요?" asks what a leave rule writes as "병가가 5일 이상이면 진단서를
제출해야 합니다": 서류 is the kind of thing (papers), the rule names the one paper (진단서,
증명서, 영수증). Read as typed, neither 서류 nor 필요 is a word of the rule and the question
was declined. Asked as "뭐 제출해야 돼요" (what must be handed in), the rule's own verb
names it and its sentence states which paper.

Only when the collection never holds 서류 but holds 제출: a collection that writes 서류
keeps the asker's word (its sentence on 서류 answers as typed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

__all__ = ["with_papers_as_submission"]

# 서류 (papers), a particle, then needing or having to bring or hand them in.
_PAPERS_NEEDED = re.compile(
    r"(?<![가-힣])(?:무슨\s*|어떤\s*|따로\s*)?서류\s*(?:가|는|도|를|을)?\s*"
    # "서류 뭐 내야돼", "서류는 어떤거 내야 돼요" (xko59): the question word after the noun.
    r"(?:(?:뭐|뭘|무엇을?|어떤\s*(?:거|것)?|어떤걸|어느\s*거)\s*)?"
    r"(?:필요\S*|있어야\s*\S+|내야\s*\S+|제출해야\s*\S+|챙겨야\s*\S+|가져가야\s*\S+)"
)


def with_papers_as_submission(
    question: str, unknown: Callable[[list[str]], Collection[str]]
) -> str:
    """``question`` asking what must be handed in, where it asks whether papers are needed.

    Args:
        question: The user's question ("병가 쓰려면 서류 필요해요?").
        unknown: Of the given index words, those the collection never holds.

    Returns:
        "병가 쓰려면 뭐 제출해야 돼요?"; the question unchanged otherwise.
    """
    if not _PAPERS_NEEDED.search(question):
        return question
    missing = set(unknown(["서류", "제출"]))
    if "서류" not in missing or "제출" in missing:
        return question
    asked = _PAPERS_NEEDED.sub("뭐 제출해야 돼요", question)
    return asked if asked.rstrip().endswith(("?", "？")) else f"{asked.rstrip()}?"

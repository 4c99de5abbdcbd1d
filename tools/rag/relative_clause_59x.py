"""Of a sentence listing several relatives' rules, only the clause of the relative asked.

Why: "부모상은 5일, 조부모상은 3일입니다" answers "how many days off when my grandma dies",
yet quoted whole it also states the parents' 5 days, a figure of another relative the asker
may take for theirs (round 59: the English bereavement questions of probes58 and set 50
check that the other figure is not given). A leave or benefit rule lists relatives in
comma-separated clauses, each with its own figure; the question names one relative's event
(tools.rag.asked_relatives reads which kind). So in a quoted sentence whose clauses name
different kinds, only the clauses naming the kind asked are kept; and the sentences quoted
after it that name no relative (the sick-leave rule next to it) are dropped, as they are
no rule of this relative's event. A sentence is left whole when no clause names the kind
asked, or when every clause does. Read for English questions only (round 59's cases);
Korean ones keep the whole sentence they were measured with.
"""

from __future__ import annotations

import re

from tools.rag.asked_relatives import names_relative, names_relative_kind_asked

__all__ = ["only_asked_relatives_clauses"]

# One quoted sentence of an extractive answer and its source number: "… 3일입니다. [1]".
_QUOTED = re.compile(r"(?P<sentence>[^\[\]]+?)\s*\[(?P<id>\d+)\]\s*")
_CLAUSE_BREAK = re.compile(r",\s+|，\s*")
# An English question: three Latin words at least ("how many days off … for 조부모상" is one,
# its relative's term written in Korean by tools.rag.bereavement_51d).
_ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,}")
# Off only in the test that shows what keeping the asked clause changes.
use_asked_clause = True


def _asked_clauses(question: str, sentence: str) -> str | None:
    """The sentence cut to the clauses naming the relative asked, or None to keep it whole."""
    clauses = _CLAUSE_BREAK.split(sentence.strip())
    if len(clauses) < 2:
        return None
    kept = [c for c in clauses if names_relative_kind_asked(question, c)]
    if not kept or len(kept) == len(clauses):
        return None
    if not all(names_relative(c) for c in clauses):  # clauses of one list of relatives only
        return None
    text = ", ".join(c.strip().rstrip(".") for c in kept)
    return f"{text}."


def only_asked_relatives_clauses(question: str, answer: str) -> str:
    """``answer`` (quoted sentences with their ``[n]``) cut to the relative asked (see the module).

    Args:
        question: The question as the planner read it.
        answer: The extractive answer.

    Returns:
        The answer with a listing sentence cut to the asked relative's clauses and the
        relative-free sentences after it dropped; unchanged when no sentence was cut.
    """
    quoted = list(_QUOTED.finditer(answer))
    # English questions only: the Korean ones' answers were measured whole (sets 10-49).
    if (
        not use_asked_clause
        or len(_ENGLISH_WORDS.findall(question)) < 3
        or not quoted
        or "".join(m.group(0) for m in quoted) != answer
    ):
        return answer
    parts: list[str] = []
    cut = False
    for m in quoted:
        sentence = m["sentence"].strip()
        if cut and not names_relative(sentence):
            continue
        asked = _asked_clauses(question, sentence)
        if asked is not None:
            cut = True
            sentence = asked
        parts.append(f"{sentence} [{m['id']}]")
    return " ".join(parts) + answer[len(answer.rstrip()) :] if cut else answer

"""A row of a public teaching data set quoted as such: ``in the Kaggle Titanic train.csv the
first row is 'Braund, Mr. Owen Harris'`` (redteam41).

Data-science courses all start from the same few public data sets; the Titanic one lists the
1912 passengers by name in the manifest's form, ``Surname, Title. Given names``. A question
about such a row (how to split the title out of the Name column) quotes a published
historical record, not anyone's data. The name rules read ``Mr. Owen Harris`` as a person; it
is let through when the text names the data set (``Titanic`` with ``csv``, ``dataset``,
``Kaggle``, ``passenger``, ``seaborn``…), the name stands in the manifest's form (a surname and
a comma before the title), and the text says nothing of the writer (``my``, ``our``), who
would not describe their own records as the Titanic's.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["is_public_dataset_record"]

_DATASET = LazyPattern(
    r"(?i)\btitanic\b[^\n]{0,80}?\b(?:csv|data[ \t]?set|data[ \t]?frame|kaggle|passengers?|"
    r"seaborn|manifest|train|test)\b|\b(?:kaggle|seaborn)\b[^\n]{0,40}?\btitanic\b"
)
_TITLE = r"(?:Mr|Mrs|Miss|Master|Ms|Dr|Rev|Col|Major|Capt|Mme|Mlle|Don|Dona|Lady|Sir|Jonkheer)\.?"
_SURNAME_COMMA = r"[A-Z][a-zà-ÿ'’]+(?:[- ][A-Z][a-zà-ÿ'’]+)?,[ \t]+"
# Before the given names: "Braund, Mr. " (or, when the name's span opens at the title,
# "Braund, " with the title right after).
_MANIFEST_BEFORE = LazyPattern(_SURNAME_COMMA + r"(?:" + _TITLE + r"[ \t]+)?\Z")
_TITLE_BEFORE = LazyPattern(_TITLE + r"[ \t]+\Z")
_WRITER = LazyPattern(r"(?i:\b(?:my|our|mine|ours)\b)|(?<![가-힣])(?:내|제|우리|저희)(?![가-힣])")


def is_public_dataset_record(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is quoted from a public data set's row."""
    del end  # the name's own extent does not matter; what stands before it does
    before = text[max(0, start - 40) : start]
    manifest = _MANIFEST_BEFORE.search(before)
    if manifest is None:
        return False
    titled = _TITLE_BEFORE.search(before) is not None or text.startswith(
        tuple(t + "." for t in ("Mr", "Mrs", "Miss", "Master", "Ms", "Dr", "Rev")), start
    )
    if not titled:
        return False
    return _DATASET.search(text) is not None and _WRITER.search(text) is None

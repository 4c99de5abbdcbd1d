"""A stated birth too recent for a public figure: ``Hannah Whitmore was born on 3 May 2019 -
how old is she now?`` (redteam37, landing 38's open item).

:mod:`core.privacy.public_name_questions` lets a writer-free "X was born on …, how old is
she?" pass as a question about a public figure (``Taylor Swift was born on December 13,
1989 - …``): only a famous person's birth is known to an assistant. The same words about a
private child read the same, and the landing left it open since nothing in the wording
tells them apart. The date does: public figures whose age people work out are adults, and
the ones born in the last eighteen years (child actors, prodigies) are few beside the
children whose birthdays parents, teachers and carers type. So a stated birth year less
than eighteen years before today keeps the name personal; an older year is left to the
public-figure reading. The threshold follows the calendar, so a year that is recent now
stops being so as time passes.
"""

from __future__ import annotations

import datetime

from core.lazy_regex import LazyPattern

__all__ = ["states_a_recent_birth"]

# The year of the stated birth, within the date that follows "born on/in".
_YEAR_RE = LazyPattern(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# How far after "born" the date's year may stand ("on the 3rd of September 2019").
_DATE_SPAN = 40
_ADULT_YEARS = 18


def states_a_recent_birth(text: str, born_at: int, today: datetime.date | None = None) -> bool:
    """Whether the birth stated from ``text[born_at:]`` is in the last eighteen years.

    Args:
        text: The whole text.
        born_at: Where the words of the stated birth ("was born on …") begin.
        today: The day to count from (today when omitted).
    """
    year = _YEAR_RE.search(text, born_at, min(len(text), born_at + _DATE_SPAN))
    if year is None:
        return False
    this_year = (today or datetime.date.today()).year
    return this_year - int(year.group(0)) < _ADULT_YEARS

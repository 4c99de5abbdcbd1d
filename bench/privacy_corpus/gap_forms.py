"""Values for the forms the scanner once missed: British bank details, driving licences and
lower-case plates, Korean phones typed with commas, spoken days with a digit year, and a
relative's given name after its label.

Each maker returns the text that fills a template's ``{v}``; the corpus
(:mod:`bench.privacy_corpus.corpus`) plants it and counts whether the scanner finds it.
"""

from __future__ import annotations

import random

from bench.privacy_corpus import values as cv
from core.privacy.spoken_dates_en import ORDINAL_DAYS
from core.text import ENGLISH_MONTHS

_ORDINALS = [word for word, day in ORDINAL_DAYS.items() if day <= 20]
_MONTHS = [name.capitalize() for name in ENGLISH_MONTHS]
# Plate letters the DVLA uses, and three-letter tails that are no common word.
_TAG_LETTERS = "abcdefghjklmnoprstuvwxy"
_TAIL_LETTERS = "bcdfghjklmnprstvwxz"
_GIVEN = ("Isla", "Caspian", "Marisol", "Tobias", "Ingrid", "Anouk", "Bertie", "Sunniva")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def uk_sort_code(rng: random.Random, variant: str) -> str:
    """``40-11-62`` (``40 11 62`` or ``401162`` in the spaced and unseparated variants)."""
    sep = {"space_sep": " ", "nosep": ""}.get(variant, "-")
    return sep.join(_d(rng, 2) for _ in range(3))


def uk_account(rng: random.Random, variant: str) -> str:
    """Eight digits, maybe in two groups of four."""
    digits = _d(rng, 8)
    return digits[:4] + " " + digits[4:] if variant == "space_sep" else digits


def uk_driving_licence(rng: random.Random, variant: str) -> str:
    """Surname letters, the birth-date digits, initials, a digit and two check letters."""
    surname = (cv.en_surname(rng).upper() + "99999")[:5]
    month = rng.randint(1, 12) + (50 if rng.random() < 0.5 else 0)
    born = f"{rng.randint(0, 9)}{month:02d}{rng.randint(1, 28):02d}{rng.randint(0, 9)}"
    initials = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))
    check = "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(2))
    parts = [surname, born, initials + "9" + check]
    return " ".join(parts) if variant == "space_sep" else "".join(parts)


def uk_lower_plate(rng: random.Random, variant: str) -> str:
    """``yk21 hvp``: a British plate typed in lower case."""
    age = rng.choice([f"{n:02d}" for n in (*range(2, 27), *range(51, 77))])
    tag = rng.choice(_TAG_LETTERS) + rng.choice(_TAG_LETTERS)
    return tag + age + " " + "".join(rng.choice(_TAIL_LETTERS) for _ in range(3))


def comma_phone(rng: random.Random, variant: str) -> str:
    """A Korean number typed with commas between its groups (``010,1234,5678``)."""
    return ",".join(cv.kr_phone(rng))


def spoken_day_date(rng: random.Random, variant: str) -> str:
    """``the fourteenth of March 1987`` or ``March the 14th, 1987``."""
    day = rng.randint(1, 20)
    month, year = rng.choice(_MONTHS), rng.randint(1940, 2015)
    if rng.random() < 0.5:
        return f"the {_ORDINALS[day - 1]} of {month} {year}"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day, "th")
    return f"{month} the {day}{suffix}, {year}"


def relative_given_name(rng: random.Random, variant: str) -> str:
    """A given name alone, as a relative's name is given."""
    return rng.choice(_GIVEN)


RELATIVE_TEMPLATES: tuple[str, ...] = (
    "my daughter's name is {v}",
    "my son's name is {v} and he is four",
    "Our youngest daughter is called {v}.",
    "my husband goes by {v}",
)

"""English given and family names from the US Census lists, loaded offline.

The lists ship in the PyPI package ``names`` (``dist.male.first``,
``dist.female.first``: 5,163 given names; ``dist.all.last``: 88,799 family
names ranked by frequency; 3.3 MB on disk, read once in about 0.2 s). It is
the smallest well-known offline list that has both halves of a name;
``names-dataset`` is far larger in memory for little gain on English text.

Many given and family names are also ordinary words ("Will", "Long", "Beach",
"Bank"), so :func:`is_name_pair` also refuses the words that, capitalised in
a heading or at a sentence start, are far more often not a person.
"""

from __future__ import annotations

import importlib.resources
from functools import cache

# Family names rarer than this rank are mostly ordinary words ("Cloud" is
# 77,611th, "Lot" 81,855th) and add false positives faster than names.
FAMILY_RANK_LIMIT = 25_000

# Given names that start ordinary capitalised phrases ("Long Beach", "Summer
# Sale", "Will Power", "Chase Bank", "Virginia Beach").
_GIVEN_STOP_TEXT = """
    WILL MAY LONG MARK CHASE SUMMER HOPE JOY FAITH ROYAL ART PAGE GOLDEN APRIL JUNE
    AUGUST DALLAS AUSTIN SYDNEY PARIS YOUNG CHRISTIAN SUNNY BILL RICH KING QUEEN
    PRINCE LOVE SEE IN AN MY SO OK VIRGINIA GEORGIA CAROLINA FLORIDA CHINA INDIA
    LOGAN CAMERON CHARLOTTE PHOENIX MADISON MERCEDES TRINITY DELL HARLEY STAR
    WINTER AUTUMN MAJOR GENERAL ADD DOT JAN ESTATE SALE SHERIDAN DEE DON SANTA SAN
"""
_GIVEN_STOP = frozenset(_GIVEN_STOP_TEXT.split())
# Family names that are common nouns of places, buildings, seasons and things.
_FAMILY_STOP_TEXT = """
    BEACH GARDEN GARDENS SALE SALES RIVER BANK VALLEY DOWN STREET HILL HILLS LAKE FIELD
    FIELDS WOOD WOODS STONE BRIDGE HOUSE HALL LANE ROAD WAY CENTER CENTRE ISLAND BAY
    POINT SPRINGS SPRING CITY COUNTY FALLS SQUARE HEIGHTS STATION AIRPORT SCHOOL
    COLLEGE UNIVERSITY CHURCH CHAPEL MARKET MALL PLAZA TOWER COURT PLACE GROVE RIDGE
    CREEK HARBOR PORT MOUNTAIN FOREST LAND VILLAGE TOWN CASTLE PALACE TEMPLE MUSEUM
    GALLERY LIBRARY HOSPITAL CLINIC HOTEL CAFE BAR STORE SHOP COMPANY GROUP STUDIO
    STUDIOS MEDIA PRESS NEWS TIMES POST DAY DAYS WEEK MONTH YEAR SEASON SUMMER WINTER
    FALL CHRISTMAS EASTER LOVE SONG MUSIC BOOK CARD CROSS STAR SUN MOON LIGHT BELL
    GOLD SILVER STATE STATES OFFICE DESK SERVICE CARE HOME HOMES PARTY BOARD BOWL CUP
    GAMES GAME PLAY FOOD WATER FIRE ICE SNOW RAIN STORM WIND GATE DOOR WALL WALLS
    CARTER PRICE COST FREE SMART BEST TOWNSEND NATION NATIONAL LAW JUSTICE PEACE
    WARD STREETS PARKWAY ROW MILL MILLS BROOK BROOKS DALE GLEN WELLS PIKE FORD NUMBERS
    NUMBER LETTERS WORDS NAMES POWER
"""
_FAMILY_STOP = frozenset(_FAMILY_STOP_TEXT.split())


def _first_column(resource: str) -> list[str]:
    try:
        text = importlib.resources.files("names").joinpath(resource).read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        # Without the package the pair rule finds nothing; the other name
        # rules (titles, labels, introductions) still run.
        return []
    return [line.split(maxsplit=1)[0] for line in text.splitlines() if line.strip()]


@cache
def given_names() -> frozenset[str]:
    """Upper-case English given names (US Census, male and female)."""
    return frozenset(_first_column("dist.male.first") + _first_column("dist.female.first"))


@cache
def family_names() -> frozenset[str]:
    """Upper-case English family names up to :data:`FAMILY_RANK_LIMIT`."""
    return frozenset(_first_column("dist.all.last")[:FAMILY_RANK_LIMIT])


def is_given_name(token: str) -> bool:
    """Whether ``token`` is a listed given name that is not also a common word."""
    upper = token.upper()
    return upper in given_names() and upper not in _GIVEN_STOP


def is_family_name(token: str) -> bool:
    """Whether ``token`` is a listed family name that is not also a common noun."""
    upper = token.upper()
    return upper in family_names() and upper not in _FAMILY_STOP


def is_name_pair(given: str, family: str, *, strict: bool = True) -> bool:
    """Whether ``given family`` reads as a person's full name.

    Args:
        given: The first capitalised word.
        family: The second capitalised word.
        strict: Apply the stop lists; the wire screen passes False to be
            over-eager on purpose.
    """
    if not strict:
        # Even the over-eager screen skips two-letter words ("In Bell", "An Ford").
        if len(given) < 3:
            return False
        return given.upper() in given_names() and family.upper() in family_names()
    return is_given_name(given) and is_family_name(family)

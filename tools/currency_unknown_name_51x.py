"""A currency the converter has no name for: "17.2 pesos per dollar", "몇 루피야".

The converter knows won, dollars, yen, euros, yuan and pounds. A rate stated without a
known currency is read as won per foreign unit, the usual quote here; when the user names
another currency (pesos, rupees, baht …) that reading labels the user's pesos as won
("800 dollars at 17.2 pesos per dollar" -> "13,760원"). So a request that names a
currency outside the table is no conversion this converter can make: it declines.
"""

from __future__ import annotations

import re

__all__ = ["names_unknown_currency"]

_UNKNOWN_CURRENCY = re.compile(
    # (Words that are also ordinary words, "real", "sol", "kip", "동화", "랜드", are left out.)
    r"\b(?:pesos?|rupees?|baht|ringgits?|rupiahs?|francs?|reais|liras?|lire|kronor|kronas?|"
    r"kroner|kroners?|zlotys?|zloty|forints?|rubles?|roubles?|dinars?|dirhams?|riyals?|"
    r"shekels?|hryvnias?|korunas?|takas?|shillings?|nairas?|cedis?|quetzals?|bolivianos?|"
    r"(?:canadian|australian|hong\s+kong|singapore|new\s+zealand|taiwan(?:ese)?)\s+dollars?|"
    r"mxn|inr|thb|vnd|idr|chf|aud|hkd|sgd|twd|nzd|brl|sek|dkk|pln)\b"
    r"|페소|루피|바트|링깃|프랑(?!스)|헤알|크로나|크로네|즐로티|포린트|루블|디나르|디르함|리얄|셰켈|"
    r"흐리브냐|코루나|(?:캐나다|호주|홍콩|싱가포르|대만|뉴질랜드)\s*달러",
    re.IGNORECASE,
)


def names_unknown_currency(text: str) -> bool:
    """True when ``text`` names a currency the converter has no rate table entry for."""
    return _UNKNOWN_CURRENCY.search(text) is not None

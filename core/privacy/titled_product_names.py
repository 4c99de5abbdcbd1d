"""A brand that looks like a titled person: ``Dr. Martens 1460 boots`` (redteam24).

Some brands are a title and a surname (``Dr. Martens``, ``Dr. Brown's``, ``Mr. Muscle``,
``Mrs. Meyer's``), and the honorific rule of :mod:`core.privacy.names` reads any title and
capitalised word as a person. A product word right after the name (``boots``, ``bottles``,
``spray``), maybe after a model number (``1460``, ``2976``), says a product is meant: a
doctor is not sold in sizes. Only the product words decide, so ``Dr. Martens called about
my results`` stays a person.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["names_a_product"]

_PRODUCT_AFTER = LazyPattern(
    r"(?:['’]s?)?(?:[ \t]+[A-Z0-9][A-Za-z0-9-]{0,10}){0,2}[ \t]+(?i:"
    r"boots?|shoes?|sandals?|sneakers?|trainers?|loafers?|heels|jackets?|bags?|backpacks?|"
    r"perfume|cologne|shampoo|soap|lotion|cream|spray|cleaner|soda|cola|drinks?|bottles?|"
    r"formula|cereal|sauce|ketchup|vacuum|blender|headphones|earbuds|socks|watch(?:es)?|"
    r"toys?|size|sizes|sizing|insoles?|laces)\b"
)


def names_a_product(text: str, end: int) -> bool:
    """Whether a product word follows a titled name that ends at ``end``."""
    return _PRODUCT_AFTER.match(text, end) is not None

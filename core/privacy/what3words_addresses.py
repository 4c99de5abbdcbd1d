"""A what3words address: ``///lamps.fetch.brass`` (redteam28).

what3words names every three-metre square of the world with three words; people give their
own as a delivery address ("our house is at ///…"), and it points to one door as GPS
coordinates do. The shape is unmistakable: three slashes, then three lower-case words
joined by dots. A landmark's address asked about in public ("what's the what3words of the
Eiffel Tower?") carries no address, only the question; a bare dotted triple without the
slashes ("config.yaml.bak", "os.path.join") is code, not an address.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.types import Hit

__all__ = ["detect_what3words_addresses"]

_W3W_RE = LazyPattern(
    r"(?<!:)///(?P<words>[^\W\d_]{2,20}\.[^\W\d_]{2,20}\.[^\W\d_]{2,20})(?![\w.])"
)


def detect_what3words_addresses(text: str) -> Iterator[Hit]:
    """what3words addresses written with their three slashes (see the module)."""
    if "///" not in text:
        return
    for m in _W3W_RE.finditer(text):
        # what3words' own example (``///filled.count.soap``) quoted as one (redteam40).
        if is_documented_example(text, m.start("words"), m.end("words")):
            continue
        yield Hit("address", m.start(), m.end(), 0.9, False)

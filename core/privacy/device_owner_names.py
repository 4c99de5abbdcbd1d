"""A device named after its owner: ``"Przemek Wiśniewski's iPhone"`` as a hotspot, ``탁서진의
Galaxy Buds2 Pro`` in a Bluetooth list (redteam37).

Phones, laptops and earbuds name themselves after the account that set them up, and that
name is what shows in a Wi-Fi list, a Bluetooth menu or AirDrop; people paste it to ask
what a stray device is. The owner's name stands right before the possessive (``'s``, or
``의`` in Korean) and the device word, with nothing else saying it is a person. The rule
is anchored on the device word after the possessive (a short list of makes and kinds), then
reads the words before it: one to three capitalised Latin words that read as a person
(:mod:`core.privacy.person_shaped`; a lone word only when it is a listed given name), or a
Korean name that passes the name check. ``Apple's iPhone`` (a brand), ``the office's
printer`` (no device word of a person) and ``회사의 노트북`` stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_given_name
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import LATIN_NAME_WORD, latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_device_owner_names"]

_DEVICES = (
    r"(?:iPhone|iPad|iMac|MacBook|Mac|AirPods|Apple[ \t]+Watch|Galaxy|Pixel|Buds|Surface|"
    r"ThinkPad|Chromebook|Kindle|Laptop|laptop|Phone|phone|Tablet|PC|Xperia|OnePlus|Redmi|"
    r"Switch|PlayStation|Xbox)"
)
_EN_ANCHOR = LazyPattern(r"['’]s[ \t]+" + _DEVICES + r"(?![a-z])")
_EN_NAME_BEFORE = LazyPattern(
    r"(?<![\w'’])(?P<name>" + LATIN_NAME_WORD + r"(?:[ \t]+" + LATIN_NAME_WORD + r"){0,2})\Z"
)
_KO_ANCHOR = LazyPattern(
    r"의[ \t]*(?:" + _DEVICES + r"|아이폰|아이패드|갤럭시|에어팟|버즈|맥북|노트북|워치|태블릿|"
    r"폰(?![가-힣]))"
)
_KO_NAME_BEFORE = LazyPattern(r"(?<![가-힣])(?P<name>[가-힣]{2,4})\Z")
# The cheap test before either anchor's search.
_CUES = ("'s", "’s", "의")


def detect_device_owner_names(text: str) -> Iterator[Hit]:
    """Owners' names in device names (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for a in _EN_ANCHOR.finditer(text):
        m = _EN_NAME_BEFORE.search(text, max(0, a.start() - 60), a.start())
        if m is None:
            continue
        words = m.group("name").split()
        # Trim a leading word of the sentence ("Is Przemek's …", "A …"): keep the name part.
        while words and not latin_person_words(words):
            words = words[1:]
        if not words or (len(words) == 1 and not is_given_name(words[0])):
            continue
        start = a.start() - len(" ".join(words))
        if text[start : a.start()] == " ".join(words):
            yield Hit("person_name", start, a.start(), 0.8, False)
    if "의" not in text:
        return
    for a in _KO_ANCHOR.finditer(text):
        m = _KO_NAME_BEFORE.search(text, max(0, a.start() - 4), a.start())
        if m is not None and plausible_korean_name(m.group("name"), strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)

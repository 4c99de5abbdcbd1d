"""Print the known Korean words shaped like a three-syllable name, for the chat-name rule.

``core.privacy.chat_slang_names_ko`` reads a bare name-shaped word in a chat message
(``ㅋㅋ``, ``ㅠㅠ``, emoji) as a person's name. Korean has many everyday words of that
shape (a surname-like syllable and two given-name syllables): ``금요일``, ``강아지``,
``남자애``. A hand-kept stop list missed them, and "이번주 금요일 회식 장소 추천 🍻" was held
as personal data. Kiwi's lexicon knows them: every candidate the rule would accept is
tokenised, and a word Kiwi reads as one in-vocabulary morpheme, other than a proper noun,
is written out. The rule reads the list at run time, so ``core`` needs no
morphological analyser.

Run: ``python -m bench.privacy_chat_words > core/privacy/chat_common_words_ko.txt``
(about three minutes; Kiwi and the name syllables are the only inputs).
"""

from __future__ import annotations

import itertools
import re
import sys

from core.privacy import names
from tools.rag.textutil import get_kiwi

_HEADER = """\
# Known Korean words shaped like a three-syllable name (generated; do not edit by hand).
# Regenerate: python -m bench.privacy_chat_words > core/privacy/chat_common_words_ko.txt
"""


def name_shaped_words() -> list[str]:
    """Every name-shaped candidate Kiwi knows as one word, sorted."""
    found = re.search(r"\[([가-힣]+)\]", names.KOREAN_NAME_PATTERN)
    if found is None:
        raise RuntimeError("names.KOREAN_NAME_PATTERN lists no single-syllable surnames")
    kiwi = get_kiwi()
    words = []
    first, second = names.given_name_syllables()
    syllables = itertools.product(found.group(1), sorted(first), sorted(second))
    for surname, given_first, given_second in syllables:
        word = surname + given_first + given_second
        if not names.plausible_korean_name(word, strong=False):
            continue
        tokens = kiwi.tokenize(word)
        known = len(tokens) == 1 and tokens[0].form == word and not tokens[0].oov
        # Its proper nouns stay out: "이서연", "김민수" are celebrities' names and common
        # private ones alike.
        if known and tokens[0].tag != "NNP":
            words.append(word)
    return sorted(words)


def main() -> int:
    sys.stdout.write(_HEADER + "".join(f"{word}\n" for word in name_shaped_words()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

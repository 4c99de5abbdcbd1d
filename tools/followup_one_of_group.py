"""A follow-up changing the order of one person of a group the first turn priced.

"엄마랑 나 둘다 커트랑 염색 할건데 커트 2만원 염색 6만원이면 얼마" is priced for both; "나는 염색
빼면?" drops the dye for one of them only (20,000 + 80,000 = 100,000원), yet re-running the
first turn with the dye at 0 drops it for both (40,000원). No rule here prices one person's
order apart from the rest, so such a turn is no reading: the caller declines or asks a
model, never the change applied to the whole group. Said in English too ("me and my
sister both …", then "i'll skip the dye").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["changes_for_one_of_group"]

# The first turn orders for several people: "둘다", "셋 다", "우리 둘", "엄마랑 나",
# "both", "all of us", "me and my sister", "my wife and i".
_GROUP = re.compile(
    r"(?<![가-힣])(?:둘|셋|넷|다섯)\s*(?:다|이\s*다|모두)(?![가-힣])|(?<![가-힣])우리\s*(?:둘|셋|넷|가족|모두)"
    r"|(?<![가-힣])[가-힣]{1,4}(?:랑|이랑|하고|와|과)\s*(?:나|저)(?![가-힣])"
    r"|(?<![가-힣])(?:나|저)(?:랑|하고|와)\s*[가-힣]{1,4}(?:이|가)?\s*(?:둘|같이|다|모두)"
    r"|\bboth\b|\ball\s+(?:of\s+us|three|four)\b|\bme\s+and\s+(?:my\s+)?\w+|\b\w+\s+and\s+(?:i|me)\b",
    re.IGNORECASE,
)
# The follow-up speaks for one of them: "나는", "난", "엄마는", "i'll", "for me", "my mom".
_ONE_PERSON = re.compile(
    r"(?<![가-힣])(?:나|저|엄마|아빠|어머니|아버지|동생|언니|누나|형|오빠|아내|남편|와이프|딸|아들"
    r"|친구|할머니|할아버지)(?:는|은|만|도)(?![가-힣])|(?<![가-힣])(?:난|전)(?=\s)"
    r"|^\s*(?:(?:and|but|ok|so|what\s+if|if)\s+)*(?:i|i'?ll|i'?m|i'?d|she|he|she'?ll|he'?ll)\b"
    r"|\b(?:for|just|only)\s+me\b|\bmy\s+(?:mom|mum|dad|sister|brother|wife|husband|friend|son|daughter)\b",
    re.IGNORECASE,
)


def changes_for_one_of_group(text: str, previous_steps: Sequence[str]) -> bool:
    """Whether ``text`` speaks for one person of a group the previous steps priced."""
    if _ONE_PERSON.search(text) is None:
        return False
    return any(_GROUP.search(step) for step in previous_steps)

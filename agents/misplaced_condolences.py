"""Condolences in reply to a question that mentions no loss ("I'm sorry for your loss, but…").

Why this exists: the embedded model opens with condolences on requests that have nothing
to do with a death: "my 9yo needs a checkup can u see her" (held-out 34) and "text my
wife that I'm stuck in traffic" (probe 36) both got "I'm sorry for your loss, but as a
text-based AI …". Shown, such a reply reads as the app misreading the user, and as an
answer it says nothing asked. A reply is flagged only when it offers condolences and the
request names no death, funeral, grief or loss in either language, so a reply to "my
dad passed away last week, what do I need to do?" is never touched.
"""

from __future__ import annotations

import re

__all__ = ["misplaced_condolence"]

_CONDOLENCES = re.compile(
    r"sorry\s+(?:for|about|to\s+hear\s+(?:about|of))\s+(?:your|the)\s+(?:\w+\s+)?loss"
    r"|(?:my|our)\s+(?:deepest\s+|sincere\s+|heartfelt\s+)?(?:condolences|sympathies)"
    r"|may\s+(?:he|she|they|your\s+\w+)\s+rest\s+in\s+peace"
    r"|명복을\s*빕|조의를\s*표|삼가\s*고인|애도를\s*표|얼마나\s*상심",
    re.IGNORECASE,
)
# A request that speaks of a death or a loss: condolences may be the right opening.
_SPEAKS_OF_LOSS = re.compile(
    r"\b(?:died|dies|dead|death|deceased|passed\s+away|pass\s+away|passing|funeral|wake"
    r"|loss|lost\s+(?:my|our|his|her|their)|grief|griev\w*|bereave\w*|condolence\w*|memorial"
    r"|obituar\w*|widow\w*|hospice|terminal|miscarr\w*|stillbirth|put\s+(?:\w+\s+){0,2}down|euthan\w*|rip)\b"
    r"|돌아가|사망|별세|부고|장례|빈소|조문|조의|상주|故|고인|명복|떠나보|하늘나라|무지개\s*다리"
    r"|유산|추모|임종|위독|상\s*중|발인|49재|사십구재",
    re.IGNORECASE,
)


def misplaced_condolence(reply: str, question: str) -> str | None:
    """Why ``reply`` is no answer to ``question``: condolences for a loss it never named."""
    found = _CONDOLENCES.search(reply)
    if found is None or _SPEAKS_OF_LOSS.search(question):
        return None
    return f"offered condolences ({found.group(0)!r}) for a loss the request does not mention"

"""Follow-up forms of unseen set 54, said as the follow-up rules already read them (opens63).

Each names the role of its words and is said plainly only when the turn as said is read by
nothing (tools.followups.resolve_in_conversation):

- A miscount owned before the new figure: "아 잘못셌다 아홉명이네", "헐 잘못 말했어 5명이야"
  is the new figure alone ("아홉명이네"); the owning words change nothing.
- Someone leaving, then the new head count: "한명 나가서 둘이 내면" is "둘이 내면", only
  when the count agrees (the turn read with the new count and read as "N명 빠지면" give
  the same answer: tools.followups._leaving_then_count).
- The per-head word said with 사람: "일년이면 한사람당" is "일년이면 한명당".

Set 54/55's (opens64):

- A wish said with -ㄹ래 or -ㄹ게, then the ask: "반만 살래 그럼 얼마" is "반만 사면", "절반만
  시킬게 그럼 얼마" is "절반만 시키면" (the verb's stem with 면, the wish and the ask dropped).
- A condition, then the previous turn's asked noun restated: "이자소득세 15.4% 떼면 실제로
  받는 이자는" after "… 세전이자 얼마" is "이자소득세 15.4% 떼면"; only when the noun (이자,
  월급, 수령액 …) is what the previous turn asked ("이자 얼마"), so the figure asked stays
  the one the rules change (:func:`ask_restated`).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = [
    "USE_ASK_RESTATED",
    "USE_LEAVING_THEN_COUNT",
    "USE_MISCOUNT_OWNED",
    "USE_ONE_PERSON_EACH",
    "USE_WISH_SAID",
    "ask_restated",
    "leaving_said",
    "said_plainly_63o",
]

#: Switches (off only in the tests that show what each rule changes).
USE_MISCOUNT_OWNED = True
USE_LEAVING_THEN_COUNT = True
USE_ONE_PERSON_EACH = True
USE_WISH_SAID = True
USE_ASK_RESTATED = True

# "반만 살래 그럼 얼마", "6개만 시킬래", "두개 더 넣을래 그러면 총 얼마": the stem said with 면.
_WISH_STEMS = {
    "살": "사", "할": "하", "갈": "가", "시킬": "시키", "볼": "보", "쓸": "쓰", "탈": "타",
    "넣을": "넣으", "먹을": "먹으", "빌릴": "빌리", "보낼": "보내", "바꿀": "바꾸", "줄일": "줄이",
    "늘릴": "늘리", "뺄": "빼", "낼": "내",
}  # fmt: skip
_WISH = LazyPattern(
    r"^\s*(?P<what>\S.*?)\s*(?P<verb>"
    + "|".join(sorted(_WISH_STEMS, key=len, reverse=True))
    + r")(?:래|게)(?:요)?\s*[,.~!]*\s*(?:그럼|그러면|그럼\s*총|그러면\s*총|총)?\s*"
    r"(?:얼마(?:야|임|예요|에요|지|냐)?|몇\s*원(?:이야)?)?\s*[?？.!~]*\s*$"
)
# "… 떼면 실제로 받는 이자는", "… 빼면 손에 쥐는 월급은": a condition, then the asked noun.
_ASK_RESTATED = LazyPattern(
    r"^\s*(?P<cond>\S.*?(?:면|으면))\s+(?:실제로|실제|최종적으로|결국|그럼|그러면)?\s*"
    r"(?:(?:받는|받을|손에\s*쥐는|남는|들어오는|나오는)\s*)?(?P<noun>[가-힣]{1,4}?)\s*(?:은|는|이|가)?"
    r"\s*(?:얼마(?:야|임|예요|에요|지|냐)?|몇\s*원(?:이야)?)?\s*[?？.!~]*\s*$"
)

# "아 잘못셌다", "헐 잘못 말했네", "앗 다시 세보니까": the asker owns a slip, then says anew.
_MISCOUNT_OWNED = LazyPattern(
    r"^\s*(?:아+|앗|헐|아이고|아놔|엇)?\s*[,.~!]*\s*"
    # ("아 잘못봤다 4달치였음" is tools.followup_said_plainly_62c's span corrected.)
    r"(?:(?:내가\s*)?잘못\s*(?:셌다|셌네|셌어|셌음|세었다|말했다|말했네|말했어|말했음"
    r"|적었다|적었네|썼다|썼네|알았다|알았네)|다시\s*세(?:어)?\s*보니(?:까)?)"
    r"\s*[,.~!ㅋㅎㅠ]*\s*(?P<rest>\S.*)$"
)
_NATIVE_HEADS = {"둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8}
_NATIVE_HEADS |= {"아홉": 9, "열": 10}
_COUNT_WORDS = {"한": 1, "두": 2, "세": 3, "네": 4}
_HEADS = r"(?:둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열|\d+\s*명)"
# "한명 나가서 둘이 내면", "2명 빠지고 이제 넷이 나누면": who left, then the new count.
_LEAVING_THEN_COUNT = LazyPattern(
    r"^\s*(?:그럼\s*)?(?P<left>\d+|한|두|세|네)\s*(?:명|사람)\s*(?:이|은|는)?\s*"
    # ("한명 이사가서 둘이 내면" is tools.followup_rates' head count less one.)
    r"(?:나가서|나가고|빠지고|이사\s*가고|그만둬서|관둬서)\s*(?:이제\s*)?"
    rf"(?P<rest>(?P<heads>{_HEADS})\s*(?:이서|이)?\s*(?:내면|나누면|나눠\s*내면|부담하면|내야\s*되면)"
    r"\s*(?:얼마씩|얼마|한\s*명\s*당\s*얼마|각자\s*얼마)?\s*[?？.]*)\s*$"
)
_ONE_PERSON_EACH = LazyPattern(r"한\s*사람\s*당|1\s*사람\s*당")


def _count(word: str) -> int | None:
    word = re.sub(r"\s*명$", "", word.strip())
    if word.isdigit():
        return int(word)
    return _NATIVE_HEADS.get(word, _COUNT_WORDS.get(word))


def leaving_said(text: str) -> tuple[str, int, int] | None:
    """ "한명 나가서 둘이 내면": the turn said with the new count alone, the count that left
    and the new count; ``None`` when the turn is not of this form."""
    said = _LEAVING_THEN_COUNT.match(text) if USE_LEAVING_THEN_COUNT else None
    if said is None:
        return None
    left, heads = _count(said["left"]), _count(said["heads"])
    if left is None or heads is None or left < 1 or heads < 1:
        return None
    return said["rest"], left, heads


def said_plainly_63o(text: str) -> str:
    """``text`` with set 54's follow-up forms said plainly (the leaving form aside: it is
    read twice, see ``leaving_said``)."""
    owned = _MISCOUNT_OWNED.match(text) if USE_MISCOUNT_OWNED else None
    if owned is not None:
        text = owned["rest"]
    if USE_ONE_PERSON_EACH:
        text = _ONE_PERSON_EACH.sub("한명당", text)
    wish = _WISH.match(text) if USE_WISH_SAID else None
    if wish is not None:
        text = f"{wish['what']} {_WISH_STEMS[wish['verb']]}면"
    return re.sub(r"\s{2,}", " ", text).strip()


def ask_restated(text: str, earlier_questions: list[str] | tuple[str, ...]) -> str:
    """ "이자소득세 15.4% 떼면 실제로 받는 이자는": the condition alone, when the noun asked
    is the one the previous turn asked ("세전이자 얼마"); else ``text`` as it was."""
    said = _ASK_RESTATED.match(text) if USE_ASK_RESTATED and earlier_questions else None
    if said is None:
        return text
    noun = said["noun"]
    asked = re.search(
        rf"{re.escape(noun)}\s*(?:은|는|이|가)?\s*(?:얼마|몇\s*원)", earlier_questions[-1]
    )
    if asked is None or re.search(r"\d", noun):
        return text
    return said["cond"].strip()

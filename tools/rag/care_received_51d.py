"""A Korean request that someone "look at" a patient (진료 봐줘요) asks whether care is given.

Why: "예약 안 하고 그냥 가도 진료 봐줘요?" (will they see me without a booking?) was
declined, though the clinic's guide states "예약 없이 방문하셔도 진료를 받을 수 있지만,
예약 환자가 먼저 진료를 받습니다". Asked "진료 받을 수 있어요?" it is answered: 진료(를)
봐 주다 is the everyday way to ask for what a guide writes from the patient's side as
진료를 받다, and the question's 보 (see) and 주 (give) weigh on words no guide writes.
So before the search, a service a clinic gives (진료, 검사, 상담, 치료) followed by 봐 주다
in a question is written as that service received: "진료 받을 수 있어요".

Closed-class only: the four service nouns, and 봐 주다 right after them (with or without
을/를 and a space). "진료 보고 주차" (after seeing the doctor) and "결과 봐 주세요" are
left alone.

The service is often left unsaid when the visit is: "예약 안하고 그냥 가도 봐주나요" (set 49)
asks the same as "가도 진료 봐주나요". So 봐 주다 right after a visit in 도/면 (가도, 가면,
와도, 방문해도, 찾아가면) is written "진료 받을 수 있어요" too: someone who comes is seen.
Only after a visit verb: "늦게 내도 봐주나요" (let it slide) names no visit and stays.
"""

from __future__ import annotations

import re

__all__ = ["with_care_received"]

# The service noun, its object particle, then 봐 주다 in a question's or request's forms.
_LOOK_AT = re.compile(
    r"(?P<service>진료|검사|상담|치료)(?P<particle>[을를])?\s*봐\s?"
    r"(?:줄\s?수\s?있(?:어요|나요|을까요|어)|주시나요|주나요|주세요|줘요|줘|주실까요|주나)"
)

# A visit in 도/면 and then 봐 주다 with the service unsaid: "그냥 가도 봐주나요".
_SEEN_ON_VISIT = re.compile(
    r"(?P<visit>(?<![가-힣])(?:가|와|찾아가|찾아와|방문해|방문하)(?:도|면))\s+봐\s?"
    r"(?:줄\s?수\s?있(?:어요|나요|을까요|어)|주시나요|주나요|줘요|줘|주실까요|주나|주세요)"
)


def with_care_received(question: str) -> str:
    """``question`` with "진료 봐줘요" written "진료 받을 수 있어요" (see the module)."""
    question = _SEEN_ON_VISIT.sub(lambda m: f"{m['visit']} 진료 받을 수 있어요", question)
    return _LOOK_AT.sub(lambda m: f"{m['service']}{m['particle'] or ''} 받을 수 있어요", question)

"""Names that own the items of meeting minutes or a to-do list (redteam24).

``- 윤슬: 발표자료 수정``, ``- 도경민 책임: 최종 검토``, ``- Marguerite: book the venue``,
``* Lars Eikeland - final sign-off``: minutes and action lists put the owner first, then a
colon and the task. The owner is often a given name alone, which no other rule reads.
The list shape says who is meant, so a line counts when:

- it starts with a bullet (``-``, ``*``, ``•``, ``·``) or a number (``1.``), then the
  owner, a colon (or a dash) and the task;
- a Korean task opens with no figure (``- 평일: 10:00–20:00`` is opening hours);
- at least one owner of the list is surely a person (a full name; a given name of the
  census list or of common given-name syllables) and the text says it is minutes or a task
  list (``회의록``, ``할 일``, ``action items``, ``to-do``, ``minutes``), or at least two
  different owners are;
  then the list's other owners count too (``다올``, ``Tobiah``: names the lists lack);
- the owner is not a field of a form or an agenda (``- 장소: 본관``, ``- Venue: Hall B``,
  ``- Budget: 3,000``), a team, a brand or a month; in Korean, a given name alone is two
  syllables, a full name passes the name check, and a job title may follow
  (``도경민 책임``); in English, one to three capitalised words, and the task starts with a
  small letter (a verb: ``book``, ``send``), as field values rarely do.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.name_list import is_given_name
from core.privacy.names import is_english_non_name, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_minutes_names"]

_BULLET = r"(?m:^)[ \t]*(?:[-*•·▪‣◦]|[0-9]{1,2}[.)])[ \t]*"
_KO_TITLE = (
    r"책임|선임|수석|주임|사원|대리|과장|차장|부장|팀장|실장|이사|매니저|PM|님|씨|선배|후배|인턴"
)
_KO_LINE_RE = LazyPattern(
    _BULLET + r"(?P<name>[가-힣]{2,4})(?:[ \t]*(?:" + _KO_TITLE + r"))?[ \t]*[:：][ \t]*"
    r"(?P<task>[^\n]+)"
)
_EN_CAP = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_EN_LINE_RE = LazyPattern(
    _BULLET + r"(?P<name>" + _EN_CAP + r"(?:[ \t]+(?:[A-Z]\.|" + _EN_CAP + r")){0,2})"
    r"[ \t]*(?:[:：]|[ \t]-[ \t])[ \t]*(?P<task>[^\n]+)"
)
_MINUTES_WORDS = LazyPattern(
    r"회의록|회의 ?내용|할 ?일|업무 ?분담|역할 ?분담|담당 ?업무|액션 ?아이템|투두|"
    r"(?i:action[ \t]+items?|minutes|to-?dos?|task[ \t]+list|tasks|owners?|assignments|"
    r"follow-?ups?|next[ \t]+steps)"
)
# Fields of forms and agendas, and words of a plan, that open such lines without naming
# anyone ("- 장소: 본관", "- 예산: 300만원").
_KO_FIELDS_TEXT = """
    장소 일시 일자 날짜 시간 시각 안건 주제 제목 목적 목표 배경 내용 요약 결과 결론 결정
    논의 참석 참석자 불참 비고 기타 참고 메모 공지 예산 비용 금액 합계 총액 일정 마감 기한
    진행 상태 이슈 문제 원인 대책 질문 답변 준비 준비물 위치 주소 연락처 문의 담당 담당자
    회의 다음 차기 전체 공통 모두 전원 팀 본부 부서 링크 자료 첨부 메뉴 장비 인원 수량
    주의 요청 확인 검토 완료 보류 취소 변경 추가 삭제 수정 오전 오후 하루 매일 매주
    월요일 화요일 수요일 목요일 금요일 토요일 일요일 평일 주말 공휴일 휴일 전화 이메일
"""
_KO_FIELDS = frozenset(_KO_FIELDS_TEXT.split())
_EN_FIELDS_TEXT = """
    Venue Date Time When Where Who What Why How Budget Cost Total Price Note Notes Owner
    Owners Status Agenda Location Attendees Attendee Absent Action Actions Decision Decisions
    Next Summary Topic Topics Goal Goals Deadline Due Todo Done Open Closed Risk Risks
    Blocker Blockers Update Updates Background Context Question Questions Answer Result
    Results Outcome Tip Warning Step Example Pros Cons Agreed Follow Item Items Task Tasks
    Everyone All Both Team Design Engineering Legal Product Ops Marketing Sales Finance
    Accounts Accounting Support Admin Board Management Leadership Other Misc Reminder
    Reminders Priority Scope Phase Milestone Milestones Note Plan Plans Idea Ideas Fix Bug
"""
_EN_FIELDS = frozenset(_EN_FIELDS_TEXT.split())
_MIN_SURE_WITHOUT_WORD = 2


def _korean_owner(name: str, task: str) -> tuple[bool, bool]:
    """(may be an owner, surely a person) for a Korean line's owner."""
    # A value that opens with a figure is a field's (hours, a fee, a number), not a task.
    if name in _KO_FIELDS or name[:2] in _KO_FIELDS or task[:1].isdigit():
        return False, False
    if len(name) >= 3:
        sure = plausible_korean_name(name, strong=False)
        return sure, sure
    # A given name alone, judged as if a common surname stood before it.
    return True, plausible_korean_name("김" + name, strong=False)


def _english_owner(name: str, task: str) -> tuple[bool, bool]:
    """(may be an owner, surely a person) for an English line's owner."""
    words = [w for w in name.split() if not w.endswith(".")]
    if not words or not task[:1].islower():
        return False, False
    if any(
        w in _EN_FIELDS or w in EN_NOT_PERSONS or is_english_non_name(w) or is_brand(w)
        for w in words
    ):
        return False, False
    return True, len(name.split()) >= 2 or is_given_name(words[0])


def detect_minutes_names(text: str) -> Iterator[Hit]:
    """Owners of the items of minutes or a to-do list (see the module)."""
    if "\n" not in text and not text.lstrip().startswith(("-", "*", "•", "·")):
        return
    owners: list[tuple[int, int]] = []
    sure: set[str] = set()
    for pattern, judge in ((_KO_LINE_RE, _korean_owner), (_EN_LINE_RE, _english_owner)):
        for m in pattern.finditer(text):
            may, person = judge(m.group("name"), m.group("task"))
            if may:
                owners.append((m.start("name"), m.end("name")))
                if person:
                    sure.add(m.group("name"))
    # A list of surely-named owners is minutes by its shape; one surely-named owner needs
    # the text to say it is minutes. Then the list's other owners (given names the
    # syllable and census lists lack: "다올", "Tobiah") are owners too.
    if len(sure) >= _MIN_SURE_WITHOUT_WORD or (sure and _MINUTES_WORDS.search(text) is not None):
        for start, end in owners:
            yield Hit("person_name", start, end, 0.7, False)

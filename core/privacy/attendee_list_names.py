"""Names in a minutes' attendance line: ``참석자: 탁윤서, 함지오, 국태민``, ``Present: A.
Okonkwo-Barnes, T. Vasquez-Lindgren, me``, ``Apologies: R. Delacroix-Mbeki`` (redteam36).

Minutes list who came and who sent apologies on one line after a label, the names joined by
commas with no title or particle. The role rule (:mod:`core.privacy.role_label_names_ko`)
reads the first name after ``참석자``; the rest of the list has nothing of its own. After
an attendance label and a colon, every comma-separated item that reads as a person counts:

- Korean: two to four syllables passing the name check (a label with a colon: any given
  syllables), a job title or a bracket may follow (``국태민 팀장``, ``함지오(개발)``);
- English: an initial and a capitalised family name (``A. Okonkwo-Barnes``), or two or
  three capitalised words none of which names an organisation or a team.
Items that are teams, counts or pronouns (``마케팅팀``, ``5명``, ``me``, ``all staff``) are
skipped, and so is a line whose label is not an attendance one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_attendee_list_names"]

_LINE_RE = LazyPattern(
    r"(?:참석자|참석|불참자?|배석자?|참여자|(?i:present|attendees|attendance|in[ \t]+attendance|"
    r"apologies|absent|regrets))[ \t]*[:：][ \t]*(?P<items>[^\n]+)"
)
_ITEM_RE = re.compile(r"[^,，、;]+")
_KO_ITEM = re.compile(
    r"[ \t]*(?P<name>[가-힣]{2,4})(?:[ \t]*(?:팀장|부장|과장|차장|대리|주임|사원|실장|이사|"
    r"대표|님|씨|책임|선임|수석|매니저))?[ \t]*(?:[(（][^)）]*[)）])?[ \t]*"
)
_EN_INITIAL_ITEM = re.compile(
    r"[ \t]*(?P<name>[A-Z]\.[ \t]*[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)[ \t]*(?:\([^)]*\))?[ \t]*"
)
_EN_WORD = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"
_EN_NAME_ITEM = re.compile(
    r"[ \t]*(?P<name>" + _EN_WORD + r"(?:[ \t]+" + _EN_WORD + r"){1,2})"
    r"[ \t]*(?:\([^)]*\))?[ \t]*"
)

# Teams, departments and head counts listed where names go ("마케팅팀", "개발본부", "5명").
_KO_GROUP_ENDINGS = ("팀", "부서", "본부", "센터", "실", "명", "측", "전원", "일동")


def _person_item(item: str) -> re.Match[str] | None:
    m = _KO_ITEM.fullmatch(item)
    if m is not None:
        name = m.group("name")
        if name.endswith(_KO_GROUP_ENDINGS):
            return None
        # After the label's colon any given syllables count, for a full name.
        return m if plausible_korean_name(name, strong=len(name) >= 3) else None
    m = _EN_INITIAL_ITEM.fullmatch(item)
    if m is not None:
        return m
    m = _EN_NAME_ITEM.fullmatch(item)
    if m is not None and latin_person_words(m.group("name").split()):
        return m
    return None


def detect_attendee_list_names(text: str) -> Iterator[Hit]:
    """Names listed after an attendance label (see the module)."""
    if ":" not in text and "：" not in text:
        return
    for line in _LINE_RE.finditer(text):
        base = line.start("items")
        for item in _ITEM_RE.finditer(line.group("items")):
            m = _person_item(item.group(0))
            if m is not None:
                start = base + item.start() + m.start("name")
                yield Hit("person_name", start, start + len(m.group("name")), 0.8, False)

"""Names people give after saying who they are: ``저는 302호 사는 이수민이에요``.

:mod:`core.privacy.intro_names` reads ``저는 김민수입니다`` only with the name right after
the topic (``저는``, ``전``, ``제가``). People often put where they live or work between
the two: ``저는 302호 사는 이수민이에요``, ``전 3층 약국에서 일하는 박지호입니다``. The
sentence still introduces the writer: the topic says so, and the copula after the last
word says that word is who the writer is. In that place a role noun is as common as a
name (``저는 서울 사는 대학생이에요``), so the word must be a full three-syllable name
whose given name uses common given-name syllables; the few role nouns that pass that
test (``집주인``, ``관리인``) are listed. A noun read as a name there only keeps the
message local (privacy fails closed).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

# The writer as the topic, then one to four words that describe them (no sentence end in
# between), then the name and its copula.
_KO_DESCRIBED_INTRO_RE = LazyPattern(
    r"(?:^|(?<=[ \t.,!?~]))(?:저는|전|제가|나는|난)[ \t]+(?:[^ \t.,!?~\n]+[ \t]+){1,4}?"
    + KOREAN_NAME_PATTERN
    + r"(?=입니다|이에요|예요|인데요?|이고요?|이라고|이구요)"
)
# Role nouns with the shape of a surname plus common given-name syllables: an owner, a
# kind of job (정규직, 계약직), a party to a lease (임차인), a worker (노동자).
_ROLE_ENDINGS = ("주인", "관리인", "지기", "직", "차인", "대인", "동자", "급자", "득자")
# Role nouns ending in 원 (a member, a staff worker); 원 alone ends many given names (지원).
_ROLE_WORDS = frozenset(
    ("간호원", "공무원", "연구원", "상담원", "사무원", "회사원", "교직원", "조합원", "안내원")
)
_KEYS = ("저는", "전 ", "제가", "나는", "난 ")


def detect_described_intro_names(text: str) -> Iterator[Hit]:
    """A full name after ``저는 …`` with words describing the writer in between."""
    if not any(key in text for key in _KEYS):
        return
    for m in _KO_DESCRIBED_INTRO_RE.finditer(text):
        name = m.group("name")
        start = m.start("name")
        if start > 0 and not text[start - 1].isspace():
            continue
        if len(name) != 3 or name.endswith(_ROLE_ENDINGS) or name in _ROLE_WORDS:
            continue
        if plausible_korean_name(name, strong=False):
            yield Hit("person_name", start, m.end("name"), 0.8, False)

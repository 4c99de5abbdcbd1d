"""A person's name inside a file name: ``CV_Adaeze_Okonkwo_final_v3.docx`` (redteam24).

People name their papers after themselves (``이력서_변서아_2025.hwp``,
``resume_LeeMinji_2024.pdf``, ``Passport-Scan-Tomasz-Wrobel.jpg``) and then ask about the
file by its name. A file name of a personal paper (a CV, a résumé, a cover letter, a
certificate, an ID scan: the paper's kind is one of its parts) holds the person's name in
its other parts, also before a browser's copy number (``…_FINAL(2).pdf``, redteam26).
Parts are split at ``_``, ``-`` and dots (a name with spaces is left to the other rules: its
start cannot be told from the sentence's); a part counts when it is

- a capitalised Latin word or two joined in camel case (``Adaeze``, ``LeeMinji``) that is no
  word of versions and copies (``final``, ``Draft``, ``v3``, ``KOR``), of the paper's kind,
  or of a month; or
- two to four Hangul syllables that read as a Korean name.

A file name with no kind of personal paper in it (``Q3_Revenue_Report.xlsx``) is left
alone: its capitalised parts are as often products and teams.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_file_name_names"]

_FILE_RE = LazyPattern(
    # A browser's copy number before the extension ("…_FINAL(2).pdf", "… (1).docx").
    r"(?<![\w가-힣.-])(?P<stem>[\w가-힣][\w가-힣.-]{2,80}?)(?:[ \t]?\(\d{1,3}\))?\."
    r"(?i:pdf|docx?|hwpx?|pages|odt|rtf|txt|jpe?g|png|heic|zip)(?![\w가-힣])"
)
_PART_RE = LazyPattern(r"[^_\-.]+")
# Kinds of personal papers, in the spellings file names use.
_KINDS_TEXT = """
    cv resume résumé coverletter cover letter bio portfolio transcript diploma certificate
    passport id idcard visa payslip paystub contract offer reference recommendation
    이력서 자기소개서 자소서 경력기술서 포트폴리오 증명서 재직증명서 졸업증명서 성적증명서
    여권 신분증 주민등록등본 등본 초본 가족관계증명서 계약서 근로계약서 급여명세서 진단서
    지원서 입사지원서 신청서
"""
_KINDS = frozenset(_KINDS_TEXT.split())
_NOT_NAME_PARTS_TEXT = """
    final draft copy scan scanned new old updated update latest revised rev signed ver
    version eng kor english korean en ko kr us uk full short long page pages front back
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec my the and of for with
    최종 수정 수정본 최종본 사본 원본 스캔 영문 국문 한글 버전 제출 제출용
"""
_NOT_NAME_PARTS = frozenset(_NOT_NAME_PARTS_TEXT.split())
_CAMEL_NAME_RE = LazyPattern(r"[A-Z][a-z]+(?:[A-Z][a-z]+){0,2}")
_HANGUL_NAME_RE = LazyPattern(r"[가-힣]{2,4}")


def _name_part(part: str) -> bool:
    if part.lower() in _NOT_NAME_PARTS or part.lower() in _KINDS:
        return False
    if _CAMEL_NAME_RE.fullmatch(part) is not None:
        return not is_brand(part)
    return _HANGUL_NAME_RE.fullmatch(part) is not None and plausible_korean_name(part, strong=False)


def detect_file_name_names(text: str) -> Iterator[Hit]:
    """Names in the file names of personal papers (see the module)."""
    if "." not in text:
        return
    for m in _FILE_RE.finditer(text):
        stem = m.group("stem")
        parts = list(_PART_RE.finditer(stem))
        if not any(p.group(0).lower() in _KINDS for p in parts):
            continue
        base = m.start("stem")
        for part in parts:
            if _name_part(part.group(0)):
                yield Hit("person_name", base + part.start(), base + part.end(), 0.75, False)

"""Personal names where the context marks a person (Korean and English).

A name on its own is just a word; what makes it personal data here is a
context that says "this is a person": a title after it (``김민수 고객님``,
``홍길동 님``), a role or field label before it (``환자 이OO``,
``성명: 홍길동``, ``Patient John Smith``) or an honorific (``Dr. Jane Doe``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.famous_characters import is_a_famous_character
from core.privacy.late_public_figures_ko import asks_about_a_late_public_figure_ko
from core.privacy.placeholder_names_ko import is_placeholder_name_ko
from core.privacy.public_checks_58p import is_a_titled_works_author
from core.privacy.public_office_names import asks_about_a_public_office_holder
from core.privacy.public_record_datasets import is_public_dataset_record
from core.privacy.title_cased_phrases import in_a_title_cased_phrase
from core.privacy.titled_product_names import names_a_product
from core.privacy.types import Hit
from core.privacy.work_characters import asks_about_a_works_people

# Korean surnames by frequency (Statistics Korea census), most of the
# population; rarer surnames trade a little recall for fewer false matches.
_SINGLE_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄변채원방천공현함여염추도소석선설"
    "마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범팽승간상시단견당화창옹라리로루판아"
)
KOREAN_SURNAMES: tuple[str, ...] = tuple(_SINGLE_SURNAMES)
COMPOUND_SURNAMES: tuple[str, ...] = (
    "남궁",
    "황보",
    "제갈",
    "사공",
    "선우",
    "독고",
    "동방",
    "서문",
    "을지",
    "공손",
    "사마",
)

# Words that look like surname + given name but are common nouns, titles or
# determiners ("이번 고객님", "선생님", "정보를"). Checked on the whole match.
_NOT_NAMES_TEXT = """
    고객 손님 선생 사장 부장 과장 차장 회장 원장 교장 교수 대리 주임 이사 상무 전무 대표 팀장 실장
    본부장 소장 반장 조장 기사 작가 간호 간호사 의사 환자 보호자 담당 담당자 관리자 사용자 이용자
    신청자 작성자 여러분 우리 이번 지난 다음 이전 모든 전체 해당 기존 신규 일반 각각 주요 기타
    정보 정상 정말 정도 이상 이하 이후 이전 이유 이름 이용 이메일 김치 박사 최근 최대 최소 최고 최신
    장기 장애 조금 조사 조건 조회 한번 한국 한편 오늘 오전 오후 서비스 서류 서명 신규 신청 신고 신분
    권한 황금 안내 안녕 안전 송금 전화 전체 전문 전달 홍보 유지 유형 고객님 문의 문서 문제 양식
    손해 배송 배우 백신 허가 남자 남편 심사 노력 하나 하루 성명 성함 성별 차량 차례 주소 주문
    주민 우편 구매 구입 민원 나이 진료 진단 지역 지급 지난번 지점 원래 방문 방법 천천 공지 현재
    현금 함께 여기 여성 도움 소유 석사 선택 설명 마음 마지막 기간 기록 기본 반드시 금액 육아
    인증 인원 제출 제공 모두 국민 어머 어머니 은행 용도 예약 예금 경우 경험 부모 부분 가족 가입
    가능 복용 태어 목적 형제 감사 동생 동의 호실 상담 상품 시간 시작 단계 화면 창구 아버 아버지
    사람 사모 사무 사항 사원 사업 사장님 사위 누나 형님 언니 오빠 동료 친구 아들 자녀 부인 남매
    로그 리뷰 판매 아이 아기 가장 주인 마을 민간 진짜 원장님 선배 후배 어른 성인 노인 주간 방금
    우수 소중 단골 이분 그분 저분 유치 변경 동의 확인 주세 감사 남성 전원 기업 법인
    개인 일부 다수 소수 주요 상위 하위 우대
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())

# Compound surnames first so "남궁" is not read as surname "남" + given "궁...".
_SURNAME_ALT = "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "]"
# Given name: one or two syllables, or a masking run ("OO", "○○", "**").
_GIVEN = r"(?:[가-힣]{1,2}|[O○◯●*xX]{1,2})"
_KNAME = r"(?P<name>(?:" + _SURNAME_ALT + r")" + _GIVEN + r")"

# Syllables common in given names (first and second position). A two-syllable
# noun after a surname-like syllable rarely fits both sets: "상태가", "이름은",
# "고혈압" fail where "김민수", "이서연" pass.
_GIVEN_FIRST = frozenset(
    "민서지수현준도예하주은유시윤태정승재성동영상진경혜미소채다가나아연우원종호희세규건한선인기"
    "용명철광병석창대형의해효보라리린찬강범혁훈환율온이여순옥숙자말금봉길충두덕만일필양춘향슬새솔"
    "별빛누단로루애요제중차초홍화후휘"
)
_GIVEN_SECOND = frozenset(
    "수민호준현진우영희서연윤은지아원훈혁석철성재환빈율린정경주나미숙자순옥혜선하유람솔별결건찬규"
    "한기식용범동상태완화인열섭근광오구길덕만일필남래랑림비숙애옥웅욱익조찬채택표헌형휘흠희"
    "검겸균늘설슬률록륜령례리니모보봉산삼생소송승신실심안양언엽예온운월위육융임작장전제종중"
    "직창천청초춘충치탁평학함해행향협홍활황회효후흥"
)

# Titles after a name (the longest first so "고객님" wins over "고객").
TITLES_PATTERN = (
    r"고객님|고객|환자분|환자|선생님|교수님|과장님|부장님|차장님|팀장님|대리님|사장님|대표님|원장님|"
    r"실장님|간호사님|매니저님|매니저|주임님|보호자|님|씨"
)
_AFTER_TITLE = r"(?=$|[^가-힣A-Za-z]|께|에게|의|은|는|이|가|을|를|과|와|도|만)"
# Searches are anchored on the rare part (a title, a label, a mask) and only
# then look for the name next to it: a name-first pattern would be tried at
# every Hangul syllable, most of which are surname-like.
_TITLE_FIND_RE = LazyPattern("(?:" + TITLES_PATTERN + ")" + _AFTER_TITLE)
_NAME_BEFORE_RE = LazyPattern(_KNAME + r"[ \t]?\Z")
_KR_LABELS = (
    r"성명|성함|이름|환자명|고객명|환자|고객|담당의|담당자|주치의|간호사|보호자|예금주|수취인|"
    r"받는[ \t]?분|보내는[ \t]?분|신청인|작성자|대표자|상담사|상담원|피보험자|수신자|발신자|"
    # redteam34: a contact list's "담당 현가온 010-…" (the one in charge, 자 left out).
    r"담당"
)
_LABEL_FIND_RE = LazyPattern("(?:" + _KR_LABELS + r")[ \t]*(?P<colon>[:：=])?[ \t]*")
_NAME_AT_RE = LazyPattern(
    _KNAME + r"(?=$|[^가-힣]|님|씨|은|는|이|가|을|를|의|에게|께|와|과|도|고객|환자|선생|교수)"
)
_MASK_FIND_RE = LazyPattern(r"(?:OO|○○|◯◯|●●|\*\*|xx|XX)(?![가-힣A-Za-z])")
_SINGLE_SET = frozenset(KOREAN_SURNAMES)
_COMPOUND_SET = frozenset(COMPOUND_SURNAMES)
_MASK_CHARS = frozenset("O○◯●*xX")
_NOUN_SUFFIXES = frozenset("서한된인적들자용상등중과감도율비료금증표권실화")


def split_korean_name(name: str) -> tuple[str, str]:
    """``name`` as (surname, given name); a compound surname ("남궁") stays whole."""
    cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    return name[:cut], name[cut:]


def _given(name: str) -> str:
    return split_korean_name(name)[1]


def _is_masked(name: str) -> bool:
    given = _given(name)
    return bool(given) and all(ch in _MASK_CHARS for ch in given)


def _plausible_korean(name: str, *, strong: bool) -> bool:
    """Whether a surname + given-name match reads as a name.

    Args:
        name: The candidate (surname plus one or two syllables, or a mask).
        strong: True after a field label with a colon ("성명: ..."), where any
            syllables are accepted; elsewhere the given name must use common
            given-name syllables.
    """
    if _is_masked(name):
        return True
    given = _given(name)
    if not given or any(ch in _MASK_CHARS for ch in given) or name in _NOT_NAMES:
        return False
    # A listed noun plus a suffix syllable ("동의서", "소중한", "이상한") is a
    # word, not a name; "이상민" keeps its name syllable.
    if len(name) == 3 and name[:2] in _NOT_NAMES and name[2] in _NOUN_SUFFIXES:
        return False
    if strong:
        return True
    if len(given) == 1:
        return given in _GIVEN_FIRST or given in _GIVEN_SECOND
    return given[0] in _GIVEN_FIRST and given[1] in _GIVEN_SECOND


def _word_char(ch: str) -> bool:
    return "가" <= ch <= "힣" or ("a" <= ch.lower() <= "z")


def _free_before(text: str, i: int) -> bool:
    """Whether position ``i`` starts a word (no Hangul or Latin letter right before)."""
    return i == 0 or not _word_char(text[i - 1])


def detect_korean_names(text: str) -> Iterator[Hit]:
    """Korean names next to a title, a role/field label, or written masked."""
    for t in _TITLE_FIND_RE.finditer(text):
        m = _NAME_BEFORE_RE.search(text, max(0, t.start() - 5), t.start())
        if m is None or not _free_before(text, m.start()):
            continue
        name = m.group("name")
        if not _plausible_korean(name, strong=False):
            continue
        # Bare 님/씨 follow nouns too; a two-syllable match there needs a mask.
        if t.group(0) in {"님", "씨"} and len(name) < 3 and not _is_masked(name):
            continue
        # "故 신해철 님 추모 공연이 …?": a late public figure asked about (redteam35).
        if asks_about_a_late_public_figure_ko(text, m.start("name"), m.end("name")):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
    for lab in _LABEL_FIND_RE.finditer(text):
        if not _free_before(text, lab.start()):
            continue
        m = _NAME_AT_RE.match(text, lab.end())
        if m is None:
            continue
        name = m.group("name")
        colon = lab.group("colon") is not None
        if not _plausible_korean(name, strong=colon):
            continue
        # Without a colon, "담당자 변경" reads like a name; a full three-syllable
        # name (or a mask) is needed there.
        if not colon and len(name) < 3 and not _is_masked(name):
            continue
        # "작성 예시에 '성명: 홍길동'": a form's example name (redteam36).
        if is_placeholder_name_ko(text, m.start("name"), m.end("name")):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.95 if colon else 0.8, False)
    for mk in _MASK_FIND_RE.finditer(text):
        i = mk.start()
        if i >= 2 and text[i - 2 : i] in _COMPOUND_SET and _free_before(text, i - 2):
            yield Hit("person_name", i - 2, mk.end(), 0.7, False)
        elif i >= 1 and text[i - 1] in _SINGLE_SET and _free_before(text, i - 1):
            yield Hit("person_name", i - 1, mk.end(), 0.7, False)


_CAP = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_EN_HONORIFIC_RE = LazyPattern(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+(?P<name>"
    + _CAP
    + r"(?:[ \t]+(?:[A-Z]\.[ \t]+)?"
    + _CAP
    + r"){0,2})"
)
_EN_LABEL_WORDS = (
    "Patient name",
    "Patient",
    "Full name",
    "Name",
    "Client",
    "Customer",
    "Employee",
    "Applicant",
    "Guardian",
    "Beneficiary",
    "Account holder",
    "Cardholder",
    "Signed by",
    "Referred by",
    "Attending",
    "Physician",
    "Contact person",
)
# Literal alternatives (both capitalisations) instead of "[Pp]atient": a
# pattern that starts with literals lets the regex engine skip ahead.
_EN_LABEL_ALT = "|".join(
    [w.replace(" ", r"[ \t]+") for w in _EN_LABEL_WORDS]
    + [w[0].lower() + w[1:].replace(" ", r"[ \t]+") for w in _EN_LABEL_WORDS]
    + ["Dear"]
)
_EN_LABEL_RE = LazyPattern(
    "(?:"
    + _EN_LABEL_ALT
    + r")[ \t]*(?P<colon>[:=])?[ \t]*"
    + r"(?P<name>"
    + _CAP
    + r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+"
    + _CAP
    + r"){0,2})"
)
# Capitalised words that follow those labels without being names
# ("Patient Portal", "Customer Service Center").
_EN_NOT_NAMES_TEXT = """
    Care Portal Service Services Support Center Centre Information Info Record Records Number Id
    Safety Account Data Report Summary Details Detail Name Names The This That A An Is Was Has
    Experience Satisfaction Feedback Journey Success Relations Education Intake Chart File Files
    List Count Status Type Field Portal Login Sir Madam Team Customer Customers Patient Patients
    Client Clients Employee Employees Please Thank Thanks Hello Hi All Friends Colleagues Valued
    Member Members User Users Guide Manager Owner Holder Of For And Or On In At To Form Notes
    Review Request Management Agreement Policy Handbook Onboarding Profile Portfolio Segment
"""
_EN_NOT_NAMES = frozenset(_EN_NOT_NAMES_TEXT.split())


# Family-name particles written between a given name and the family name ("Cormac Ó
# Briain-Tessaro", "Anouk van der Berg"); the label rule's capitalised words stop at them.
NAME_PARTICLE = r"(?:Ó|Ní|Nic|Mac|Mc|Ua|O'|van|von|der|den|de|da|di|du|del|la|le|bin|al)"
_PARTICLE_TAIL_RE = LazyPattern(
    r"(?:[ \t]+" + NAME_PARTICLE + r")+[ \t]+[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-ZÀ-Þ]?[a-zß-ÿ]+)*"
)


# The rest of a word the ASCII name pattern stopped inside: "Prof. Ingrid Szymańska-Holt" was
# read as "Ingrid Szyma" (redteam35). Latin letters with accents, and hyphenated parts (not a
# Korean particle glued on: "Dr. Smith다").
_WORD_REST_RE = LazyPattern(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ɏ]+)*")


def _word_end(text: str, end: int) -> int:
    """``end``, moved to the end of its word when a name match stopped inside one."""
    if 0 < end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
        rest = _WORD_REST_RE.match(text, end)
        if rest is not None:
            return rest.end()
    return end


def _english_tokens(name: str) -> list[str]:
    return [t for t in name.split() if not (len(t) == 2 and t.endswith("."))]


def detect_english_names(text: str) -> Iterator[Hit]:
    """English names after an honorific or a person label."""
    for m in _EN_HONORIFIC_RE.finditer(text):
        if not _free_before(text, m.start()):
            continue
        tokens = _english_tokens(m.group("name"))
        # "Dr. Martens 1460 boots": a brand, not a doctor (redteam24); "Mr. Darcy … in
        # Pride and Prejudice, …?": a work's character (redteam28).
        if asks_about_a_works_people(text) or is_a_famous_character(text, m.start(), m.end()):
            continue
        # "Please Excuse My Dear Aunt Sally": a mnemonic's capitals (redteam44).
        if in_a_title_cased_phrase(text, m.start(), m.end("name")):
            continue
        # "was Dr. Anthony Fauci director of NIAID …?": an office-holder (redteam35).
        if asks_about_a_public_office_holder(text, m.start("name"), m.end("name")):
            continue
        # "the Titanic train.csv's 'Braund, Mr. Owen Harris'": a public data set (redteam41).
        if is_public_dataset_record(text, m.start(), m.end("name")):
            continue
        # "when was Dr. Fauci's memoir published?": a published work's author (redteam50).
        if is_a_titled_works_author(text, m.start(), _word_end(text, m.end("name"))):
            continue
        if tokens and tokens[0] not in _EN_NOT_NAMES and not names_a_product(text, m.end()):
            yield Hit("person_name", m.start("name"), _word_end(text, m.end("name")), 0.85, False)
    for m in _EN_LABEL_RE.finditer(text):
        if not _free_before(text, m.start()):
            continue
        name = m.group("name")
        tokens = _english_tokens(name)
        # Cut the name at the first non-name word ("John Smith Reports").
        keep: list[str] = []
        for tok in tokens:
            if tok in _EN_NOT_NAMES:
                break
            keep.append(tok)
        colon = m.group("colon") is not None
        if not keep or (len(keep) < 2 and not colon):
            continue
        if in_a_title_cased_phrase(text, m.start(), m.end("name")):
            continue
        start = m.start("name")
        end = start + name.index(keep[-1]) + len(keep[-1])
        # redteam34: the family name after a particle ("Patient: Cormac Ó Briain-Tessaro").
        tail = _PARTICLE_TAIL_RE.match(text, end)
        if tail is not None:
            end = tail.end()
        yield Hit("person_name", start, _word_end(text, end), 0.9 if colon else 0.8, False)


# Public handles for the introduction rules (core.privacy.intro_names).
KOREAN_NAME_PATTERN = _KNAME
CAPITALISED_WORD = _CAP


def given_name_syllables() -> tuple[frozenset[str], frozenset[str]]:
    """The syllables common in given names, in first and second position (for word lists
    generated against them, ``bench.privacy_chat_words``)."""
    return _GIVEN_FIRST, _GIVEN_SECOND


def plausible_korean_name(name: str, *, strong: bool) -> bool:
    """Whether a surname + given-name candidate reads as a name (see ``_plausible_korean``)."""
    return _plausible_korean(name, strong=strong)


def is_english_non_name(word: str) -> bool:
    """Whether ``word`` is a capitalised word that follows person labels without being a name."""
    return word in _EN_NOT_NAMES

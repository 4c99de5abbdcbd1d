"""Round 56's rules (blind56p) on sentences written for these tests (none is a sentence of
set 56).

Each form is written at least five ways unlike the case file's wording (other names, numbers,
word order, the other language) and is found; with its widening out of the scanner it is
missed. Each form has near-miss negatives (same words, another meaning) that stay public, and
each public look-alike of the set passes only through its own predicate (switched off, the
text is held).

Forms: a name given in a correction with 말고 ("예약자명을 NAME 말고 NAME으로", intro_names); a
display name alone on a pasted mail's header line, beside other header lines ("보낸사람: NAME",
mail_header_names); a 주민번호's halves with a comma before the back half's word, and its front
half after "주민번호를 '…" (korean); a Chinese 身份证 number after the Korean word 번호
(asia_pacific_national_ids); a mobile's front read out in pieces ("공일공에 팔칠 하나 둘",
phone_halves) and the rest of it in four digit words after a position word ("나머지는 다섯 여섯 칠
구", phone_halves); a card's security code after its label, in digits or number words (ids); a part
of an account number given by where it sits ("account number starts 4471", uk_account_numbers).
Look-alikes: a company's 사업자등록번호 read off its website (corporate_business_numbers); a
public institution's phone named by its kind ("국립중앙박물관 전화번호 …", main_lines); a
landmark's street line with its postcode ("10 Downing Street, London SW1A 2AA", uk_addresses).
"""

from __future__ import annotations

import pytest

import core.privacy.asia_pacific_national_ids
import core.privacy.corporate_business_numbers
import core.privacy.ids
import core.privacy.intro_names
import core.privacy.korean
import core.privacy.mail_header_names
import core.privacy.main_lines
import core.privacy.phone_halves
import core.privacy.spoken_phone_groups
import core.privacy.uk_account_numbers
import core.privacy.uk_addresses
from core.lazy_regex import LazyPattern
from tests.core.privacy import scanner_switch as switch

_NO_MATCH = LazyPattern(r"(?!)")


# The patterns as they were before this round (the switch-off controls).
def _old_rrn_split(mp: pytest.MonkeyPatch) -> None:
    korean = core.privacy.korean
    old = korean._RRN_SPLIT_RE.pattern.replace(r"(?:,[ \t]*)?(?:뒷자리는?|뒤는?|뒷번호는?)", "")
    mp.setattr(korean, "_RRN_SPLIT_RE", LazyPattern(old))


def _old_front_half_label(mp: pytest.MonkeyPatch) -> None:
    korean = core.privacy.korean
    old = korean._FRONT_HALF_LABELS.pattern.replace("|를|을)?[ \\t]*['\\\"‘“]?", ")?")
    assert old != korean._FRONT_HALF_LABELS.pattern
    mp.setattr(korean, "_FRONT_HALF_LABELS", LazyPattern(old))


def _no_account_parts(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.uk_account_numbers, "_ACCOUNT_PART_RE", _NO_MATCH)
    mp.setattr(core.privacy.uk_account_numbers, "_PART_END_RE", _NO_MATCH)


def _no_spoken_rest(mp: pytest.MonkeyPatch) -> None:
    # blind57p widened core.privacy.spoken_phone_groups to groups said with spaces or in
    # native words, a second defence that also reads these after a back label: both off.
    mp.setattr(core.privacy.phone_halves, "_SPOKEN_REST", _NO_MATCH)
    mp.setattr(core.privacy.spoken_phone_groups, "_GROUP_RE", _NO_MATCH)


def _old_gap(mp: pytest.MonkeyPatch) -> None:
    mod = core.privacy.asia_pacific_national_ids
    checks = []
    for cues, pattern, valid in mod._CHECKS:
        checks.append((cues, LazyPattern(pattern.pattern.replace("|번호|", "|")), valid))
    mp.setattr(mod, "_CHECKS", tuple(checks))


WIDENED: list[switch.Widened] = [
    # A name given in a correction with 말고 (intro_names).
    *[
        (text, part, switch.off(core.privacy.intro_names, "_KO_INSTEAD_RE", _NO_MATCH))
        for text, part in [
            ("예약자 이름을 남궁민수 말고 남궁민서로 바꿔주세요", "남궁민서"),
            ("성함을 박서준 말고 박서중으로 고쳐 주실 수 있나요", "박서준"),
            ("수령인 황보윤 말고 황보윤아로 적어야 해요", "황보윤아"),
            ("명의자를 송하람 말고 송하랑으로 정정 부탁드립니다", "송하랑"),
            ("airline said to fix it: 예약자명 엄지원 말고 엄지운 으로", "엄지운"),
        ]
    ],
    # A display name alone on a header line of a pasted mail (mail_header_names).
    *[
        (text, part, switch.off(core.privacy.mail_header_names, "_BARE_HEADER_RE", _NO_MATCH))
        for text, part in [
            ("요약해줘\n보낸 사람: 추서현\n제목: 계약 갱신\n본문입니다", "추서현"),
            ("받는사람: 용재희\n참조: 인사팀\n제목: 면접 일정", "용재희"),
            ("is this spam?\n보낸사람: 탁세윤\n제목: 환불 안내\n링크를 누르세요", "탁세윤"),
            ("받는 사람: 변하준\n보낸 날짜: 2026년 11월 3일\n제목: 회의록", "변하준"),
            ("> 보낸사람: 제갈윤서\n> 받는사람: 영업팀\n> 제목: 단가표", "제갈윤서"),
        ]
    ],
    # A 주민번호's halves with a comma before the back half's word (korean).
    *[
        (text, part, _old_rrn_split)
        for text, part in [
            ("주민번호 880412, 뒷자리는 1048272 야", "880412, 뒷자리는 1048272"),
            ("아빠 주민번호 앞자리 760530, 뒤는 2057148", "760530, 뒤는 2057148"),
            ("주민등록번호 930101 , 뒷번호는 1177201 맞아?", "930101 , 뒷번호는 1177201"),
            (
                "주민번호 팔오공칠이이, 뒷자리는 이육공사삼일칠 이래",
                "팔오공칠이이, 뒷자리는 이육공사삼일칠",
            ),
            ("주민등록번호는 011209, 뒤는 3048151 이에요", "011209, 뒤는 3048151"),
        ]
    ],
    # The front half after "주민번호를 '…" (korean).
    *[
        (text, part, _old_front_half_label)
        for text, part in [
            ("엄마가 주민번호를 '880412' 라고만 알려줬어", "880412"),
            ("주민번호를 760530 으로 적었는데 맞아?", "760530"),
            ('생년월일을 "930101" 로 넣으래', "930101"),
            ("동생 주민등록번호를 ‘011209’ 까지만 썼어", "011209"),
            ("주민번호를 850722 까지 입력했는데 다음 칸이 안 열려", "850722"),
        ]
    ],
    # A 身份证 number after the Korean word 번호 (asia_pacific_national_ids).
    *[
        (text, part, _old_gap)
        for text, part in [
            ("상하이 직원 身份证 번호 310104199203041529 맞는지 봐줘", "310104199203041529"),
            ("身份证번호는 440305198509171520 이야", "440305198509171520"),
            ("중국 신분증 번호가 320102199708221524 인데", "320102199708221524"),
            ("居民身份证 번호: 350203199006151522", "350203199006151522"),
            (
                "her 身份证 번호 is 120101198805051522 - is the 05 the birth day?",
                "120101198805051522",
            ),
        ]
    ],
    # A mobile's front read out in pieces (phone_halves).
    *[
        (text, part, switch.off(core.privacy.phone_halves, "_SPOKEN_MOBILE_FRONT", _NO_MATCH))
        for text, part in [
            ("엄마 번호 공일공에 칠칠 여섯 여덟", "공일공에 칠칠 여섯 여덟"),
            ("my number starts 010 48 27, rest later", "010 48 27"),
            ("새 폰 번호 앞은 010-3 91 5 이고", "010-3 91 5"),
            ("제 번호 공일공에 삼삼 칠 까지만 먼저 보낼게", "공일공에 삼삼 칠"),
            ("call my phone, it starts 011 7 40 2", "011 7 40 2"),
        ]
    ],
    # The rest of a mobile read in four digit words after its front (phone_halves).
    *[
        (text, part, _no_spoken_rest)
        for text, part in [
            ("엄마 번호 010-4417 이고 끝자리는 일 사 공 팔", "일 사 공 팔"),
            ("폰 번호 앞은 공일공 칠칠사일, 마지막 네 자리는 구구팔칠이야", "구구팔칠"),
            ("my phone starts 010 4827 then 나머지는 셋 둘 하나 공", "셋 둘 하나 공"),
            ("연락처 공일공에 이이 삼삼 나머지 오 육 칠 팔 이요", "오 육 칠 팔"),
            ("제 번호 010 9921 에 뒷번호는 여덟 하나 둘 셋", "여덟 하나 둘 셋"),
        ]
    ],
    # A part of an account number given by where it sits (uk_account_numbers).
    *[
        (text, part, _no_account_parts)
        for text, part in [
            ("the account number starts 4471, I'll send the rest", "4471"),
            ("my acct no. begins with 2093", "2093"),
            ("her account number ends in 7710 - is that the Monzo one?", "7710"),
            ("a/c starts 40512 and ends 338", "338"),
            ("계좌 말고 UK account no begins 8820 이야", "8820"),
        ]
    ],
    # A card's security code after its label (ids).
    *[
        (text, part, switch.off(core.privacy.ids, "_CVC_RE", _NO_MATCH))
        for text, part in [
            ("card ends 4412 and the CVV is 908", "908"),
            ("CVC: seven two two, expiry next May", "seven two two"),
            ("카드 보안코드는 삼팔일 이야", "삼팔일"),
            ("Amex CID... no, the card code is 4471", "4471"),
            ("CVV2 is 0193 on my card", "0193"),
            ("my Visa's CVC, it's three one four - safe to send?", "three one four"),
        ]
    ],
]
test_each_widening_is_needed = switch.widening_tests(WIDENED)

test_near_misses_stay_public = switch.public_tests(
    [
        # Near misses: the same words with no one's data.
        "이름 말고 별명으로 불러줘",
        "예약자명은 영문 말고 한글로 써야 해?",
        "보낸사람: 고객센터\n제목: 배송 안내\n배송이 시작되었습니다",
        "From: Jira\nSubject: Issue assigned\nDate: Monday",
        "Subject: Weekly report\nTo: Engineering Team",
        "주민번호 앞자리, 뒷자리는 각각 뭘 뜻해?",
        "주민번호를 어디에 적어야 해?",
        "身份证 번호는 몇 자리야?",
        "버전 010 87 12 릴리스 노트 봐줘",
        "공일공 다음 번호 체계는 어떻게 돼?",
        "주문 번호 4417 나머지는 일 사 공 팔 순서로 보내래",
        "대기 번호 12 번인데 마지막은 일이 많아서 늦는대",
        "the account ends on 31 March - what happens then?",
        "the account starts 2024 season with a new plan",
        "the ticket number starts 4471 and ends 0938",
        "what is a CVC and why is it 3 digits?",
        "CVV 2 is required on the form - what does the 2 mean?",
        "enter the security code we texted you",
    ]
)

LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "쿠팡 홈페이지 하단 사업자등록번호 120-88-00767 맞아?",
        switch.off(core.privacy.corporate_business_numbers, "_PUBLISHED_ON_SITE_RE", _NO_MATCH),
    ),
    (
        "카카오 홈페이지 맨 아래에 사업자등록번호 120-81-47521 라고 적혀 있어",
        switch.off(core.privacy.corporate_business_numbers, "_PUBLISHED_ON_SITE_RE", _NO_MATCH),
    ),
    (
        "국립현대미술관 전화번호 02-3701-9500 으로 도슨트 예약돼?",
        switch.off(core.privacy.main_lines, "_INSTITUTION_LABEL_RE", _NO_MATCH),
    ),
    (
        "시립도서관 번호는 031-828-8700 이야?",
        switch.off(core.privacy.main_lines, "_INSTITUTION_LABEL_RE", _NO_MATCH),
    ),
    (
        "letters for the Chancellor go to 11 Downing Street, London SW1A 2AB?",
        switch.off(core.privacy.uk_addresses, "_NUMBER_BEFORE_RE", _NO_MATCH),
    ),
    (
        "fans post letters to 221B Baker Street, London NW1 6XE every year",
        switch.off(core.privacy.uk_addresses, "_NUMBER_BEFORE_RE", _NO_MATCH),
    ),
]
test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # The writer's own, though the look-alike's predicate is near.
        ("우리 엄마 전화번호 02-2077-9000 저장해줘", "02-2077-9000"),
        ("국립중앙박물관 근처 사는 친구 전화번호 02-2077-9123", "02-2077-9123"),
        ("사업자등록번호 220-81-62517 확인해줘", "220-81-62517"),
        ("I live at 12 Downing Street, London SW1A 2AA", "12 Downing Street"),
        ("my flat: Mulberry Close, Bristol BS7 9PL", "Mulberry Close"),
    ],
)
def test_personal_twins_of_the_look_alikes_stay_held(text: str, part: str) -> None:
    assert any(part in found for found in switch.found_texts(text)), switch.found_texts(text)

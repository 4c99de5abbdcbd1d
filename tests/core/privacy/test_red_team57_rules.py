"""Round 57's rules (blind57p) on sentences written for these tests (none is a sentence of
set 57).

Each form is written at least five ways unlike the case file's wording (other names, numbers,
word order, the other language) and is found; with its widening switched off it is missed.
Near misses (same words, another meaning) stay public, and each public look-alike of the set
passes only through its own predicate (switched off, the text is held).

Forms: Yoruba "èmi ni …" (self_intros_57p); an Arabic name with a compound part ("عبد الرزاق",
script_self_intros); a chat line copied time first ("[오후 3:12] NAME: …", chat_export_names); a
message signed after a dash ("… 주세요. — 은결", signature_names); a birth date in number words
with a two-digit year and 생 ("팔십구년 유월 십사일생", spoken_dates); a phone group said with
spaces or in native words ("가운데는 넷 둘 아홉 셋", spoken_phone_groups) and an owned mobile's bare
front in words ("제 번호 … 앞은 공일공이고요", numeric_forms_55p); a passport number read out after
how it was read ("여권번호를 전화로 '엠 …'", spoken_passports_ko); a 주민번호's halves joined by
"그 다음은" (korean); an IBAN spaced in odd places (iban); a card's CVV2 a few words after its
label ("the CVV2 on the back reads 0193", ids); a Han name under a quoted JSON key ("氏名":
"…", han_name_labels) and a Japanese mobile after 携帯 (trunk_zero_phones); a Korean mobile
grouped in odd places ("010-62 48-3091", symbol_split_phones); a numbered new-town road
("세종시 보듬3로 117", address); a French flat's building, stair, floor and door before its street
line ("Bât. B, esc. 2, 4e étage, porte gauche, 17 rue …", european_addresses). Look-alikes: an
investor-relations mailbox (public_checks_58p); a public institution's branch and number
with no label ("국립현대미술관 서울관 02-…", main_lines); a landmark's street with its city
quadrant ("1600 Pennsylvania Avenue NW", landmark_addresses).
EXTRA (a known miss on main): a Korean one-time code or PIN in words with its copula glued on,
spaced or in native words ("인증번호 일이삼사오육이에요", spoken_secret_codes).
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.chat_export_names
import core.privacy.european_addresses
import core.privacy.han_name_labels
import core.privacy.iban
import core.privacy.ids
import core.privacy.korean
import core.privacy.landmark_addresses
import core.privacy.main_lines
import core.privacy.numeric_forms_55p
import core.privacy.public_checks_58p
import core.privacy.script_self_intros
import core.privacy.self_intros_57p
import core.privacy.signature_names
import core.privacy.spoken_dates
import core.privacy.spoken_passports_ko
import core.privacy.spoken_phone_groups
import core.privacy.spoken_secret_codes
import core.privacy.symbol_split_phones
import core.privacy.trunk_zero_phones
from core.lazy_regex import LazyPattern
from tests.core.privacy import scanner_switch as switch

_NO_MATCH = LazyPattern(r"(?!)")


# The patterns as they were before this round (the switch-off controls).
def _old_korean_code(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(
        core.privacy.spoken_secret_codes,
        "_KO_RUN",
        LazyPattern(
            r"(?:비밀[ \t]?번호|비번|핀[ \t]?번호|암호|인증[ \t]?번호|현관[ \t]?번호|"
            r"도어락[ \t]?번호)"
            r"(?:은|는|이|가|을|를|도)?[ \t]*(?:[:=][ \t]*)?"
            r"(?P<value>[공영일이삼사오육칠팔구]{4,8})(?![가-힣])"
        ),
    )


def _replaced(module: object, name: str, new: str, old: str) -> switch.Switch:
    def apply(mp: pytest.MonkeyPatch) -> None:
        pattern = getattr(module, name).pattern
        assert new in pattern
        mp.setattr(module, name, LazyPattern(pattern.replace(new, old)))

    return apply


_OLD_YORUBA = _replaced(core.privacy.self_intros_57p, "_LATIN_RE", "|[eè]\\u0300?mi[ \\t]+ni", "")
_OLD_ARABIC_WORD = switch.off(
    core.privacy.script_self_intros,
    "_AR_WORD_RE",
    LazyPattern(core.privacy.script_self_intros._AR_LETTERS + "+"),
)
_OLD_PASSPORT_GAP = _replaced(
    core.privacy.spoken_passports_ko,
    "_PASSPORT_RE",
    "(?:[가-힣]{1,4}(?:으로|로)[ \\t]+)?['\\\"‘“]?[ \\t]*",
    "",
)
_OLD_RRN_THEN = _replaced(
    core.privacy.korean, "_RRN_SPLIT_RE", "(?:그[ \\t]?)?다음(?:은|엔|이)|", ""
)
_OLD_HAN_KEY = _replaced(
    core.privacy.han_name_labels,
    "_LABEL_RE",
    "(?:[\\\"'」][ \\t]*[:：][ \\t]*[\\\"'「]|[ \\t]*[:：]?)",
    "[ \\t]*[:：]?",
)
_OLD_JA_PHONE_WORDS = _replaced(
    core.privacy.trunk_zero_phones, "_PHONE_WORDS", "|携帯|電話|手机|手機|联系|聯絡", ""
)
_OLD_NUMBERED_ROAD = _replaced(
    core.privacy.address, "_KR_ADDRESS_RE", "(?:[0-9]{1,2}(?=로|길))?", ""
)


_OLD_INSTITUTION_LABEL = LazyPattern(
    r"[가-힣]{1,12}(?:박물관|미술관|도서관|과학관|기념관|체육관|병원|의료원|보건소|시청|"
    r"구청|군청|도청|주민센터|행정복지센터|대학교|대사관|영사관|공단|공사)(?:의)?[ \t]*"
    r"(?:전화(?:[ \t]?번호)?|번호|연락처)(?:는|은|가|이|로|으로)?"
    r"[ \t]*[:：]?[ \t]*\(?[ \t]*\Z"
)


def _old_phone_group(mp: pytest.MonkeyPatch) -> None:
    mod = core.privacy.spoken_phone_groups
    token = mod._TOKEN + r"(?:[ \t]?" + mod._TOKEN + r"){3}"
    old = mod._SYLLABLE + "{4}"
    assert token in mod._GROUP_RE.pattern
    mp.setattr(mod, "_GROUP_RE", LazyPattern(mod._GROUP_RE.pattern.replace(token, old)))
    mp.setattr(mod, "_FOUR_SYLLABLES", LazyPattern(old))


WIDENED: list[switch.Widened] = [
    # Yoruba "èmi ni …" (self_intros_57p).
    *[
        (text, part, _OLD_YORUBA)
        for text, part in [
            (
                "the Abeokuta driver texted 'Ẹ káàsán, èmi ni Tèmítọ́pẹ́ Ọdúnsì' - who is he?",
                "Tèmítọ́pẹ́ Ọdúnsì",
            ),
            ("요루바어로 'Èmi ni Kúnlé Àjàyí, olùkọ́ yín' 가 무슨 뜻이야?", "Kúnlé Àjàyí"),
            ("voicemail: emi ni Bọ́sẹ̀ Adéyẹmí, ẹ pè mí padà", "Bọ́sẹ̀ Adéyẹmí"),
            ("the new tenant wrote 'Ẹ n lẹ́, èmi ni Dàmilọ́lá' on the note", "Dàmilọ́lá"),
            (
                "translate 'Ẹ kúùrọ̀lẹ́, èmi ni Ìbùkún Fáṣọlá-Ògúnlànà' please",
                "Ìbùkún Fáṣọlá-Ògúnlànà",
            ),
        ]
    ],
    # An Arabic name with a compound part (script_self_intros).
    *[
        (text, part, _OLD_ARABIC_WORD)
        for text, part in [
            ("رسالة: اسمي سامي عبد الله القحطاني وأنا المحاسب", "سامي عبد الله القحطاني"),
            ("the Riyadh client said 'اسمي فهد بن ناصر العتيبي' - Mr what?", "فهد بن ناصر العتيبي"),
            ("اسمي نورة بنت خالد السبيعي من فضلك", "نورة بنت خالد السبيعي"),
            ("번역해줘: 'مرحبا، اسمي عمر أبو بكر الهاشمي'", "عمر أبو بكر الهاشمي"),
            ("اسمي ليلى عبد الكريم النجار وأنا مديرة المشروع", "ليلى عبد الكريم النجار"),
        ]
    ],
    # A chat line copied time first (chat_export_names).
    *[
        (
            text,
            part,
            switch.off(core.privacy.chat_export_names, "_BRACKET_TIME_FIRST_RE", _NO_MATCH),
        )
        for text, part in [
            ("정리해줘\n[오전 9:41] 탁하윤: 오늘 회의 미뤄도 돼?\n[오전 9:42] 나: 응", "탁하윤"),
            ("[오후 11:03] 모서진: 도착했어\n[오후 11:04] 모서진: 문 열어줘", "모서진"),
            (
                "what's the tone here?\n[2:05 PM] Idris Vanterpool: not happy with the draft",
                "Idris Vanterpool",
            ),
            ("[9:14 AM] Marisol: can you cover my shift\n[9:15 AM] You: sure", "Marisol"),
            ("요약:\n[오후 2:30] 하람: 내일 병원 같이 가줘", "하람"),
        ]
    ],
    # A message signed after a dash (signature_names).
    *[
        (text, part, switch.off(core.privacy.signature_names, "_KO_DASH_SIGNATURE_RE", _NO_MATCH))
        for text, part in [
            ("문자 다듬어줘: '내일 늦을 것 같아요. 먼저 시작해 주세요. — 도윤'", "도윤"),
            ("이 쪽지 괜찮아? '택배 대신 받아주셔서 감사합니다! — 302호 주민 변서아'", "변서아"),
            ("팀장님 오늘 조퇴하겠습니다 – 라온", "라온"),
            ("카드 문구: 생일 축하해, 늘 고마워. -- 지안", "지안"),
            ("fix the Korean: '회의 자료 공유드립니다. — 남궁하율'", "남궁하율"),
        ]
    ],
    # A birth date in number words with a two-digit year and 생 (spoken_dates).
    *[
        (text, part, switch.off(core.privacy.spoken_dates, "_BIRTH_SUFFIX_AFTER", _NO_MATCH))
        for text, part in [
            ("저 구십일년 팔월 이십삼일생이에요", "구십일년 팔월 이십삼일생"),
            ("동생은 공삼년생 아니고 구십구년 시월 오일생", "구십구년 시월 오일생"),
            ("엄마는 육십팔년 유월 삼십일 생이셔", "육십팔년 유월 삼십일 생"),
            ("칠십오년 일월 일일 출생이라고 적어줘", "칠십오년 일월 일일 출생"),
            (
                "my Korean friend says she is 팔십칠년 십이월 이십오일생",
                "팔십칠년 십이월 이십오일생",
            ),
        ]
    ],
    # A phone group said with spaces or in native words (spoken_phone_groups).
    *[
        (text, part, _old_phone_group)
        for text, part in [
            ("엄마 번호 가운데는 일곱 여덟 둘 하나야", "일곱 여덟 둘 하나"),
            ("제 번호 끝은 구구 삼일이요", "구구 삼일"),
            ("폰 번호 중간은 다섯 공 여섯 이 이고", "다섯 공 여섯 이"),
            ("아빠 번호 마지막은 셋 셋 넷 넷", "셋 셋 넷 넷"),
            ("연락처 적어줘, 가운데 자리는 사 육 팔 공", "사 육 팔 공"),
        ]
    ],
    # An owned mobile's bare front said in words (numeric_forms_55p).
    *[
        (text, part, switch.off(core.privacy.numeric_forms_55p, "_KO_SPOKEN_FRONT_RE", _NO_MATCH))
        for text, part in [
            ("엄마 번호 불러줄게. 앞은 공일공이야", "공일공"),
            ("기사님 번호 앞자리는 공일공이고 나머지는 문자로 줄게", "공일공"),
            ("내 폰 번호 앞번호는 영일공, 가운데는 나중에", "영일공"),
            ("동생 휴대폰 번호 앞은 공일일이에요", "공일일"),
            ("박 과장님 번호 앞부분이 공일칠 이고요", "공일칠"),
        ]
    ],
    # A passport number read out after how it was read (spoken_passports_ko).
    *[
        (text, part, _OLD_PASSPORT_GAP)
        for text, part in [
            ("여권번호를 문자로 '엠 일이삼 에이 사오육칠' 보냈어", "엠 일이삼 에이 사오육칠"),
            ("남편 여권번호는 전화로 엠 팔팔 공공 일이삼사 라고 했어", "엠 팔팔 공공 일이삼사"),
            ("여권번호를 카톡으로 “엠 구팔칠 육오사 삼이” 받았어", "엠 구팔칠 육오사 삼이"),
            ("여권 번호 메모로 '에스 공일이 삼사오 육칠' 적어둠", "에스 공일이 삼사오 육칠"),
            ("아이 여권번호를 말로 엠 사사 이이 칠칠 공공 불러줌", "엠 사사 이이 칠칠 공공"),
        ]
    ],
    # A 주민번호's halves joined by "그 다음은" (korean).
    *[
        (text, part, _OLD_RRN_THEN)
        for text, part in [
            ("주민번호 880412 그 다음은 1048272 야", "880412 그 다음은 1048272"),
            ("엄마 주민번호 760530 다음은 2057148", "760530 다음은 2057148"),
            ("주민등록번호 930101 그다음은 1177201", "930101 그다음은 1177201"),
            (
                "주민번호 팔오공칠이이 그 다음이 이육공사삼일칠",
                "팔오공칠이이 그 다음이 이육공사삼일칠",
            ),
            ("her 주민번호 is 011209 다음엔 3048151", "011209 다음엔 3048151"),
        ]
    ],
    # An IBAN spaced in odd places (iban).
    *[
        (text, part, switch.off(core.privacy.iban, "_SPACED_RE", _NO_MATCH))
        for text, part in [
            ("pay rent to DE92 14247 015 36355 72017 by Friday", "DE92 14247 015 36355 72017"),
            ("집주인 계좌 GB08 MI DL95 063650 827994 로 보내래", "GB08 MI DL95 063650 827994"),
            ("her account: AT10 44969 33544 246138", "AT10 44969 33544 246138"),
            ("the invoice says DK29 9715 819020 2506", "DK29 9715 819020 2506"),
            ("send it to IE77 AI BK29 3028 45843 127, thanks", "IE77 AI BK29 3028 45843 127"),
        ]
    ],
    # A one-time code or PIN in Korean words, its copula glued on, spaced or native (EXTRA,
    # spoken_secret_codes).
    *[
        (text, part, _old_korean_code)
        for text, part in [
            ("인증번호 사팔공일구삼이에요 불러드릴까요?", "사팔공일구삼"),
            ("비번 칠칠 공오야 잊지 마", "칠칠 공오"),
            ("인증번호는 '둘 셋 아홉 하나'래", "둘 셋 아홉 하나"),
            ("도어락 번호 오오삼일이고 바꿀 거야", "오오삼일"),
            ("인증번호 구 일 육 팔 사 공 이라고 왔어", "구 일 육 팔 사 공"),
        ]
    ],
    # A card's CVV2 a few words after its label (ids).
    *[
        (text, part, switch.off(core.privacy.ids, "_CVC_FAR_RE", _NO_MATCH))
        for text, part in [
            ("the CVV2 printed on the back of my Visa reads 4417", "4417"),
            ("the agent asked for the CVV and I said 2 8 1 - bad idea?", "2 8 1"),
            ("CVC on my new card shows 095, is it activated?", "095"),
            ("the CVV on the back of the card says six oh two", "six oh two"),
            ("카드 CVV2 on the back says 318 라고 알려줬어", "318"),
        ]
    ],
    # A Han name under a quoted JSON key (han_name_labels).
    *[
        (text, part, _OLD_HAN_KEY)
        for text, part in [
            ('parse this: {"氏名": "高橋 悠真", "部署": "営業"}', "高橋 悠真"),
            ("{'姓名': '王梓涵', 'city': '上海'}", "王梓涵"),
            ('"患者名":"中村 結衣" 이게 깨져 보여', "中村 結衣"),
            ('CSV 헤더가 "名前","年齢" 이고 값이 "名前": "佐藤 陽翔"', "佐藤 陽翔"),
            ('{"申请人": "陈思远", "type": "visa"}', "陈思远"),
        ]
    ],
    # A Japanese or Chinese mobile after its own phone word (trunk_zero_phones).
    *[
        (text, part, _OLD_JA_PHONE_WORDS)
        for text, part in [
            ("携帯 080-4521-7733 にかけて", "080-4521-7733"),
            ("名刺の電話: 090-6612-3408", "090-6612-3408"),
            ('{"携帯": "080-3318-2290"}', "080-3318-2290"),
            ("her 手机 is 0912 345 678 in Taipei", "0912 345 678"),
            ("電話番号は 080 2234 5519 です", "080 2234 5519"),
        ]
    ],
    # A Korean mobile grouped in odd places (symbol_split_phones).
    *[
        (
            text,
            part,
            switch.off(core.privacy.symbol_split_phones, "_ODD_GROUPED_MOBILE_RE", _NO_MATCH),
        )
        for text, part in [
            ("총무 번호 010-47 21-9935 맞아?", "010-47 21-9935"),
            ("call 010 2 938 44 71 after six", "010 2 938 44 71"),
            ("엄마 폰 010.55.20.1187 로 보내줘", "010.55.20.1187"),
            ("명단에 016-3 48-22 917 로 적혀 있어", "016-3 48-22 917"),
            ("my sister: 010 77 31 2246", "010 77 31 2246"),
        ]
    ],
    # A French flat's parts before its street line (european_addresses).
    *[
        (
            text,
            part,
            switch.off(core.privacy.european_addresses, "_FR_UNITS_BEFORE_RE", _NO_MATCH),
        )
        for text, part in [
            ("envoie-le à Bât. C, 3e étage, 22 rue Oberkampf, Paris", "Bât. C, 3e étage"),
            ("her flat: esc. A, porte droite, 9 boulevard Voltaire", "esc. A, porte droite"),
            ("주소는 Appt 41, 6 avenue Jean-Jaurès, Lyon 이야", "Appt 41"),
            ("Bâtiment 2, 1er étage, 48 chemin des Vignes", "Bâtiment 2, 1er étage"),
            ("c/o Mme Roux, porte 14, 3 bis rue des Lilas", "porte 14"),
        ]
    ],
    # A numbered new-town road (address).
    *[
        (text, part, _OLD_NUMBERED_ROAD)
        for text, part in [
            ("이사 간 곳이 세종시 도움6로 31 이야", "세종시 도움6로 31"),
            ("택배 주소: 세종특별자치시 나성북1로 12", "세종특별자치시 나성북1로 12"),
            ("언니 집 세종시 한누리대로 2150 근처 말고 세종시 가름1로 8", "세종시 가름1로 8"),
            ("ship to 세종시 보람2로 44", "세종시 보람2로 44"),
            ("주소는 세종 다정5로 17 이에요", "세종 다정5로 17"),
        ]
    ],
]
test_each_widening_is_needed = switch.widening_tests(WIDENED)

test_near_misses_stay_public = switch.public_tests(
    [
        # Near misses: the same words with no one's data.
        "Yoruba: what does 'èmi ni' mean, and how is it different from 'orúkọ mi ni'?",
        "how do I say 'my name is' (اسمي) in Arabic?",
        "[오후 3:00] 알림: 회의 시작\n[오후 3:05] 공지: 2층 회의실",
        "[오전 9:00] 회의: 2층\n[오전 10:30] 점심: 구내식당",
        "보고서 마무리했습니다. — 이상",
        "회의는 여기까지입니다. — 끝",
        "이십년 삼월 오일에 시작한 프로젝트야",
        "회의 끝은 다섯 시 반이야",
        "step one two three of the guide",
        "인증번호 이사 가면 바뀌어?",
        "비밀번호 일이 많아서 못 바꿨어",
        "휴대폰 번호 앞은 다 공일공이야?",
        "번호 앞에 공일공을 붙여야 해?",
        "주문 번호 끝은 일 이 삼 사 야",
        "영화 끝은 일 이 삼 사 분 전에 알았어",
        "여권을 전화로 신청할 수 있어?",
        "주민번호 그 다음은 뭘 적어야 해?",
        "model code AB12 CDEF GHIJ KLMN OP is out of stock",
        "the CVV2 on a Visa is 3 digits, on Amex 4",
        "CVV2 was introduced in 1997 by Visa",
        "the CVV2 check failed and the error code is 2041",
        '{"氏名": "", "部署": "営業"}',
        "携帯の料金プランを比べて",
        "버전 010-62 48 릴리스 노트",
        "ring the Leeds office on 0113 496 0555",
        "세종시 보듬3로 라는 길 이름은 무슨 뜻이야?",
        "what do 'porte gauche' and '4e étage' mean on a French address?",
        "the Bât. B entrance of the Louvre is closed, use rue de Rivoli",
    ]
)

LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "삼성전자 IR 사이트에 나온 ir@samsung.com 으로 실적 자료 요청해도 돼?",
        switch.off(
            core.privacy.public_checks_58p,
            "_FUNCTION_WORDS",
            core.privacy.public_checks_58p._FUNCTION_WORDS - {"ir", "investor", "investors"},
        ),
    ),
    (
        "is investors@tesla.com still the right place for shareholder questions?",
        switch.off(
            core.privacy.public_checks_58p,
            "_FUNCTION_WORDS",
            core.privacy.public_checks_58p._FUNCTION_WORDS - {"ir", "investor", "investors"},
        ),
    ),
    (
        "국립중앙도서관 본관 02-590-0500 으로 전화하면 자료 복사 신청돼?",
        switch.off(
            core.privacy.main_lines,
            "_INSTITUTION_LABEL_RE",
            _OLD_INSTITUTION_LABEL,
        ),
    ),
    (
        "서울대학교 관악캠퍼스 02-880-5114 로 전화하면 안내 받을 수 있어?",
        switch.off(
            core.privacy.main_lines,
            "_INSTITUTION_LABEL_RE",
            _OLD_INSTITUTION_LABEL,
        ),
    ),
    (
        "do letters to 1600 Pennsylvania Ave NW, Washington, DC 20500 get read by staff?",
        switch.off(core.privacy.landmark_addresses, "_QUADRANTS", frozenset()),
    ),
]
test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # The writer's own, though the look-alike's predicate is near.
        ("my email is ir.kowalczyk@gmail.com", "ir.kowalczyk@gmail.com"),
        ("우리 엄마 집 02-590-0512 로 전화해줘", "02-590-0512"),
        ("I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500", "Washington, DC 20500"),
        ("send it to 1400 Maple Avenue NW, Washington, DC 20011", "Washington, DC 20011"),
    ],
)
def test_personal_twins_of_the_look_alikes_stay_held(text: str, part: str) -> None:
    assert any(part in found for found in switch.found_texts(text)), switch.found_texts(text)


def test_the_whole_spoken_passport_wins_over_its_folded_parts() -> None:
    # blind57p: the folded digit groups are read as passport parts (0.85); the whole number
    # read out (0.9) wins the overlap, so its letters are masked with it.
    text = "여권번호 엠 공칠삼 구이일 팔사 맞지?"
    assert "엠 공칠삼 구이일 팔사" in switch.found_texts(text)

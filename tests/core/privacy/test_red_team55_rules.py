"""Round 55's rules (blind55p) on sentences written for these tests (none is a sentence of
set 55).

Each form is written at least five ways unlike the case file's wording (other names, numbers,
word order, the other language) and is found; with its detector (or its widening) out of the
scanner it is missed. Each form has near-miss negatives (same words, another meaning) that stay
public, and each public look-alike of the set passes only through its own predicate (switched
off, the text is held).

Forms: Amharic "እኔ … ነኝ" and Thai "ชื่อจริง … นามสกุล …" (script_self_intros); Turkish "soyadım
…" (latin_self_intros); an English correction of the writer's name, "it's not NAME, my surname
is …" (intro_names); a full name after a signature's label (signature_names); a name read off
a badge (passing_names); a deed's party with their address, "NAME, of 14 …"
(formal_frame_names_en); a lower-case relative with a double-barrelled family name
(lowercase_names_en); a patient number after the label's particle 가 (ids); a 주민번호's
halves joined by "하고 뒤에" (korean); a date of birth with its year read digit by digit
(spoken_dates) and the writer's 생년월일 as the object of a verb of saying (birth_dates);
"에이티 … 쩜" and "NAME dot NAME at HOST dot TLD" e-mails (the spoken fold); a Spanish flat's
floor and door (european_addresses); a Telegram bot token in the Bot API's URL
(webhook_urls).
Look-alikes: a public building named by its kind before its address (landmark_addresses); an
author named by a count or choice of their works (performer_works_en).
"""

from __future__ import annotations

import re

import pytest

import core.privacy.birth_dates
import core.privacy.european_addresses
import core.privacy.formal_frame_names_en
import core.privacy.ids
import core.privacy.intro_names
import core.privacy.korean
import core.privacy.landmark_addresses
import core.privacy.lowercase_names_en
import core.privacy.passing_names
import core.privacy.performer_works_en
import core.privacy.signature_names
import core.privacy.spoken
import core.privacy.spoken_dates
import core.privacy.webhook_urls
from core.lazy_regex import LazyPattern
from core.privacy.common import NA, lead
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.passing_names import RELATIONS
from core.privacy.script_self_intros import detect_script_self_intros
from tests.core.privacy import scanner_switch as switch

_SCRIPT = detect_script_self_intros
_INTRO = detect_latin_self_intros
_NO_MATCH = LazyPattern(r"(?!)")
_NO_MATCH_RE = re.compile(r"(?!)")

POSITIVES: list[switch.Positive] = [
    # Amharic "እኔ … ነኝ" (I am …).
    (_SCRIPT, "what does 'እኔ ሐና ገብረመድህን ነኝ' mean?", "ሐና ገብረመድህን"),
    (_SCRIPT, "아디스 기사가 'ሰላም እኔ ዳዊት ተሾመ በቀለ ነኝ' 라고 했어", "ዳዊት ተሾመ በቀለ"),
    (_SCRIPT, "reply politely to: እኔ መሰረት አለሙ ነኝ፣ አዲሱ ሹፌር", "መሰረት አለሙ"),
    (_SCRIPT, "translate 'ጤና ይስጥልኝ፣ እኔ ዮናስ ካሳሁን ነኝ'", "ዮናስ ካሳሁን"),
    (_SCRIPT, "새 통역 'እኔ ብርቱካን ደምሴ ነኝ' 인데 호칭은?", "ብርቱካን ደምሴ"),
    # Thai "ชื่อจริง … นามสกุล …" (real name …, surname …).
    (_SCRIPT, "the Chiang Mai host: 'ชื่อจริง กมลวรรณ นามสกุล แสงทอง'", "กมลวรรณ"),
    (_SCRIPT, "ชื่อจริง ธนกร นามสกุล วัฒนศิริ ครับ - what do I put as first name?", "วัฒนศิริ"),
    (_SCRIPT, "태국 직원이 'นามสกุล เจริญสุข ค่ะ' 라고 했어", "เจริญสุข"),
    (_SCRIPT, "form says ชื่อจริง อรอุมา - which is the given name?", "อรอุมา"),
    (_SCRIPT, "ชื่อจริง ปิยะพงษ์ค่ะ 라고 하던데 영어로?", "ปิยะพงษ์"),
    # Turkish "soyadım …" (my surname is …).
    (_INTRO, "the Bursa supplier: 'Adım Mert, soyadım Yıldırımoğlu' - reply?", "Yıldırımoğlu"),
    (_INTRO, "터키 직원이 soyadım Çelikkaya 라고 했는데 발음?", "Çelikkaya"),
    (_INTRO, "translate 'Soyadım Aksoy-Demirtaş, muhasebeden arıyorum'", "Aksoy-Demirtaş"),
    (_INTRO, "'adım Zeynep, soyismim Karaca' 이거 이름이 뭐야", "Karaca"),
    (_INTRO, "is 'soyadim Ozturk' written right without the dots?", "Ozturk"),
]
test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


# The patterns and predicates as they were before this round (the switch-off controls).
_OLD_MRN_TAIL = (
    r")\.?[ \t]*(?:[:#=]|No\.?|는|은)?[ \t]*(?:[:#=][ \t]*)?"
    r"(?P<v>(?<![A-Za-z0-9])[A-Z]{0,3}-?[0-9][0-9 \t.-]{3,14}[0-9])"
)


def _old_mrn(mp: pytest.MonkeyPatch) -> None:
    ids = core.privacy.ids
    head = "(?:" + "|".join(re.escape(w) for w in ids._MRN_LABEL_WORDS)
    mp.setattr(ids, "_MRN_RE", LazyPattern(head + _OLD_MRN_TAIL + NA))


def _old_rrn_split(mp: pytest.MonkeyPatch) -> None:
    korean = core.privacy.korean
    old = LazyPattern(
        "(" + lead(6) + r")(?P<fill>[ \t]*"
        r"(?:(?:이야|이고|이요|이에요|예요|입니다|요)[ \t,.]*(?=뒷))?"
        r"(?:에[ \t,]*(?=뒤|뒷))?"
        r"(?:,|/|뒷자리는?|뒤는?|뒷번호는?|그리고|이고|하고)[ \t]*)"
        r"([1-8][0-9]{6})" + NA
    )
    mp.setattr(korean, "_RRN_SPLIT_RE", old)


def _old_lowercase_relation(mp: pytest.MonkeyPatch) -> None:
    mod = core.privacy.lowercase_names_en
    old = LazyPattern(
        r"(?<![A-Za-z])(?i:my|our)[ \t]+(?i:" + RELATIONS + r")[ \t]+"
        r"(?P<name>(?P<given>[a-z]{2,})[ \t]+(?P<family>[a-z]{2,}))(?![A-Za-z])"
    )
    mp.setattr(mod, "_RELATION_RE", old)


def _old_at(mp: pytest.MonkeyPatch) -> None:
    spoken = core.privacy.spoken
    at = spoken._AT.replace(r"|(?<=[ \t])에이티(?=[ \t])", "")
    mp.setattr(spoken, "_AT_FIND_RE", LazyPattern(at, re.IGNORECASE))


def _no_spoken_local(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.spoken, "_SPOKEN_LOCAL_BEFORE_RE", _NO_MATCH)
    mp.setattr(core.privacy.spoken, "_ANOTHER_AT_AFTER_RE", _NO_MATCH)


def _old_birth_label(mp: pytest.MonkeyPatch) -> None:
    bd = core.privacy.birth_dates
    pattern = bd._LABELLED.pattern
    cut = pattern.index(r"|(?:제|저의|내)\s*생년월일\s*(?:을|를)")
    old = pattern[:cut] + pattern[pattern.index(r")", pattern.index(r"['\"‘“]", cut)) :]
    mp.setattr(bd, "_LABELLED", LazyPattern(old, re.IGNORECASE))


WIDENED: list[switch.Widened] = [
    # An English correction of the writer's own name (intro_names).
    *[
        (text, part, switch.off(core.privacy.intro_names, "_EN_CORRECTED_RE", _NO_MATCH))
        for text, part in [
            ("it's not Saoirse Kavanagh, my surname is Cavanagh - fix it", "Saoirse Kavanagh"),
            ("sorry, it is not Eadwulf Prynne; my name is Eadwulf Pryne", "Eadwulf Prynne"),
            ("That's not Wulfric Ostergaard - my last name is Østergaard", "Wulfric Ostergaard"),
            ("I'm not Kwabena Ofori, my full name is Kwabena Owusu-Ofori", "Kwabena Ofori"),
            ("메일에 it's not Harriet Vane, my surname's Vayne 라고 써줘", "Harriet Vane"),
        ]
    ],
    # A full name after a signature's label (signature_names).
    *[
        (text, part, switch.off(core.privacy.signature_names, "_SIG_LABEL_RE", _NO_MATCH))
        for text, part in [
            ("update my signature block: Oisín Mac Giolla, Head of Sales", "Oisín Mac Giolla"),
            ("email signature: Priyanka Raghunathan | Buyer", "Priyanka Raghunathan"),
            ("Signature:\nLeopold Ashcombe-Nwosu\nFinance", "Leopold Ashcombe-Nwosu"),
            ("내 서명 signature line: Eulalie Vandersteen - CFO 로 바꿔줘", "Eulalie Vandersteen"),
            ("is this ok as a signature: Thaddeus Oyinlola, PhD", "Thaddeus Oyinlola"),
        ]
    ],
    # A name read off a badge (passing_names).
    *[
        (text, part, switch.off(core.privacy.passing_names, "_BADGE_RE", _NO_MATCH))
        for text, part in [
            ("the paramedic's badge said Florentyna Mazur", "Florentyna Mazur"),
            ("his name tag read: Obadiah Thistlewood - how do I thank him?", "Obadiah Thistlewood"),
            ("간호사 badge says Marisol Etxeberria 였어, 감사 카드 써줘", "Marisol Etxeberria"),
            ("her nametag said 'Ludmila Hrabovsky' so I'll address it to her", "Ludmila Hrabovsky"),
            ("the driver's ID card showed Temitope Adewale-Grant", "Temitope Adewale-Grant"),
        ]
    ],
    # A deed's party and their address (formal_frame_names_en).
    *[
        (text, part, switch.off(core.privacy.formal_frame_names_en, "_PARTY_OF_RE", _NO_MATCH))
        for text, part in [
            (
                "between Acme Homes Ltd and Perdita Llewellyn, of 9 Vicarage Road",
                "Perdita Llewellyn",
            ),
            (
                "the Borrower, Anselm Okwuosa-Brandt, of 31B Mill Lane, Leeds",
                "Anselm Okwuosa-Brandt",
            ),
            (
                "계약서에 Ysolde Marchetti, of Flat 4, 22 Kings Road 라고 돼 있어",
                "Ysolde Marchetti",
            ),
            ("witnessed by Barnaby Quist, of 7 Orchard Close, Bath", "Barnaby Quist"),
            ("sold to Henrietta Vasquez Ortega, of 118 Calle Mayor", "Henrietta Vasquez Ortega"),
        ]
    ],
    # A lower-case relative with a double-barrelled family name (lowercase_names_en).
    *[
        (text, part, _old_lowercase_relation)
        for text, part in [
            ("my uncle desmond walker-osei had a stroke", "desmond walker-osei"),
            ("our neighbour margaret hill-baxter needs a lift", "margaret hill-baxter"),
            ("my cousin daniel moore-achebe got the job", "daniel moore-achebe"),
            ("i told my sister rebecca lewis-nkemelu about it", "rebecca lewis-nkemelu"),
            ("can my friend sarah king-okafor join us", "sarah king-okafor"),
        ]
    ],
    # A patient number after the label's particle (ids).
    *[
        (text, part, _old_mrn)
        for text, part in [
            ("엄마 환자번호가 20417783 이야", "20417783"),
            ("차트번호가 A-5520831 인데 재발급 돼?", "A-5520831"),
            ("병록번호도 7730218 로 같아요", "7730218"),
            ("진료번호가 0091 4432 라고 적혀 있어", "0091 4432"),
            ("아이 환자 번호가 55108342 인데 예약 변경은?", "55108342"),
        ]
    ],
    # A 주민번호's halves joined by a word and the back half's word (korean).
    *[
        (text, part, _old_rrn_split)
        for text, part in [
            ("주민번호 880412 하고 뒤에 1234563 이야", "880412 하고 뒤에 1234563"),
            ("주민번호는 950817 그리고 뒷자리는 2048316", "950817 그리고 뒷자리는 2048316"),
            ("주민등록번호 앞 720305 이고 뒤는 1527810", "720305 이고 뒤는 1527810"),
            (
                "아빠 주민번호 팔공일일이오 하고 뒤엔 일삼사오육칠팔",
                "팔공일일이오 하고 뒤엔 일삼사오육칠팔",
            ),
            ("주민 번호 030915 하고 뒷번호는 4012238", "030915 하고 뒷번호는 4012238"),
        ]
    ],
    # A date of birth with its year read digit by digit (spoken_dates).
    *[
        (text, part, switch.off(core.privacy.spoken_dates, "_DIGIT_YEAR_DATE", _NO_MATCH))
        for text, part in [
            ("제 생년월일은 일구구삼 유월 십오일이에요", "일구구삼 유월 십오일"),
            ("생년월일: 이공공일년 삼월 이일", "이공공일년 삼월 이일"),
            ("내 생년월일은 일구팔영 십이월 삼십일", "일구팔영 십이월 삼십일"),
            ("제 생년월일은 일구칠육 시월 구일입니다", "일구칠육 시월 구일"),
            ("생년월일은 이공일공 칠월 이십사 라고 적어줘", "이공일공 칠월 이십사"),
        ]
    ],
    # The writer's 생년월일 as the object of a verb of saying, the date quoted (birth_dates).
    *[
        (text, part, _old_birth_label)
        for text, part in [
            ("제 생년월일을 전화로 '1991년 3월 4일'이라고 했어요", "1991년 3월 4일"),
            ("내 생년월일을 '1987-11-02' 로 잘못 적었어", "1987-11-02"),
            ('제 생년월일을 상담원한테 "1979년 12월 1일"이라고 불러줬는데', "1979년 12월 1일"),
            ("저의 생년월일을 '2001/07/19' 라고 썼는데 양식이 달라", "2001/07/19"),
            ("제 생년월일을 '이공공삼 오월 팔일' 이라고 말했어", "이공공삼 오월 팔일"),
        ]
    ],
    # "에이티 … 쩜" e-mails (the spoken fold).
    *[
        (text, part, _old_at)
        for text, part in [
            ("메일은 minji.seo 에이티 gmail 쩜 com 이야", "minji.seo 에이티 gmail 쩜 com"),
            ("jh_park 에이티 naver 닷 com 으로 보내줘", "jh_park 에이티 naver 닷 com"),
            ("write to dakota.ray 에이티 proton 쩜 me", "dakota.ray 에이티 proton 쩜 me"),
            ("명함: seoyeon99 에이티 daum 쩜 net", "seoyeon99 에이티 daum 쩜 net"),
            ("주소 h.kwon 에이티 kakao 점 com 맞아?", "h.kwon 에이티 kakao 점 com"),
        ]
    ],
    # "NAME dot NAME at HOST dot TLD", all said aloud (the spoken fold).
    *[
        (text, part, _no_spoken_local)
        for text, part in [
            ("email me at tomasz dot wrobel at wp dot pl", "tomasz dot wrobel at wp dot pl"),
            ("contact is anya dot petrova at mail dot ru", "anya dot petrova at mail dot ru"),
            ("write to j dot osei dot mensah at gmx dot de", "j dot osei dot mensah at gmx dot de"),
            ("연락은 hana dot yoo at kakao dot com 으로", "hana dot yoo at kakao dot com"),
            ("reach me at kiri dot tane at xtra dot nz", "kiri dot tane at xtra dot nz"),
        ]
    ],
    # A Spanish flat's floor and door after the number (european_addresses).
    *[
        (
            text,
            part,
            switch.off(core.privacy.european_addresses, "_ES_FLOOR_AFTER_RE", _NO_MATCH),
        )
        for text, part in [
            ("envíalo a Calle Toledo 8, 2º B, Madrid", "Calle Toledo 8, 2º B"),
            ("my flat: Carrer de Mallorca 120, 3º 1ª, Barcelona", "Carrer de Mallorca 120, 3º 1ª"),
            ("주소 C/ Ferraz 5, 1º derecha 맞아?", "C/ Ferraz 5, 1º derecha"),
            ("ship to Calle Princesa 31 bajo dcha., 28008", "Calle Princesa 31 bajo dcha."),
            ("Plaza Mayor 4, 5º izq. is my aunt's", "Plaza Mayor 4, 5º izq."),
        ]
    ],
    # A Telegram bot token in the Bot API's URL (webhook_urls).
    *[
        (text, part, switch.off(core.privacy.webhook_urls, "_TELEGRAM_RE", _NO_MATCH))
        for text, part in [
            (
                "https://api.telegram.org/bot7712093384:AAFq2Zr9kLmN0pQ4sT6uV8wX1yZ3bC5dE7g/getMe "
                "says Unauthorized",
                "7712093384:AAFq2Zr9kLmN0pQ4sT6uV8wX1yZ3bC5dE7g",
            ),
            (
                "requests.get('https://api.telegram.org/bot5529017743:AAG-x8Yt2Qp7Lm3Nr6Kd9Vb1Zc4Wf0Hs5Jq"
                "/getUpdates') 가 빈 결과야",
                "5529017743:AAG-x8Yt2Qp7Lm3Nr6Kd9Vb1Zc4Wf0Hs5Jq",
            ),
            (
                "webhook set to api.telegram.org/bot6650192837:AAEz_4Rt8Yu2Io6Pa0Sd3Fg7Hj1Kl5Zx9Cv/"
                "setWebhook - 404?",
                "6650192837:AAEz_4Rt8Yu2Io6Pa0Sd3Fg7Hj1Kl5Zx9Cv",
            ),
            (
                "file URL https://api.telegram.org/file/bot4401928375:AAHm5Nb7Vc9Xz1Lk3Jh5Gf7Ds9Ap1Qw3Er/"
                "photos/file_1.jpg",
                "4401928375:AAHm5Nb7Vc9Xz1Lk3Jh5Gf7Ds9Ap1Qw3Er",
            ),
            (
                "curl -s api.telegram.org/bot8123405566:AAB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R/send",
                "8123405566:AAB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R",
            ),
        ]
    ],
]
test_each_widening_is_needed = switch.widening_tests(WIDENED)

test_near_misses_stay_public = switch.public_tests(
    [
        # Near misses: the same words with no one's data.
        "what does 'እኔ ተማሪ ነኝ' mean in Amharic?",
        "how do you say 'እኔ በጣም ደስተኛ ነኝ' in English?",
        "태국어 'ชื่อจริง คืออะไร' 가 무슨 뜻이야?",
        "what does 'soyadım nedir' mean in Turkish?",
        "it's not Microsoft Word, it's Google Docs - which is better for this?",
        "it's not New York, it's Newark - which airport is closer?",
        "what does a digital signature: SHA-256 mean here?",
        "the signature: required field is empty, how do I fill it?",
        "the badge said Visitor so I waited at reception",
        "her badge says Staff Only - can I go in?",
        "the Battle of Hastings, of 1066 fame - why was it fought there?",
        "my aunt got told she has early onset parkinsons, what should I ask?",
        "환자번호가 뭐야? 어디서 확인해?",
        "주민번호 앞자리 하고 뒤에 숫자가 각각 뭘 뜻해?",
        "일구팔구 시월은 어떤 일이 있었어?",
        "the meeting is at noon dot com at the office",
        "we met at lunch at the cafe dot",
        "what does 4º izda. mean in a Spanish address?",
        "the docs token 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11 - what is after the colon?",
        "https://api.telegram.org/bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11/getMe from the docs",
        "how does api.telegram.org/bot<token>/sendMessage work?",
    ]
)

_OLD_PERFORMER_BEFORE = LazyPattern(r"(?i:\b(?:the|a|an|that|this|which|what)[ \t]+)\Z")

LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "the Cheers bar at 84 Beacon Street - is it still a pub?",
        switch.off(core.privacy.landmark_addresses, "_PUBLIC_KIND_BEFORE_RE", _NO_MATCH_RE),
    ),
    (
        "the Ghostbusters firehouse at 14 North Moore Street - can tourists go inside?",
        switch.off(core.privacy.landmark_addresses, "_PUBLIC_KIND_BEFORE_RE", _NO_MATCH_RE),
    ),
    (
        "why are there so many Agatha Christie novels set in Devon?",
        switch.off(core.privacy.performer_works_en, "_BEFORE", _OLD_PERFORMER_BEFORE),
    ),
    (
        "which of the different Stephen King books are set in Derry?",
        switch.off(core.privacy.performer_works_en, "_BEFORE", _OLD_PERFORMER_BEFORE),
    ),
]
test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # The writer's own, though the look-alike's predicate is near.
        ("I live at the old firehouse at 14 North Moore Street now", "14 North Moore Street"),
        ("the Johnson house at 14 Elm Street is my mum's", "14 Elm Street"),
        ("my cousin Anna Berg wrote different Anna Berg novels", "Anna Berg"),
    ],
)
def test_personal_twins_of_the_look_alikes_stay_held(text: str, part: str) -> None:
    assert any(part in found for found in switch.found_texts(text)), switch.found_texts(text)

"""Round 54's rules (blind54p) on sentences written for these tests (none is a sentence of
set 54).

Each form is written at least five ways unlike the case file's wording (other names, numbers,
word order, the other language) and is found; with its detector (or its widening) out of the
scanner it is missed. Each form has near-miss negatives (same words, another meaning) that stay
public, and each public look-alike of the set passes only through its own predicate (switched
off, the text is held).

Forms: Igbo "aha m bụ", Somali "magacaygu waa", Galician "chámome", Māori "ko … tōku ingoa"
(latin_self_intros); "I owe NAME an apology", "ever since NAME left" (passing_names); a Dutch
"mijn schoonvader …" (frame_names_54p); a Korean form's keys in a JSON object (keyed_values:
이름, 성명, 환자명, 예금주…); a name in a
correction, "제 이름은 …이 아니라 …" (intro_names); a wider relative a few words before 성함
(affiliation_names); a full name acting on the writer, "…가 나한테" (verb_partner_names_ko); a
Croatian OIB, a Bulgarian ЕГН, a Pakistani CNIC (cued_national_ids); a Taiwanese lane's
address with its floor (cjk_home_addresses); a password with an "@" after a password flag
(cli_password_flags); a card's groups after a colon in the label's sentence (ids);
a 주민번호 read with "…이에 뒤는 …" (the spoken fold and the split rule); "-at- … -dot-"
e-mails (the spoken fold).
Look-alikes: a processor's zero-padded test card, a work's house by the work, a tutorial's
sample JWT signed with its published secret, an organisation's main line named after the
number, a public announcement of a diagnosis, an eponymous condition after a determiner, a
guide's masked 주민번호 specimen.
"""

from __future__ import annotations

import re

import pytest

import core.privacy.address
import core.privacy.affiliation_names
import core.privacy.cjk_home_addresses
import core.privacy.cli_password_flags
import core.privacy.documented_examples
import core.privacy.frame_names_54p
import core.privacy.ids
import core.privacy.intro_names
import core.privacy.korean
import core.privacy.landmark_addresses
import core.privacy.main_lines
import core.privacy.masked_registration_fronts
import core.privacy.numeric_forms_53p
import core.privacy.placeholder_tokens
import core.privacy.possessive_given_names
import core.privacy.public_figures
import core.privacy.spoken
from core.lazy_regex import LazyPattern
from core.privacy.cued_national_ids import detect_cued_national_ids
from core.privacy.keyed_values import detect_keyed_values
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.passing_names import detect_passing_names
from core.privacy.verb_partner_names_ko import detect_verb_partner_names_ko
from tests.core.privacy import scanner_switch as switch

_INTRO = detect_latin_self_intros
_PASSING = detect_passing_names
_PARTNER = detect_verb_partner_names_ko
_ID = detect_cued_national_ids
_KEYED = detect_keyed_values

POSITIVES: list[switch.Positive] = [
    # Igbo "aha m bụ …", Somali "magacaygu waa …", Galician "chámome …", Māori "ko … tōku ingoa".
    (_INTRO, "what does 'Aha m bụ Adaeze Okonkwo-Ibe' mean?", "Adaeze Okonkwo-Ibe"),
    (_INTRO, "라고스 기사 문자: aha m bu Emeka Uchenna Obi, m bịara", "Emeka Uchenna Obi"),
    (_INTRO, "reply to 'Magacayga waa Faadumo Xasan Jaamac' politely", "Faadumo Xasan Jaamac"),
    (_INTRO, "모가디슈 직원: magacaygu waa Axmed Cali Nuur, salaan", "Axmed Cali Nuur"),
    (_INTRO, "the Vigo host: 'Chámome Brais Outeiral Pazos, benvido'", "Brais Outeiral Pazos"),
    (_INTRO, "갈리시아 집주인이 chamome Antía Rei 라고 했어", "Antía Rei"),
    (_INTRO, "'Kia ora, ko Hemi Tautahi-Kereama tōku ingoa' - translate", "Hemi Tautahi-Kereama"),
    (_INTRO, "오클랜드 매니저: Ko Aroha Ngata toku ingoa, nau mai", "Aroha Ngata"),
    # "I owe NAME …", "since NAME left …".
    (_PASSING, "I still owe Bronwen Achterberg £25 from the ski trip", "Bronwen Achterberg"),
    (
        _PASSING,
        "we promised Ignatius Oduya-Ferreira a reference by Friday",
        "Ignatius Oduya-Ferreira",
    ),
    (
        _PASSING,
        "I lent Kwame Mensah-Ofori my drill in May - how do I ask for it back?",
        "Kwame Mensah-Ofori",
    ),
    (
        _PASSING,
        "since Dario Konstantinou-Obi left we can't run the payroll macro",
        "Dario Konstantinou-Obi",
    ),
    (
        _PASSING,
        "until Hamza Oyelowo-Berg went on leave I never did the VAT returns",
        "Hamza Oyelowo-Berg",
    ),
    (
        _PASSING,
        "after Saoirse Lindqvist resigned our backups stopped - where do I look?",
        "Saoirse Lindqvist",
    ),
    # A Korean form's keys in a JSON object (keyed_values).
    (_KEYED, '{"성명": "편도윤", "혈액형": "B"} 이거 왜 에러나?', "편도윤"),
    (_KEYED, '이 JSON 왜 안 돼? {"이름": "탁서윤", "나이": 31,}', "탁서윤"),
    (_KEYED, "{'예금주': '석다온', 'bank': 'kb'} 파싱 안 돼", "석다온"),
    (_KEYED, 'check {"환자명": "봉지안", "병동": "7A"} please', "봉지안"),
    (_KEYED, '[{"수령인": "채하람", "연락처": "문 앞"}] 배송 데이터', "채하람"),
    # A Dutch relative (frame_names_54p).
    (
        core.privacy.frame_names_54p.detect_frame_names_54p,
        "klopt dit: 'mijn schoonmoeder Riet Bakhuizen ligt in het ziekenhuis'",
        "Riet Bakhuizen",
    ),
    (
        core.privacy.frame_names_54p.detect_frame_names_54p,
        "m'n zwager Joost Wieringa heeft diabetes - translate",
        "Joost Wieringa",
    ),
    (
        core.privacy.frame_names_54p.detect_frame_names_54p,
        "Mijn oma Trijntje Hoekstra wordt 90 - help me with a card",
        "Trijntje Hoekstra",
    ),
    # Croatian OIB, Bulgarian ЕГН, Pakistani CNIC.
    (_ID, "my Zagreb tenant's OIB is 48173029652, which form?", "48173029652"),
    (_ID, "크로아티아 직원 신분증 번호(OIB) 69435151530 적어도 돼?", "69435151530"),
    (_ID, "ЕГН 8604173525 - за трудов договор", "8604173525"),
    (_ID, "the Plovdiv hire's EGN: 7501020018", "7501020018"),
    (_ID, "CNIC 42101-7734129-3 on the visa letter, ok?", "42101-7734129-3"),
    (_ID, "파키스탄 엔지니어 신분증 35201-2298417-1 입력칸 어디야", "35201-2298417-1"),
    # A full name acting on the writer.
    (_PARTNER, "윤채아가 자꾸 날 무시하는데 어떻게 말하지", "윤채아"),
    (_PARTNER, "어제 탁민서가 저한테 보증 서달라고 했어요", "탁민서"),
    (_PARTNER, "편지훈이 나를 단톡방에서 내보냈어", "편지훈"),
    (_PARTNER, "석하윤도 나한테 돈 안 갚았어", "석하윤"),
    (_PARTNER, "팀 회식에서 봉서율이 저에게 반말했는데 기분 나빠", "봉서율"),
]
test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

_NEVER = lambda *args: False  # noqa: E731
_NO_MATCH = LazyPattern(r"(?!)")
_NO_MATCH_RE = re.compile(r"(?!)")


def _old_without_copula(text: str, run: re.Match[str]) -> re.Match[str]:
    """The copula rule before this round: any "이" before "에" was the copula."""
    end = run.end()
    if (
        end - run.start() < 2
        or text[end - 1] != "이"
        or text[end - 2] not in core.privacy.spoken._CONSONANT_FINAL_DIGITS
        or end >= len(text)
        or text[end] not in core.privacy.spoken._AFTER_COPULA
    ):
        return run
    shorter = core.privacy.spoken._RUN_RE.match(text, run.start(), end - 1)
    return run if shorter is None else shorter


_OLD_AT = (
    r"(?:@|\(at\)|\[at\]|\{at\}|\((?:ät|aet|arroba|chiocciola|arobase)\)|"
    r"\[(?:ät|aet|arroba|chiocciola|arobase)\]|골뱅이|앳|(?<=[ \t])(?:at|AT)(?=[ \t])|"
    r"\{(?:ät|aet|arroba|chiocciola|arobase)\}|(?<=[A-Za-z0-9])_at_(?=[A-Za-z0-9]))"
)


def _old_at(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.spoken, "_AT_FIND_RE", LazyPattern(_OLD_AT, re.IGNORECASE))


_HAN = r"\u4e00-\u9fff"
# The street pattern before this round: no section, lane and alley before the number.
_OLD_STREET = LazyPattern(
    r"(?P<street>[" + _HAN + r"]{1,8}(?:路|街|道|巷|弄|大街|大道)[0-9]{1,5}(?:号|號)|"
    r"[" + _HAN + r"]{1,6}[0-9]{1,2}(?:丁目|-)[0-9]{1,3}(?:番地?|-)[0-9]{1,3}号?)"
)


def _no_taiwan_lanes(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.cjk_home_addresses, "_LANE_FLOOR_RE", _NO_MATCH)
    mp.setattr(core.privacy.cjk_home_addresses, "_STREET_RE", _OLD_STREET)


# The Brazilian address before this round: the street, the number and the flat, no CEP.
_OLD_BR = LazyPattern(
    r"\b(?:Rua|Avenida|Av\.|Travessa|Alameda|Estrada|Praça|Rodovia|Largo)[ \t]+[^,\n]{2,40}?,"
    r"[ \t]*(?:n[º°o]\.?[ \t]*)?[0-9]{1,5}[A-Z]?"
    r"(?:[ \t]*[,-][ \t]*(?i:apto\.?|apt\.?|ap\.|apartamento|casa|bloco|bl\.|conjunto|cj\.)"
    r"[ \t]*[0-9A-Z]{1,5}){1,2}"
)


WIDENED: list[switch.Widened] = [
    # The flat written before the street line (address).
    *[
        (text, part, switch.off(core.privacy.address, "_with_unit_before", lambda _t, s: s))
        for text, part in [
            ("send it to Flat 3, 12 High Street, Leeds", "Flat 3, 12 High Street, Leeds"),
            ("Apt 4B, 221 Elm Street, Boston is mine", "Apt 4B, 221 Elm Street, Boston"),
            ("택배 주소 Apt 903, 17 Seocho-daero 2-gil 맞아?", "Apt 903, 17 Seocho-daero 2-gil"),
            ("my place: Unit 7, 23 Alfred St, Sydney", "Unit 7, 23 Alfred St, Sydney"),
            ("#1203, 45 Teheran-ro 8-gil, Gangnam-gu 로 보내줘", "#1203, 45 Teheran-ro 8-gil"),
        ]
    ],
    # A Brazilian flat's address read on to its CEP (numeric_forms_53p).
    *[
        (text, part, switch.off(core.privacy.numeric_forms_53p, "_BR_RE", _OLD_BR))
        for text, part in [
            (
                "Rua Harmonia, 88, apto 12 - Vila Madalena, CEP 05435-000 ok?",
                "Rua Harmonia, 88, apto 12 - Vila Madalena, CEP 05435-000",
            ),
            (
                "envia para Avenida Brasil, nº 1450, casa 2, Centro, CEP 13010-111",
                "Avenida Brasil, nº 1450, casa 2, Centro, CEP 13010-111",
            ),
            (
                "브라질 주소 Travessa do Ouvidor, 17, ap. 301 - Centro, Rio - RJ, CEP 20040040",
                "Travessa do Ouvidor, 17, ap. 301 - Centro, Rio - RJ, CEP 20040040",
            ),
            (
                "label: Alameda Santos, 200, bloco B, apto 92, CEP: 01418-000 - right?",
                "Alameda Santos, 200, bloco B, apto 92, CEP: 01418-000",
            ),
            (
                "Rua Augusta, 1020, apto 5B, Consolação, CEP 01304-001 is my sister's",
                "Rua Augusta, 1020, apto 5B, Consolação, CEP 01304-001",
            ),
        ]
    ],
    # A name in a correction (intro_names).
    *[
        (text, part, switch.off(core.privacy.intro_names, "_KO_CORRECTED_RE", _NO_MATCH))
        for text, part in [
            ("제 이름은 남궁윤이 아니라 남궁연이에요, 명찰 고쳐주세요", "남궁연"),
            ("성함이 봉재혁이 아니고 봉재욱입니다", "봉재욱"),
            ("내 이름 변서아가 아니라 변서하야 ㅠ", "변서하"),
            ("제 이름은 석민재가 아니라 석민채예요. 메일 다시 써주세요", "석민채"),
            ("아 이름은 옥가윤이 아니라 옥가은입니다", "옥가은"),
        ]
    ],
    # A wider relative a few words before 성함 (affiliation_names).
    *[
        (text, part, switch.off(core.privacy.affiliation_names, "_KO_RELATIVE_NAME_RE", _NO_MATCH))
        for text, part in [
            ("고모부 칠순 잔치 초대장 만드는데 성함이 채광석이셔", "채광석"),
            ("외삼촌 성함이 남궁철호세요. 부고 문자 써줘", "남궁철호"),
            ("시누이 시어머님 칠순인데 성함이 편해순이셔", "편해순"),
            ("처형 병문안 가는데 성함이 봉미숙이셔서 카드에 어떻게 써?", "봉미숙"),
            ("이모 생신인데 성함이 탁정애이셔", "탁정애"),
        ]
    ],
    # A password with an "@" and no dotted host after it (cli_password_flags).
    *[
        (text, part, switch.off(core.privacy.cli_password_flags, "_at_without_host", _NEVER))
        for text, part in [
            ("redis-cli -a 'Heron@Tide42' info fails", "Heron@Tide42"),
            ("mysql -u app -pLark@Field73 shop", "Lark@Field73"),
            ("sshpass -p 'Wren@Moor58' ssh ops@10.1.1.4", "Wren@Moor58"),
            ("psql --password=Gull@Bay19 -h db", "Gull@Bay19"),
            ("valkey-cli -h 10.0.0.9 -a Finch@Dale27 ping", "Finch@Dale27"),
        ]
    ],
    # A card's groups after a colon in the label's sentence (ids).
    *[
        (text, part, switch.off(core.privacy.ids, "_CARD_COLON_REACH", 0))
        for text, part in [
            (
                "I'm going to type my card number in two goes so that the shared chat log on the "
                "family laptop won't show it: 5412 7534",
                "5412 7534",
            ),
            (
                "카드번호를 두 번에 나눠서 보낼게요 화면 캡처나 알림 미리보기에 "
                "한 번에 다 안 남게 하려고 그러는 거니까 이해해 주세요: 4024 0071",
                "4024 0071",
            ),
            (
                "here's the first half of the company card that the finance team gave me "
                "last spring for the conference trips: 4916 3382",
                "4916 3382",
            ),
            (
                "the card I want to cancel, reading it off the back while holding the "
                "phone: 3714 4963",
                "3714 4963",
            ),
            (
                "my debit card, the one I lost on the train to Busan last week, started "
                "with: 5425 2334",
                "5425 2334",
            ),
        ]
    ],
    # A 주민번호 read with "…이에 뒤는 …" (the spoken fold's copula rule).
    *[
        (text, part, switch.off(core.privacy.spoken, "_without_copula", _old_without_copula))
        for text, part in [
            ("주민번호 구공공삼일이에 뒤는 일사팔이구칠공", "구공공삼일이에 뒤는 일사팔이구칠공"),
            (
                "주민번호 팔팔공칠일이에 뒤는 이 셋 하나 넷 다섯 여섯 둘",
                "팔팔공칠일이에 뒤는 이 셋 하나 넷 다섯 여섯 둘",
            ),
            (
                "주민번호는 구육일이일이에 뒷자리 일공삼팔사칠육",
                "구육일이일이에 뒷자리 일공삼팔사칠육",
            ),
            (
                "엄마 주민번호 육팔공일일이에 뒤는 이사공일팔팔구",
                "육팔공일일이에 뒤는 이사공일팔팔구",
            ),
            (
                "아빠 거 주민번호 오구공팔일이에 뒤는 일육칠삼공오칠 래",
                "오구공팔일이에 뒤는 일육칠삼공오칠",
            ),
        ]
    ],
    # "-at- … -dot-" and its wrapped kin (the spoken fold).
    *[
        (text, part, _old_at)
        for text, part in [
            ("mail me: b.ostrowski -at- posteo -dot- de", "b.ostrowski -at- posteo -dot- de"),
            ("명함: seoyun.ha <at> naver <dot> com", "seoyun.ha <at> naver <dot> com"),
            ("write r.lindqvist *at* proton *dot* me", "r.lindqvist *at* proton *dot* me"),
            ("contact: t.mbeki #at# gmx #dot# net", "t.mbeki #at# gmx #dot# net"),
            ("j.quaye ~at~ outlook ~dot~ com for the sofa", "j.quaye ~at~ outlook ~dot~ com"),
        ]
    ],
    # A Taiwanese lane's address with its floor (cjk_home_addresses).
    *[
        (text, part, _no_taiwan_lanes)
        for text, part in [
            ("寄到 新北市板橋區文化路一段188巷3號2樓之1", "新北市板橋區文化路一段188巷3號2樓之1"),
            ("친구 집: 台中市西區公益路二段51巷12號3樓", "台中市西區公益路二段51巷12號3樓"),
            (
                "ship to 高雄市苓雅區四維三路16巷2弄15號7樓 please",
                "雄市苓雅區四維三路16巷2弄15號7樓",
            ),
            ("台南市東區大學路18巷9號4樓 영문 주소로", "台南市東區大學路18巷9號4樓"),
            (
                "주소 臺北市中山區中山北路一段12巷5號3樓之2 인데 맞아?",
                "北市中山區中山北路一段12巷5號3樓之2",
            ),
        ]
    ],
]
test_each_widening_is_needed = switch.widening_tests(WIDENED)

test_near_misses_stay_public = switch.public_tests(
    [
        # Near misses: the same words with no one's data.
        "what does 'aha m' mean in Igbo?",
        "Somali lesson: 'magacaygu' means my name",
        "what is 'chámome' in Spanish?",
        "in a pepeha, what does 'ko Aoraki tōku maunga' mean?",
        "I still owe Netflix a payment",
        "we sent Royal Mail a complaint about the parcel",
        "ever since Steve Jobs left Apple the keynotes got boring",
        "after Queen Elizabeth died, did the coins change?",
        '{"이름": "사과", "가격": 1200}',
        '{"name": "Example User", "id": 3}',
        "mijn naam is een geheim",
        "제 이름은 중요한 게 아니라 내용이 중요해요",
        "친구가 강아지 이름이 초코래",
        "이번주가 나한테 너무 힘들어",
        "김치가 나한테 안 맞아",
        "Croatia invoice number 48173029652 total 200 EUR",
        "Pakistan order 35202-4817396-5 shipped",
        "CNIC format is 00000-0000000-0",
        "台北101 주소가 台北市信義區信義路五段7號89樓 맞아?",
        "台中市西區公益路二段51號 餐廳 營業時間",
        "redis-cli -a $REDIS_PASSWORD ping",
        "my card was declined at the shop yesterday and the receipt said: order 4916 3382",
        "the score was 3 -at- half time",
        "구공공삼일이에요 그게 우편번호야",
    ]
)

LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "Stripe's docs list 4000 0000 0000 9995 as the insufficient-funds test card",
        switch.off(core.privacy.documented_examples, "_zero_padded_test_card", _NEVER),
    ),
    (
        "is 4000 0027 6000 3184 the sandbox card that needs authentication every time?",
        switch.off(core.privacy.documented_examples, "_zero_padded_test_card", _NEVER),
    ),
    (
        "can fans still visit the Breaking Bad house at 3828 Piermont Drive?",
        switch.off(core.privacy.landmark_addresses, "_WORKS_HOUSE_BEFORE_RE", _NO_MATCH_RE),
    ),
    (
        "is 507-284-2511 Mayo Clinic's main number?",
        switch.off(core.privacy.main_lines, "_label_after", _NEVER),
    ),
    (
        "is 212-639-2000 the Memorial Sloan Kettering main line?",
        switch.off(core.privacy.main_lines, "_label_after", _NEVER),
    ),
    (
        "how did Michael J. Fox reveal his Parkinson's diagnosis to the public?",
        switch.off(core.privacy.public_figures, "_ANNOUNCED", _NO_MATCH),
    ),
    (
        "she got an Asperger's diagnosis at 30 - is that common?",
        switch.off(core.privacy.possessive_given_names, "_DETERMINER_BEFORE_RE", _NO_MATCH),
    ),
    (
        "작성례: 주민등록번호 851231-2****** 처럼 적으라는데 무슨 뜻이야?",
        switch.off(core.privacy.masked_registration_fronts, "_a_guides_specimen", _NEVER),
    ),
]
test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


def _sample_jwt(secret: bytes, claims: dict[str, object]) -> str:
    import base64
    import hashlib
    import hmac
    import json

    def enc(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    head = enc(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = enc(json.dumps(claims).encode())
    sig = enc(hmac.new(secret, f"{head}.{body}".encode(), hashlib.sha256).digest())
    return f"{head}.{body}.{sig}"


def test_a_tutorials_sample_token_is_public_and_needs_its_predicate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core.privacy import classify

    token = _sample_jwt(b"your-256-bit-secret", {"sub": "7", "name": "Demo User"})
    text = f"the docs sample token {token} - what is iat?"
    assert classify(text) == "public"
    monkeypatch.setattr(core.privacy.placeholder_tokens, "_DOCUMENTED_SECRETS", ())
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    ("secret", "text_before"),
    [
        (b"k9#realkey-prod", "the tutorial example token is "),
        (b"your-256-bit-secret", "my prod token "),
    ],
)
def test_other_tokens_stay_secret(secret: bytes, text_before: str) -> None:
    from core.privacy import classify

    token = _sample_jwt(secret, {"sub": "u_88", "email": "ana@corp.kr"})
    assert classify(text_before + token) == "local_only"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # The writer's own, though the look-alike's predicate is near.
        ("my card 4000 0025 0000 3155 was declined", "4000 0025 0000 3155"),
        (
            "I live in the Home Alone house at 671 Lincoln Avenue, Winnetka lol",
            "671 Lincoln Avenue",
        ),
        ("call me on 415-837-2290, that is my main number", "415-837-2290"),
        ("제 주민번호 예시로 900101-1****** 이렇게 적으면 돼?", "900101-1"),
        ("when did Sarah Miller announce the deadline?", "Sarah Miller"),
    ],
)
def test_personal_twins_of_the_look_alikes_stay_held(text: str, part: str) -> None:
    assert any(part in found for found in switch.found_texts(text)), switch.found_texts(text)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "please read my card back as numbers so I know I typed all of it right this "
            "time: five four one two, seven five three four, oh one two three, four five six seven",
            "five four one two, seven five three four, oh one two three, four five six seven",
        ),
        (
            "my card, reading it off slowly because the print is faded on the back side: "
            "4916 3382 7150 2949",
            "4916 3382 7150 2949",
        ),
    ],
)
def test_a_whole_number_after_the_colon_stays_whole(text: str, whole: str) -> None:
    # The colon's reach reads a card's part; a number that goes on is read whole elsewhere.
    assert whole in switch.found_texts(text)

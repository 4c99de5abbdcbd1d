"""Round 40's rules on sentences written for these tests (none is a sentence of set 40).

Each detector's forms are found, and missed with that detector out of the scanner; the
widenings (the jamo ㅇ read as 0 beside digits, a number read "…국에 …번", a bracketed note
after a ledger's sum) are switched off by their own parts. Public look-alikes stay public and
are held once their predicate is off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.han_name_labels
import core.privacy.intro_names
import core.privacy.italian_tax_codes
import core.privacy.money_ledger_names_ko
import core.privacy.normalize
import core.privacy.plus_codes
import core.privacy.spoken
import core.privacy.what3words_addresses
from core.privacy import classify, mask, scan
from core.privacy.contact_neighbour_names import detect_contact_neighbour_names
from core.privacy.export_record_names import detect_export_record_names
from core.privacy.italian_tax_codes import detect_italian_tax_codes
from core.privacy.japanese_form_fields import detect_japanese_form_fields
from core.privacy.letter_names_more import detect_letter_names_more
from core.privacy.plus_codes import detect_plus_codes
from core.privacy.self_intro_names_more import detect_self_intro_names_more
from core.privacy.tool_password_args import detect_tool_password_args
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests

# Each: the detector, a sentence of ours, and the part of it the detector must find.
POSITIVES: list[switch.Positive] = [
    (
        detect_self_intro_names_more,
        "check my Russian: 'Добрый день! Меня зовут Тимофей Загорский, я инженер'",
        "Тимофей Загорский",
    ),
    (
        detect_self_intro_names_more,
        "my tutor says '我叫郑嘉怡。我是学生' sounds stiff - how would a native say it?",
        "郑嘉怡",
    ),
    (
        detect_self_intro_names_more,
        "할배가 전화로 '내는 진해 사는 편상규라 캅니더' 카시던데 무슨 뜻이고?",
        "편상규",
    ),
    (
        detect_letter_names_more,
        "is this a strong opening? 'I've known Rafferty Olusegun-Blake since 2019, when he joined'",
        "Rafferty Olusegun-Blake",
    ),
    (
        detect_letter_names_more,
        "회신 공문 마무리 봐줘\n(주)해온건설 총무팀 대리 옥다은 배상",
        "옥다은",
    ),
    (
        detect_letter_names_more,
        "유치원 알림장: 오늘 석하린 어린이는 열이 나서 낮잠을 못 잤어요, 어떻게 답장하지?",
        "석하린",
    ),
    (
        detect_letter_names_more,
        "연구소 반지호 책임님이 이번 주 병가래, 업무 인수인계 메일 써줘",
        "반지호",
    ),
    (
        detect_export_record_names,
        "what's the tone here?\nZephyrine Oakhurst-Mbatha — Yesterday at 11:02 PM\nI quit.",
        "Zephyrine Oakhurst-Mbatha",
    ),
    (
        detect_export_record_names,
        "fill_form ignores this:\nFieldName: holder_full_name\nFieldValue: Isadora Penhaligon",
        "Isadora Penhaligon",
    ),
    (
        detect_export_record_names,
        "dispute this? 11/28 VENMO PAYMENT TO ABERNATHY-SOLIS MARCUS REF 88213 -45.00",
        "ABERNATHY-SOLIS MARCUS",
    ),
    (
        detect_plus_codes,
        "우리 집 대문 위치는 플러스 코드 8Q99C4M7+JX 로 찾으면 돼요",
        "8Q99C4M7+JX",
    ),
    (
        detect_italian_tax_codes,
        "il mio codice fiscale BNCLRD88C14F205B risulta errato sul sito, perché?",
        "BNCLRD88C14F205B",
    ),
    (
        detect_japanese_form_fields,
        "履歴書 확인해줘\nふりがな: オオタ ミズキ\n生年月日: 平成8年3月2日",
        "オオタ ミズキ",
    ),
    (
        detect_japanese_form_fields,
        "履歴書 확인해줘\nふりがな: オオタ ミズキ\n生年月日: 平成8年3月2日",
        "平成8年3月2日",
    ),
    (
        detect_tool_password_args,
        "openssl rsa -in server.key -out plain.key -passin pass:Quokka%Dune7 fails to decrypt",
        "Quokka%Dune7",
    ),
    (
        detect_tool_password_args,
        "[win]\nhost7 ansible_ssh_pass=Ember&Slate33 and winrm still says unauthorized",
        "Ember&Slate33",
    ),
    (
        detect_tool_password_args,
        "htpasswd -bB users.htpasswd grafana Lark_Pine_902 gives me no output, did it work?",
        "Lark_Pine_902",
    ),
    (
        detect_tool_password_args,
        "podman login quay.example.org -p Thimble^9Rook -u jkwon hangs",
        "Thimble^9Rook",
    ),
    (
        detect_tool_password_args,
        'Workbooks.Open Filename:="급여.xlsx", Password:="Sodam#0412" 에서 런타임 오류 1004',
        "Sodam#0412",
    ),
]

POSITIVES.append(
    (
        detect_contact_neighbour_names,
        "proofread my poster: 'Guitar lessons - text Marisol on 07700 900 461 after 5pm'",
        "Marisol",
    )
)

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


def _old_reading_off(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.spoken, "_EXCHANGE_SEPARATORS", ())


test_the_widenings_are_needed = switch.widening_tests(
    [
        (
            "번개장터 글이에요: 직거래 원하시면 ㅇ1ㅇ-6284-3197 로 연락 주세요",
            "ㅇ1ㅇ-6284-3197",
            lambda mp: mp.delitem(core.privacy.spoken.DIGIT_WORDS, "\u110b"),
        ),
        (
            "아버지 수첩 번호: 공일공 사칠이팔 국에 구삼오일 번, 누구 번호인지 알아?",
            "공일공 사칠이팔 국에 구삼오일",
            _old_reading_off,
        ),
        (
            "동창회 회비 정리: 변서율 3만 (12월분)\n국하준 3만\n엄지율 3만 (선결제)",
            "변서율",
            lambda mp: mp.setattr(
                core.privacy.money_ledger_names_ko,
                "_ITEM_RE",
                core.privacy.money_ledger_names_ko._item_pattern(""),
            ),
        ),
    ]
)


test_public_text_stays_public = public_tests(
    [
        # A Russian question with no self-introduction; a Chinese film title after its noun.
        "how do you say 'my name is' in Russian - is it 'меня зовут'?",
        "the film 我叫刘跃进 came out in 2008, right?",
        # Dialect without a name; a poem's "I've known" with no capitalised name.
        "'그라믄 안 된다 캅니다' 이거 표준어로 뭐야?",
        "I have known days like these for years, any poems on that?",
        # 배상 as compensation, 어린이 and 책임 as plain words.
        "손해 배상 청구는 언제까지 할 수 있어?",
        "어린이날 선물로 뭐가 좋을까? 책임감 있는 아이로 키우는 법도 알려줘",
        # A Discord header with no time; a pdftk field that names a company; a company payee.
        "Release Notes — version 2.4 is out",
        "FieldName: company_name\nFieldValue: Northwind Traders",
        "what is ZELLE TO COMCAST CABLE LLC on my statement?",
        # Not a plus code (wrong alphabet, no plus); an invalid codice fiscale's check letter.
        "the part number AB12CD34+EF is out of stock",
        "is RSSMRA85T10A562X a real codice fiscale? the last letter looks off",
        # An empty Japanese form; password flags reading from elsewhere or left as stand-ins.
        "フリガナ と 生年月日 의 차이가 뭐야?",
        "openssl pkcs12 -export -out a.p12 -passout env:P12_PASS is that safer?",
        "ansible_become_pass={{ vault_sudo_pass }} - is this how vault is used?",
        'docker login -u ci -p "$CI_JOB_TOKEN" $CI_REGISTRY in gitlab CI, is that fine?',
        'ActiveSheet.Protect Password:="YOUR_PASSWORD" 이 예제 코드 설명해줘',
        # A desk reached by phone, not a person.
        "call Reception on 020 7946 0321 to book a parking permit",
        # Chat's ㅇㅇ (yes) beside a time, and a fully masked number.
        "ㅇㅇ 3시 15분에 2번 출구에서 봐",
        "연락처는 ㅇ1ㅇ-ㅇㅇㅇㅇ-ㅇㅇㅇㅇ 형식으로 가려서 올려주세요",
    ]
)


_PUBLIC: list[switch.LookAlike] = [
    (
        '"My name is Maximus Decimus Meridius, commander of the Armies of the North" - which '
        "movie is that line from?",
        predicate_off(core.privacy.intro_names, "quotes_a_line_and_asks_its_source"),
    ),
    (
        "이 서류 작성 예시의 '氏名: 山田 花子' 는 실제 사람이야?",
        predicate_off(core.privacy.han_name_labels, "is_documented_example_name"),
    ),
    (
        "the what3words example ///filled.count.soap - which city is it in?",
        predicate_off(core.privacy.what3words_addresses, "is_documented_example"),
    ),
    (
        "Google's docs example 849VCWC8+R9 - how many metres wide is that square?",
        predicate_off(core.privacy.plus_codes, "is_documented_example"),
    ),
    (
        "the Agenzia's example code RSSMRA85T10A562S: which letter is the month?",
        predicate_off(core.privacy.italian_tax_codes, "is_documented_example"),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The writer introducing themself inside quotes, asked about as their own words.
        "'My name is Ottilie Brannock and I'm applying for' - how do I finish this line?",
        # A specimen code the writer says is their own, not an example.
        "내 what3words 주소는 ///amber.kettle.rise 야",
        "my plus code is 8Q98JX2C+4V, deliver there please",
        # A form filled with a real person's name, no example word.
        "氏名: 石川 蓮 로 썼는데 한자 맞아?",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


@pytest.mark.parametrize(
    "text",
    [
        # A keycap phone that ends the text, and one followed by more text: the last digit's
        # marks (U+FE0F, U+20E3) belong to the finding, so masking leaves none behind.
        "가게 전화 ☎ 0️⃣2️⃣-5️⃣5️⃣1️⃣-8️⃣3️⃣0️⃣7️⃣",
        "주문 📞 0️⃣1️⃣0️⃣-2️⃣9️⃣4️⃣8️⃣-6️⃣1️⃣7️⃣5️⃣ 로 주세요",
    ],
)
def test_a_finding_ends_over_the_marks_folding_dropped(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    (finding,) = scan(text)
    assert finding.text.endswith("\ufe0f\u20e3")
    assert "\u20e3" not in mask(text)
    monkeypatch.setattr(core.privacy.normalize, "EXTEND_OVER_DROPPED", False)
    (finding,) = scan(text)
    assert not finding.text.endswith("\u20e3")

"""Round 46's rules on sentences written for these tests (none is a sentence of set 46).

Each form is found, and missed with its detector out of the scanner (every form of the round
lives in one of five new detectors). Public look-alikes stay public and are held once their
predicate is off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.frame_names_54p
import core.privacy.in_law_relation_names
import core.privacy.intro_names
import core.privacy.latin_self_intros
import core.privacy.main_lines
import core.privacy.numeric_forms_54p
from core.lazy_regex import LazyPattern
from core.privacy.command_secrets_54p import detect_command_secrets_54p
from core.privacy.frame_names_54p import detect_frame_names_54p
from core.privacy.numeric_forms_54p import detect_numeric_forms_54p, hkid_check_digit
from core.privacy.script_numbers_54p import detect_script_numbers_54p, katakana_digits
from core.privacy.self_intros_54p import detect_self_intros_54p
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests

POSITIVES: list[switch.Positive] = [
    # Introductions: Persian (three phrasings), Bengali.
    (
        detect_self_intros_54p,
        "translate this email opening: 'سلام، نام من مهسا کریمی است و مسئول پروژه هستم'",
        "مهسا کریمی",
    ),
    (
        detect_self_intros_54p,
        "이란 거래처 메일이 'با سلام، من آرش تهرانی هستم' 로 시작해. 번역해줘",
        "آرش تهرانی",
    ),
    (
        detect_self_intros_54p,
        "reply to 'নমস্কার, আমার নাম সুদীপ্ত বসু। আমি কলকাতা থেকে লিখছি'",
        "সুদীপ্ত বসু",
    ),
    # Frames.
    (
        detect_frame_names_54p,
        "please review: 'We are writing on behalf of Marguerite Oyelowo-Dunn, whose hearing "
        "was damaged in the accident'",
        "Marguerite Oyelowo-Dunn",
    ),
    (
        detect_frame_names_54p,
        "계약서 보니까 그 차가 탁윤서 명의의 리스더라. 승계 가능해?",
        "탁윤서",
    ),
    (
        detect_frame_names_54p,
        "상장 문구 봐줘\n변도윤\n위 사람은 교내 글짓기 대회에서 우수한 성적을 거두었으므로",
        "변도윤",
    ),
    (
        detect_frame_names_54p,
        "seating plan for the reception: 'Table 12: Ophelia Marchetti-Cole, Barnaby Quist and "
        "Imelda Ortega' - should the Quists sit nearer the band?",
        "Barnaby Quist",
    ),
    (
        detect_frame_names_54p,
        "하객 테이블 배치 'Table 3 — Leopold Ashby, Hyacinth Borrow' 이렇게 해도 돼?",
        "Hyacinth Borrow",
    ),
    (
        detect_frame_names_54p,
        "const p = { fullName: 'Cordelia Vantongeren', dob: '1990-02-11' }; why is p.name "
        "undefined?",
        "Cordelia Vantongeren",
    ),
    (
        detect_frame_names_54p,
        'db.members.insertOne({ name: "편서윤", grade: 3 }) 하면 중복 에러 나',
        "편서윤",
    ),
    (
        detect_frame_names_54p,
        "줌 녹취록 정리해줘\n남궁민 12:03\n예산은 다음 주에 확정할게요\n"
        "석다온 1:02:44\n네 알겠습니다",
        "석다온",
    ),
    (
        detect_frame_names_54p,
        "mi cuñado Faustino Berrocal tiene diabetes - ¿cómo se lo explico a su jefe?",
        "Faustino Berrocal",
    ),
    (
        detect_frame_names_54p,
        "브라질 친구한테 'minha sogra Benedita Cardoso está com câncer' 맞는 문장이야?",
        "Benedita Cardoso",
    ),
    (
        detect_frame_names_54p,
        "check my French: 'ma belle-mère Solange Périgord a la maladie de Parkinson'",
        "Solange Périgord",
    ),
    (detect_frame_names_54p, "새로 온 선생님 성이 편씨래. 어떻게 불러야 돼?", "편씨"),
    # National numbers and addresses.
    (
        detect_numeric_forms_54p,
        "my tenant's HKID is Y562318(7), does the landlord form need the bracket?",
        "Y562318(7)",
    ),
    (
        detect_numeric_forms_54p,
        "홍콩 직원 신분증 번호가 XA457812(8) 인데 맞게 적은 거야?",
        "XA457812(8)",
    ),
    (
        detect_numeric_forms_54p,
        "mi RUT personal es 9.876.543-3, ¿lo pongo con puntos en la factura?",
        "9.876.543-3",
    ),
    (detect_numeric_forms_54p, "칠레 친구 RUT 15937264-2 로 송금해도 돼?", "15937264-2"),
    (
        detect_numeric_forms_54p,
        "寄到我家 上海市静安区延安中路200弄15号 要写邮编吗",
        "上海市静安区延安中路200弄15号",
    ),
    (
        detect_numeric_forms_54p,
        "my cousin lives at 淮海中路300弄7号 in Shanghai - how do I write 弄 in English?",
        "淮海中路300弄7号",
    ),
    (
        detect_numeric_forms_54p,
        "kargo etiketi: 'Atatürk Bulvarı No: 45 Kat: 3 Çankaya/Ankara' doğru mu?",
        "Atatürk Bulvarı No: 45 Kat: 3",
    ),
    (detect_numeric_forms_54p, "주소 끝에 씨동 804호 까지 붙여야 택배가 와", "씨동 804호"),
    # Numbers in other scripts' words.
    (
        detect_script_numbers_54p,
        "大家さんの番号は ゼロハチゼロ、ナナサンイチハチ、ニーゴーロクヨン だそうです",
        "ゼロハチゼロ、ナナサンイチハチ、ニーゴーロクヨン",
    ),
    (
        detect_script_numbers_54p,
        "할아버지 호적에 주민번호가 九五〇三一四-一二八四〇六〇 로 적혀 있어",
        "九五〇三一四-一二八四〇六〇",
    ),
    # Secrets.
    (
        detect_command_secrets_54p,
        "rabbitmqctl change_password billing Marten#Cove48 하면 기존 연결은 끊겨?",
        "Marten#Cove48",
    ),
    (
        detect_command_secrets_54p,
        'rabbitmqctl add_user "ops" "Kestrel9Fjord" then set_permissions - which vhost?',
        "Kestrel9Fjord",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "is the Hong Kong airport express still running every ten minutes?",
        predicate_off(core.privacy.intro_names, "is_a_place_name_pair"),
    ),
    (
        "in the Portuguese dub he says 'O meu nome é Bond. James Bond' - how is nome said?",
        predicate_off(core.privacy.latin_self_intros, "is_a_named_characters_surname"),
    ),
    (
        "in Game of Thrones, why does Jon Snow trust his half-brother Robb so much?",
        predicate_off(core.privacy.in_law_relation_names, "asks_about_a_works_people"),
    ),
    (
        "주한 프랑스대사관 대표번호가 02-3149-4300 맞아?",
        # The widening itself: 가/이 after the label, as 는/은 were.
        lambda mp: mp.setattr(
            core.privacy.main_lines,
            "_LABEL_BEFORE_RE",
            LazyPattern(core.privacy.main_lines._LABEL_BEFORE_RE._pattern.replace("|가|이)", ")")),
        ),
    ),
    (
        "the guide shows Z123456(?) style numbers, e.g. C123456(9) - which letter is first?",
        predicate_off(core.privacy.numeric_forms_54p, "_counts_up"),
    ),
    (
        "본인 명의로 된 휴대폰만 가입할 수 있어?",
        lambda mp: mp.setattr(core.privacy.frame_names_54p, "_NOT_NAMES_KO", frozenset()),
    ),
]

test_look_alikes_are_public, test_look_alikes_need_their_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


test_public_text_stays_public = public_tests(
    [
        # Public shapes no predicate is needed for.
        "rabbitmqctl add_user guest guest 로 다시 만들어도 돼?",
        'rabbitmqctl add_user app "$RABBIT_PASS" in the entrypoint - is that safe?',
        "I'm writing on behalf of Acme Logistics, who supply our parts",
        "the menu card reads 'Table 2 — House Red, Sparkling Water'",
        "const item = { name: 'Sample Product', price: 10 }",
        "上海博物馆在人民大道201号吗？周一开门吗",
        "Anıtkabir'in adresi Anıt Cad. No: 1 mi?",
        "ゼロから始める日本語、いい本ですか",
        "회의는 10:00에 시작\n점심 12:30\n퇴근 18:00",
        "오늘 일정\n점심 12:30",
        "방글라데시 국가 'আমার সোনার বাংলা' 는 무슨 뜻이야?",
        "성이 김씨인 사람이 한국에 몇 명이야?",
        "Hafez: 'من عاشق هستم' is a famous line? what does it mean",
    ]
)


@pytest.mark.parametrize(
    ("letters", "digits", "check"),
    [("K", "382917", "0"), ("Y", "562318", "7"), ("XA", "457812", "8"), ("A", "123456", "3")],
)
def test_hkid_check_digit(letters: str, digits: str, check: str) -> None:
    assert hkid_check_digit(letters, digits) == check


@pytest.mark.parametrize(
    ("run", "digits"),
    [("ゼロキュウゼロ", "090"), ("ヨンハチニ-ナナ", "4827"), ("サンイチロクゴ", "3165")],
)
def test_katakana_digits(run: str, digits: str) -> None:
    assert katakana_digits(run) == digits

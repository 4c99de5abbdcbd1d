"""Round 39's rules on sentences written for these tests (none is a sentence of set 39).

Each detector's forms are found, and missed with that detector out of the scanner; the
widenings (HTML character references decoded, Chinese forms of address after a Han name,
keycap marks folded away) are switched off by their own parts. Public look-alikes stay
public and are held once their predicate is off; the same shapes given as the writer's own
stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.cjk_script_names
import core.privacy.encoded_values
import core.privacy.intro_names
import core.privacy.signature_names
from core.privacy import classify, scan
from core.privacy.caption_names import detect_caption_names
from core.privacy.certificate_names_en import detect_certificate_names_en
from core.privacy.code_call_passwords import detect_code_call_passwords
from core.privacy.customer_honorific_names_ko import detect_customer_honorific_names_ko
from core.privacy.dutch_spanish_ids import detect_dutch_spanish_ids
from core.privacy.english_mode_names_ko import detect_english_mode_names_ko, two_set_to_hangul
from core.privacy.hanja_numeral_phones import detect_hanja_numeral_phones
from core.privacy.named_child_names_ko import detect_named_child_names_ko
from core.privacy.normalize import normalize
from core.privacy.script_titled_names_more import detect_script_titled_names_more
from core.privacy.spelled_secrets_ko import detect_spelled_secrets_ko
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests
from tests.tools.rule_switch import NEVER

# Each: the detector, a sentence of ours, and the part of it the detector must find.
POSITIVES: list[switch.Positive] = [
    (
        detect_hanja_numeral_phones,
        "외할머니 전화번호부에 '막내 삼촌 〇一〇 四二七一 八〇三五' 라고 써 있어, 저장해줘",
        "〇一〇 四二七一 八〇三五",
    ),
    (
        detect_english_mode_names_ko,
        "배송지 이름을 한영키 안 누르고 rlaalswn 로 적었어요, 택배 잘 올까요?",
        "rlaalswn",
    ),
    (
        detect_script_titled_names_more,
        "この度は ありがとうございます、ナカムラ ハルカ 様 と 書いてあるメール 번역해줘",
        "ナカムラ ハルカ",
    ),
    (
        detect_script_titled_names_more,
        "what does 'श्रीमती सुनीता वर्मा, आपका पार्सल आ गया है' say?",
        "सुनीता वर्मा",
    ),
    (
        detect_script_titled_names_more,
        "reply politely to this: 'Φιλικά, Δημήτρης Κωνσταντίνου' signed our Crete host",
        "Δημήτρης Κωνσταντίνου",
    ),
    (
        detect_certificate_names_en,
        "check the wording: 'We hereby certify that Ignatius Okorafor-Lund attended the course'",
        "Ignatius Okorafor-Lund",
    ),
    (
        detect_caption_names,
        "tidy this caption for the newsletter: (L-R) Perpetua Shand, Odhran Vesey and me",
        "Odhran Vesey",
    ),
    (
        detect_caption_names,
        "졸업사진 설명 써줘: 좌측부터 옥다인, 변서하, 그리고 나",
        "변서하",
    ),
    (
        detect_named_child_names_ko,
        "셋째 이름은 '남궁윤슬'로 정했어, 돌잔치 초대장 문구 써줘",
        "남궁윤슬",
    ),
    (
        detect_customer_honorific_names_ko,
        "[Web발신] [OO카드] 추다온 회원님, 해외 결제 승인 1,200달러. 이거 피싱이야?",
        "추다온",
    ),
    (
        detect_spelled_secrets_ko,
        "와이파이 비밀번호 불러줄게: 소문자 큐, 대문자 지, 숫자 삼 일, 특수문자 골뱅이",
        "소문자 큐, 대문자 지, 숫자 삼 일, 특수문자 골뱅이",
    ),
    (
        detect_code_call_passwords,
        "my config.php has define('SMTP_PASS', 'Orchid*Vale61'); is that why mail fails?",
        "Orchid*Vale61",
    ),
    (
        detect_code_call_passwords,
        r'net use S: \\files01\share /user:corp\mkwon "Tundra!73q" fails with error 86',
        "Tundra!73q",
    ),
    (
        detect_code_call_passwords,
        "jarsigner -keystore rel.jks -storepass Quill7&Fen app.apk alias1 errors out",
        "Quill7&Fen",
    ),
    (
        detect_dutch_spanish_ids,
        "el NIE de mi compañero es Y2048137R, ¿sirve para abrir una cuenta?",
        "Y2048137R",
    ),
    (
        detect_dutch_spanish_ids,
        "the gemeente form wants my BSN: 1112.22.333, is the dotted form accepted?",
        "1112.22.333",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

test_the_widenings_are_needed = switch.widening_tests(
    [
        (
            "my portfolio's footer has contact: oisin.brannagh&#64;proton&#46;me - fine?",
            "oisin.brannagh&#64;proton&#46;me",
            lambda mp: mp.setattr(
                core.privacy.encoded_values,
                "_IN_PLACE",
                core.privacy.encoded_values._IN_PLACE[:2],
            ),
        ),
        (
            "광저우 공장 周美玲女士 한테 샘플 늦는다고 위챗 보낼 문구 써줘",
            "周美玲",
            lambda mp: mp.setattr(core.privacy.cjk_script_names, "_CHINESE_TITLED_RE", NEVER),
        ),
    ]
)


def test_keycap_digits_fold_to_plain_digits() -> None:
    text = "문의 ☎ 0️⃣1️⃣0️⃣-7️⃣2️⃣6️⃣1️⃣-4️⃣0️⃣9️⃣3️⃣ 로 문자 주세요"
    assert "010-7261-4093" in normalize(text).text
    assert [f.type for f in scan(text)] == ["phone"]


def test_two_set_keys_read_back_as_hangul() -> None:
    assert two_set_to_hangul("rlaalswn") == "김민주"
    assert two_set_to_hangul("dkssud") == "안녕"
    # A vowel key with no consonant before it is no syllable.
    assert two_set_to_hangul("ooo") is None


test_public_text_stays_public = public_tests(
    [
        # Han numerals in a year and a count, no zero-led phone; a greeting typed in English
        # mode; お客様 (a customer, no katakana name); a name without a title in Devanagari
        # and Greek.
        "二〇二六年 一月 一日 에 시작하는 행사야",
        "한영 전환 안 하고 dkssudgktpdy 라고 쳤어, 이름 칸 아니고 채팅창에",
        "お客様各位、メンテナンスのお知らせ 번역해줘",
        "did रवीन्द्रनाथ ठाकुर write the anthem of Bangladesh?",
        "is Μίκης Θεοδωράκης the composer of Zorba's dance?",
        # A certificate's formula before no name; a caption of places; a file named by a child
        # word; a notice with no name; a password rule, not a password.
        "I certify that the information above is correct",
        "photo caption: left to right: Lisbon, Porto and Braga at dusk",
        "아기 사진 폴더 이름을 '2026 여름'으로 지었어",
        "[Web발신] 우수 고객님께 드리는 쿠폰이 도착했습니다",
        "비밀번호는 대문자 1개, 숫자 2개 이상 넣어야 해요",
        # wp-config-sample's stand-ins; net use prompting; keytool's documented default.
        "define( 'DB_PASSWORD', 'password_here' ); define( 'AUTH_KEY', 'put your unique "
        "phrase here' );",
        r"net use Z: \\nas\media /user:guest * asks for the password every time",
        "keytool -list -cacerts -storepass changeit prints nothing, why?",
        # A DNI with a wrong letter, the specimen's number; a BSN that fails the 11-test.
        "is DNI 48392716B valid?",
        "the sample DNI has 99999999R on it",
        "BSN 123456789 - is that a valid format?",
    ]
)


_PUBLIC: list[switch.LookAlike] = [
    (
        "on the Let It Be album cover, which corner is George Harrison in?",
        predicate_off(core.privacy.intro_names, "names_public_people_in_writer_free_text"),
    ),
    (
        "Prince Harry and Meghan named their son Archie Harrison - why Harrison?",
        predicate_off(core.privacy.intro_names, "names_public_people_in_writer_free_text"),
    ),
    (
        "Chekhov's letters to his wife often close 'Yours, Anton' - were they ever published?",
        predicate_off(core.privacy.signature_names, "names_public_people_in_writer_free_text"),
    ),
    (
        "鲁迅先生 이 광인일기를 발표한 게 1918년 맞아?",
        predicate_off(core.privacy.cjk_script_names, "writer_free_text_of_history"),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes with the writer in them, or a place named after a royal.
        "our band photo on the Harbour Lights poster, is that Paul McCartney or my cousin "
        "Gareth Lloyd?",
        "can Sarah Johnson park near Prince Street?",
        "my nan's letters always end 'Love, Maureen' - can you keep that in the eulogy?",
        "제가 모시는 周美玲女士 가 1975년생이신데 선물 추천해줘",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)

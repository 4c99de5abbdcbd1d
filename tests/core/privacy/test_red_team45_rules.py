"""Round 45's rules on sentences written for these tests (none is a sentence of set 45).

Each form is found, and missed with its detector out of the scanner (every form of the round
lives in one of five new detectors). Public look-alikes stay public and are held once their
predicate is off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.frame_names_53p
import core.privacy.numeric_forms_53p
import core.privacy.self_intros_53p
from core.lazy_regex import LazyPattern
from core.privacy.command_secrets_53p import detect_command_secrets_53p
from core.privacy.frame_names_53p import detect_frame_names_53p
from core.privacy.numeric_forms_53p import detect_numeric_forms_53p
from core.privacy.self_intros_53p import detect_self_intros_53p
from core.privacy.spoken_numbers_53p import (
    detect_spoken_numbers_53p,
    french_number_value,
    spanish_number_value,
)
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import public_tests

_NEVER = LazyPattern("(?!x)x")


def _no(*_args: object) -> bool:
    return False


POSITIVES: list[switch.Positive] = [
    # Introductions: Hungarian, Mongolian, Amharic, Japanese, Chinese.
    (
        detect_self_intros_53p,
        "from the Szeged office: 'Jó napot, a nevem Fekete-Halmos Dorottya, én leszek a "
        "kapcsolattartó' - reply?",
        "Fekete-Halmos Dorottya",
    ),
    (
        detect_self_intros_53p,
        "헝가리 협력사 담당자가 'Szia, Vörös Bence vagyok, az új projektvezető' 라고 인사했어",
        "Vörös Bence",
    ),
    (
        detect_self_intros_53p,
        "몽골 친구가 'Миний нэрийг Энхжаргал Сүхбаатар гэдэг' 라고 보냈어, 뭐라고 답해?",
        "Энхжаргал Сүхбаатар",
    ),
    (detect_self_intros_53p, "translate: 'ስሜ ሰላማዊት ተስፋዬ ነው፣ ከጎንደር ነኝ'", "ሰላማዊት ተስፋዬ"),
    (
        detect_self_intros_53p,
        "reply to 'はじめまして、高梨 美羽です。よろしくお願いします'",
        "高梨 美羽",
    ),
    (detect_self_intros_53p, "中国同事发来：'各位好，我是欧阳思琪，负责新项目'", "欧阳思琪"),
    (detect_self_intros_53p, "위챗에 '你好，我是黄子涵。' 라고 왔어 번역해줘", "黄子涵"),
    # Korean frames.
    (
        detect_frame_names_53p,
        "다음 달에 변하준네 집으로 이사 선물 보내려는데 뭐가 좋을까",
        "변하준",
    ),
    (detect_frame_names_53p, "새로 온 인턴 이름이 석태오래. 환영 메시지 써줘", "석태오"),
    (detect_frame_names_53p, "커플 반지 각인 '예도윤 & 봉하은' 어때?", "봉하은"),
    (
        detect_frame_names_53p,
        "백일 떡 스티커 문구: '우리 아기 국서율의 백일을 축하해주세요'",
        "국서율",
    ),
    # English frames.
    (
        detect_frame_names_53p,
        "make this warmer: 'You have reached Imelda Stavrou-Kent's mobile, please leave a message'",
        "Imelda Stavrou-Kent",
    ),
    (
        detect_frame_names_53p,
        "intranet post: Congratulations to Rosalind Achebe-Morrow for twenty years in the lab",
        "Rosalind Achebe-Morrow",
    ),
    (
        detect_frame_names_53p,
        "can the guarantor clause follow 'Ignatius Pemberton-Shaw (the Borrower)'?",
        "Ignatius Pemberton-Shaw",
    ),
    (
        detect_frame_names_53p,
        'usermod --comment "Henrietta Oyelaran-Blake" hoblake fails, why?',
        "Henrietta Oyelaran-Blake",
    ),
    (
        detect_frame_names_53p,
        "passwd line: wbarrow:x:1004:1004:Wendeline Barrowcliffe,,,:/home/wbarrow:/bin/bash "
        "- why is the shell ignored?",
        "Wendeline Barrowcliffe",
    ),
    (
        detect_frame_names_53p,
        "영어로 소개해야 돼: my landlady is Agnieszka Wróblewska-Tate 인데 뭐라고 시작해?",
        "Agnieszka Wróblewska-Tate",
    ),
    # Numbers read aloud.
    (
        detect_spoken_numbers_53p,
        "Maman m'a laissé son numéro: zéro sept, quatre-vingt-dix-neuf, vingt et un, zéro "
        "deux, onze - write it down",
        "zéro sept, quatre-vingt-dix-neuf, vingt et un, zéro deux, onze",
    ),
    (
        detect_spoken_numbers_53p,
        "프랑스 집주인 번호가 'zéro six, trente-trois, dix-sept, cinquante, quatre-vingts' 래",
        "zéro six, trente-trois, dix-sept, cinquante, quatre-vingts",
    ),
    (
        detect_spoken_numbers_53p,
        "Oma sagt ihre Nummer: null eins fünf zwei, sechs sieben acht, neun null eins zwei",
        "null eins fünf zwei, sechs sieben acht, neun null eins zwei",
    ),
    (
        detect_spoken_numbers_53p,
        "택배 기사님 번호 '공일공 점 칠칠사일 점 오팔삼이' 로 왔어",
        "칠칠사일 점 오팔삼이",
    ),
    (
        detect_spoken_numbers_53p,
        "메일 주소 'minjun 언더바 kang 팔칠 골뱅이 다음 점 넷' 으로 적어줘",
        "minjun 언더바 kang 팔칠 골뱅이 다음 점 넷",
    ),
    (
        detect_spoken_numbers_53p,
        "the clerk spelled my ID as 'K for Kilo, 4, 8, 1, 7, 2, 9, 3' - type it",
        "K for Kilo, 4, 8, 1, 7, 2, 9, 3",
    ),
    # Numbers and addresses written.
    (detect_numeric_forms_53p, "주민번호 칸에 880927ㅡ1953021 라고 써도 돼?", "880927ㅡ1953021"),
    (detect_numeric_forms_53p, "the form says 010ㅡ5521ㅡ8834 is invalid", "010ㅡ5521ㅡ8834"),
    (
        detect_numeric_forms_53p,
        "家賃の振込先: 楽天銀行 第一営業支店 普通 7391846 口座名義 タカギ ソウタ",
        "タカギ ソウタ",
    ),
    (
        detect_numeric_forms_53p,
        "송금 양식 봐줘: ゆうちょ以外 りそな銀行 梅田支店 普通 5028417",
        "5028417",
    ),
    (detect_numeric_forms_53p, "동생 번호 받아 적는데 앞자리는 010-58 까지만 들렸어", "010-58"),
    (
        detect_numeric_forms_53p,
        "envio para Av. Sete de Setembro, 1200, apto 54, Salvador - está certo?",
        "Av. Sete de Setembro, 1200, apto 54",
    ),
    (
        detect_numeric_forms_53p,
        "deliver to House No. 14-2, Lakshmi Nilayam, 2nd Main, Jayanagar please",
        "House No. 14-2, Lakshmi Nilayam, 2nd Main",
    ),
    (
        detect_numeric_forms_53p,
        "외할아버지 댁 주소가 연희동 산 12-3번지 1층이야",
        "연희동 산 12-3번지 1층",
    ),
    # Secrets.
    (
        detect_command_secrets_53p,
        "curl --proxy-password='Tern$Quill90' -x proxy:3128 fails with 407",
        "Tern$Quill90",
    ),
    (
        detect_command_secrets_53p,
        "oc login https://api.ocp.local:6443 -u dev -p 'Moss#Fable31' times out",
        "Moss#Fable31",
    ),
    (
        detect_command_secrets_53p,
        "netsh 결과가\n    키 콘텐츠            : Ember!Rook62\n로 나오는데 옮기려면?",
        "Ember!Rook62",
    ),
    (
        detect_command_secrets_53p,
        'Insomnia env: {"key": "api_key", "value": "k7Qz-19xPm-Rt44", "enabled": true}',
        "k7Qz-19xPm-Rt44",
    ),
]

# The second blind batch: Finnish and Greek introductions, "signed for by", a Spanish phone in
# words, an Italian flat, sqlplus user/password@db, redis.conf's requirepass.
POSITIVES += [
    (
        detect_self_intros_53p,
        "Oulun toimistosta: 'Hei, nimeni on Eveliina Mustonen-Aho, aloitan maanantaina' - reply?",
        "Eveliina Mustonen-Aho",
    ),
    (
        detect_self_intros_53p,
        "그리스 동료 메일 첫 줄 'Ονομάζομαι Σταυρούλα Μιχαηλίδου' 번역해줘",
        "Σταυρούλα Μιχαηλίδου",
    ),
    (
        detect_frame_names_53p,
        "택배 조회에 'Parcel left with Thornton Abernethy-Kwan at 09:14' 라고 떠, 모르는 사람인데",
        "Thornton Abernethy-Kwan",
    ),
    (
        detect_spoken_numbers_53p,
        "mi casera dijo 'seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho' - "
        "write it as digits",
        "seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho",
    ),
    (
        detect_numeric_forms_53p,
        "주소 순서 맞아? 'Corso Vittorio 48, piano 3, int. 12, 20122 Milano'",
        "Corso Vittorio 48, piano 3, int. 12",
    ),
    (
        detect_command_secrets_53p,
        "expdp billing/Larkspur!26@ORCLPDB dumpfile=b.dmp fails with ORA-39002",
        "Larkspur!26",
    ),
    (
        detect_command_secrets_53p,
        "redis.conf 에 masterauth 'Plover7&Reed' 넣었는데 replica 가 붙질 않아",
        "Plover7&Reed",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


def _course_check_off(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.self_intros_53p, "is_language_course_text", _no)


LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "헝가리어 회화책 예문 'A nevem Szabó Réka' 뜻이 뭐야?",
        _course_check_off,
    ),
    (
        "유튜브에서 탁재훈네 집 구경하는 편 봤는데 그 소파 브랜드 뭐야?",
        lambda mp: mp.setattr(core.privacy.frame_names_53p, "_MEDIA_KO", _NEVER),
    ),
    (
        "the league announced 'Congratulations to Erling Haaland on the Golden Boot' - how "
        "many goals did he score?",
        lambda mp: mp.setattr(core.privacy.frame_names_53p, "_PUBLIC_SOURCE_RE", _NEVER),
    ),
    (
        "the lease says 'Harbourside Properties Ltd (the Landlord)' - is Ltd enough?",
        lambda mp: mp.setattr(core.privacy.frame_names_53p, "_COMPANY_WORDS", frozenset()),
    ),
    (
        "請求書の振込先 '三菱UFJ銀行 本店 普通 7654321 口座名義 カ）ミドリヤ' の カ） は何?",
        lambda mp: mp.setattr(core.privacy.numeric_forms_53p, "_JP_COMPANY_RE", _NEVER),
    ),
    (
        "인사동 194번지 쌈지길 맞아? 외국인 관광객 많던데",
        lambda mp: mp.setattr(core.privacy.numeric_forms_53p, "_HOME_KO", LazyPattern("")),
    ),
]

test_look_alikes_are_public, test_look_alikes_need_their_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


test_public_text_stays_public = public_tests(
    [
        # Public shapes no predicate is needed for.
        "헝가리어 교재에 'a nevem' 다음에 이름을 넣으라는데 어순이 맞아?",
        "a French poster says 'trente-neuf quarante-neuf' - what number is that?",
        "Germany's helpline is read 'null achthundert eins eins eins null eins eins eins'",
        "주민번호 입력 예시가 YYMMDDㅡ1234567 인데 ㅡ 대신 하이픈 써도 돼?",
        "MASP fica na Avenida Paulista, 1578 - abre segunda?",
        "the template reads '[Tenant Name] (the Tenant)' - do joint tenants both go in?",
        'useradd -r -c "postgres daemon" -s /sbin/nologin postgres - what does -r do?',
        "netsh shows 'Security key : Present' only - why no password?",
        'Postman docs: {"key": "password", "value": "{{password}}"} - how do I set it?',
        "az login -u $AZ_USER -p $AZ_PASSWORD in CI is that safe?",
        "我是学生，我想学韩语",
        "핀란드어 교재 예문 'Minun nimeni on Matti Meikäläinen' 은 무슨 뜻이야?",
        "Oracle docs still log in with sqlplus scott/tiger, is that account shipped?",
        "redis.conf ships 'requirepass foobared' commented out - what is foobared?",
        "the tracking says 'signed for by Amazon Logistics' - who is that?",
        "tengo seis perros y cuatro gatos en casa",
        "私は学生です。はじめまして",
    ]
)


@pytest.mark.parametrize(
    ("word", "value"),
    [("soixante-dix-huit", 78), ("quatre-vingt-dix-neuf", 99), ("vingt et un", 21), ("x", None)],
)
def test_french_number_words_are_read(word: str, value: int | None) -> None:
    assert french_number_value(word) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [("ochenta y dos", 82), ("veintitrés", 23), ("cero", 0), ("treinta y diez", None)],
)
def test_spanish_number_words_are_read(word: str, value: int | None) -> None:
    assert spanish_number_value(word) == value

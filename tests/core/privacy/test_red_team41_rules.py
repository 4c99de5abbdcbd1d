"""Round 41's rules on sentences written for these tests (none is a sentence of set 41).

Each detector's forms are found, and missed with that detector out of the scanner; the
widenings (幺 read as 1 in a Han-numeral phone, 빵 read as 0 beside digit words) are switched
off by their own parts. Public look-alikes stay public and are held once their predicate is
off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.code_output_names
import core.privacy.european_national_ids
import core.privacy.hanja_numeral_phones
import core.privacy.ids
import core.privacy.intro_names
import core.privacy.korean_mail_hosts
import core.privacy.names
import core.privacy.spoken
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.celebration_hashtags import detect_celebration_hashtags
from core.privacy.code_output_names import detect_code_output_names
from core.privacy.command_secret_args import detect_command_secret_args
from core.privacy.elder_honorific_names_ko import detect_elder_honorific_names_ko
from core.privacy.european_national_ids import detect_european_national_ids
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.meeting_chat_senders import detect_meeting_chat_senders
from core.privacy.mexican_curp import detect_mexican_curp
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests

# Each: the detector, a sentence of ours, and the part of it the detector must find.
POSITIVES: list[switch.Positive] = [
    (
        detect_code_output_names,
        "print(df) 결과가 이래, 성명으로 정렬하려면?\n"
        "    성명   부서\n0  국도현   총무\n1  채윤하   인사",
        "채윤하",
    ),
    (
        detect_code_output_names,
        "df.tail() shows\n       name  visits\n12  Leontyne      3\n13  Marisela      7\nwhy 7?",
        "Marisela",
    ),
    (
        detect_code_output_names,
        "my log prints Guest(id=88, name='Wendeline Arkwright', room=12) twice - why?",
        "Wendeline Arkwright",
    ),
    (
        detect_code_output_names,
        "E   assert Booking(name='Cassius Pemberton-Oduya', nights=2) == Booking(nights=3)",
        "Cassius Pemberton-Oduya",
    ),
    (
        detect_meeting_chat_senders,
        "who asked what?\n14:20:05 From  Philippa Anand-Okoro  to  Everyone:\n\tcan you share",
        "Philippa Anand-Okoro",
    ),
    (
        detect_meeting_chat_senders,
        "saved chat:\n09:41 From Casimir Dorrance to Thaddea Quillfeather (Privately): lunch?",
        "Thaddea Quillfeather",
    ),
    (
        detect_meeting_chat_senders,
        "From Ottoline Brackwater to Everyone:\n  running late, school run",
        "Ottoline Brackwater",
    ),
    (
        detect_celebration_hashtags,
        "조카 돌사진 올릴 건데 #남궁도윤첫돌 #돌잔치 해시태그 괜찮아?",
        "남궁도윤",
    ),
    (
        detect_celebration_hashtags,
        "캡션 추천해줘 #서윤이졸업축하 #우리딸최고",
        "서윤",
    ),
    (
        detect_celebration_hashtags,
        "caption for the cake photo with #HappyBirthdayPerpetua and #fortyandfab?",
        "Perpetua",
    ),
    (
        detect_elder_honorific_names_ko,
        "요양보호사 문자 다듬어줘: '국영자 어르신 오늘 혈압약 드시고 산책하셨습니다'",
        "국영자",
    ),
    (
        detect_elder_honorific_names_ko,
        "복지관에서 '채옥분 할머님께 반찬 배달 완료' 라고 왔는데 무슨 뜻이야",
        "채옥분",
    ),
    (
        detect_latin_self_intros,
        "is 'Chào cả nhà, mình tên là Trịnh Bảo Ngọc' too casual for a work chat?",
        "Trịnh Bảo Ngọc",
    ),
    (
        detect_latin_self_intros,
        "인니 직원 인사말 번역: 'Selamat pagi, nama saya Rizky Pratama, saya dari Surabaya'",
        "Rizky Pratama",
    ),
    (
        detect_latin_self_intros,
        "check my Tagalog: 'Magandang gabi po, ako po si Ligaya Dimaculangan'",
        "Ligaya Dimaculangan",
    ),
    (
        detect_latin_self_intros,
        "Türkçe mektup: 'Merhaba, benim adım Deniz Aksoy, İzmir'den yazıyorum'",
        "Deniz Aksoy",
    ),
    (
        detect_european_national_ids,
        "the Försäkringskassan form wants my personnummer 19910305-2388, with the century?",
        "19910305-2388",
    ),
    (
        detect_european_national_ids,
        "직원 계약서에 PESEL 번호는 85121207514 이라고 되어 있는데 맞게 적은 거야?",
        "85121207514",
    ),
    (
        detect_european_national_ids,
        "Kela asks for my henkilötunnus: 280387-123W, is the letter part of it?",
        "280387-123W",
    ),
    (
        detect_command_secret_args,
        "ALTER USER reporting IDENTIFIED BY 'Saffron_Lake77'; 후에도 로그인이 안 돼",
        "Saffron_Lake77",
    ),
    (
        detect_command_secret_args,
        "psql: ALTER ROLE etl WITH PASSWORD 'Gannet!Reef3'; then pg_hba still rejects it",
        "Gannet!Reef3",
    ),
    (
        detect_command_secret_args,
        "ssh-keygen -p -f ~/.ssh/id_rsa -P 'Old#Kestrel4' -N 'New#Kestrel5' 로 바꿨는데 에러",
        "New#Kestrel5",
    ),
    (
        detect_command_secret_args,
        "7za x backup.7z -pHeron2031Quay -o./restore says wrong password, why?",
        "Heron2031Quay",
    ),
    (
        detect_command_secret_args,
        "zip -r -P 'Tulip&Anchor8' 계약서.zip ./계약 이렇게 하면 안전해?",
        "Tulip&Anchor8",
    ),
    (
        detect_command_secret_args,
        "gpg --pinentry-mode loopback --passphrase 'Quartz_Fable92' -d notes.gpg fails",
        "Quartz_Fable92",
    ),
    (
        detect_command_secret_args,
        'cmdkey /generic:backup-nas /user:admin /pass:"Lichen%Bay6" 이후에도 자격 증명 창이 떠',
        "Lichen%Bay6",
    ),
    (
        detect_command_secret_args,
        "const t = jwt.sign({ uid }, 'marigold-ferry-5521', { expiresIn: '1h' }); is 1h ok?",
        "marigold-ferry-5521",
    ),
]

# The round's second batch: a CURP; ldapsearch -w and smbclient -U user%password.
POSITIVES += [
    (
        detect_mexican_curp,
        "멕시코 지사 직원 등록에 CURP GUSR881102HNLTNB06 넣으래, 어디서 확인해?",
        "GUSR881102HNLTNB06",
    ),
    (
        detect_command_secret_args,
        "ldapmodify -x -D cn=admin,dc=home -w Kelp7Saddle -f user.ldif says no such object",
        "Kelp7Saddle",
    ),
    (
        detect_command_secret_args,
        "rpcclient -U 'backup%Moss!Pier28' 10.0.0.5 -c enumdomusers 가 거부돼",
        "Moss!Pier28",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

# The old local part of a spoken address: only bracketed dots inside it, no opening quote.
_LOCAL_BEFORE_WITHOUT_SPACED_JEOM = LazyPattern(
    r"(?<![A-Za-z0-9._%+'-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
    r"(?:[ \t]*(?:\((?i:dot)\)|\[(?i:dot)\])[ \t]*[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}){0,3})"
    r"[ \t]*\Z"
)
_NEVER = LazyPattern("(?!x)x")


test_the_widenings_are_needed = switch.widening_tests(
    [
        (
            "상하이 지사 번호 받아 적었어: 幺八六 五二七三 四〇九一, 저장 형식으로 써줘",
            "幺八六 五二七三 四〇九一",
            lambda mp: mp.delitem(core.privacy.hanja_numeral_phones._DIGITS, "幺"),
        ),
        (
            "회신은 seoyun0412 골뱅이 outlook 닷컴 으로 해달래, 철자 맞아?",
            "seoyun0412 골뱅이 outlook 닷컴",
            lambda mp: mp.setattr(core.privacy.korean_mail_hosts, "_LATIN_HOST_RE", _NEVER),
        ),
        (
            "메일 주소 불러줄게: 'dahee 점 moon 골뱅이 naver 점 컴' 받아 적어줘",
            "dahee 점 moon 골뱅이 naver 점 컴",
            lambda mp: mp.setattr(
                core.privacy.spoken, "_LOCAL_BEFORE_RE", _LOCAL_BEFORE_WITHOUT_SPACED_JEOM
            ),
        ),
        (
            "세탁소 사장님이 '빵일빵 삼칠이구 팔사육오'로 연락 달래, 숫자로 바꿔줘",
            "빵일빵 삼칠이구 팔사육오",
            lambda mp: mp.delitem(core.privacy.spoken.DIGIT_WORDS, "빵"),
        ),
    ]
)


test_public_text_stays_public = public_tests(
    [
        # A DataFrame with no name column; a repr whose name is a product; a tag with no wish.
        "df.head()\n   item  qty\n0  Apple   3\n1  Pear    5",
        "Product(name='widget', price=9.99) repr looks odd",
        "#김치찌개 #맛집 #부산여행 사진 캡션 추천",
        "#주말화이팅 #수능화이팅 #우리아들사랑해 #대한민국화이팅",
        # 어르신 after a place or a group, not a name.
        "마을 어르신 경로당 어르신 노인정 어르신께 떡 돌리려는데 문구 추천",
        # "From … to …" in prose; a Vietnamese question with no name; Turkish "adım adım".
        "From Seoul to Busan: how long by KTX?",
        "'tên tôi là gì?' nghĩa là gì?",
        "adım adım means step by step in Turkish?",
        # An identity number with a bad check, or without its label.
        "personnummer 870614-3926 - is the last digit a checksum?",
        "order 92071408342 shipped",
        # Values read from elsewhere or left as stand-ins; an empty passphrase; a key variable.
        "CREATE USER 'app'@'%' IDENTIFIED BY '$APP_PW'; in a bash heredoc, will it expand?",
        "ssh-keygen -t ed25519 -N '' -f ci_key for a deploy key, fine?",
        "7z a -p archive.7z docs/ asks for a password - can I pass it inline?",
        'gpg --passphrase-file pass.txt --batch -d a.gpg works but --passphrase "$GPG_PW" not',
        "jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256') - where is the key read?",
        "jwt.encode({'a': 1}, 'your-256-bit-secret', algorithm='HS256') from jwt.io",
    ]
)


def _no(*_args: object) -> bool:
    return False


_PUBLIC: list[switch.LookAlike] = [
    (
        "여권 발급 안내에 나온 여권번호 예시 M123A4567 형식에서 A 자리는 어떻게 읽어?",
        predicate_off(core.privacy.ids, "is_placeholder_passport"),
    ),
    (
        "seaborn's titanic dataset has 'Heikkinen, Miss. Laina' - how do I split on the comma?",
        lambda mp: (
            mp.setattr(core.privacy.names, "is_public_dataset_record", _no),
            mp.setattr(core.privacy.intro_names, "is_public_dataset_record", _no),
        ),
    ),
    (
        "재임 기간 계산 코드 알려줘\n"
        "     이름  취임   퇴임\n0  윤보선  1960  1962\n1  박정희  1963  1979",
        lambda mp: mp.setattr(
            core.privacy.code_output_names,
            "_OFFICE_TERM_LABELS",
            LazyPattern("(?!x)x"),
        ),
    ),
    (
        "the attrs docs show Author(name='Mary Shelley', born=1797) - what does @define add?",
        predicate_off(core.privacy.code_output_names, "_quoted_from_docs"),
    ),
    (
        "Skatteverket's example personnummer 19121212-1212 (Tolvan) - why twelve digits?",
        predicate_off(core.privacy.european_national_ids, "_specimen"),
    ),
]

test_public_look_alikes_are_public, test_those_need_their_predicates = switch.look_alike_tests(
    _PUBLIC
)


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own passport with a counting-up number; a family's row in a manifest
        # form; our own record printed by a tutorial's code.
        "내 여권번호가 M123A4567 인데 예시랑 똑같아서 항공사가 안 믿어",
        "my family tree csv has 'Threlkeld, Mrs. Cosima Ann' like the Titanic data - split?",
        "following the tutorial, our clinic's log printed Patient(name='Rosamund Achterberg')",
    ],
)
def test_the_same_shapes_as_ones_own_stay_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)

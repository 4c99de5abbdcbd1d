"""Round 49's rules on sentences written for these tests (none is a sentence of set 49).

Each form is found, and missed with its detector out of the scanner (the round's new forms live
in five new detectors, two labelled numbers in the widened readers of their family); the three
other widened rules (spoken dash words, the elder honorific's particle, a hyphenated romanised
given name in a sign-off) are switched back to their old form and then miss. Public look-alikes
stay public.
"""

from __future__ import annotations

import pytest

import core.privacy.elder_honorific_names_ko
import core.privacy.signature_names
import core.privacy.spoken
from core.lazy_regex import LazyPattern
from core.privacy.addresses_57p import detect_addresses_57p
from core.privacy.asia_pacific_national_ids import detect_asia_pacific_national_ids
from core.privacy.command_secrets_57p import detect_command_secrets_57p
from core.privacy.european_national_ids import detect_european_national_ids
from core.privacy.frame_names_57p import detect_frame_names_57p
from core.privacy.names import KOREAN_NAME_PATTERN
from core.privacy.numeric_forms_57p import detect_numeric_forms_57p
from core.privacy.self_intros_57p import detect_self_intros_57p
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import public_tests

POSITIVES: list[switch.Positive] = [
    # Introductions: Yoruba, Danish, Swedish, Bosnian, Urdu, Sinhala.
    (
        detect_self_intros_57p,
        "a parent wrote 'Ẹ n lẹ, orúkọ mi ni Fúnmiláyọ̀ Àjàyí-Bello' - how do I greet her back?",
        "Fúnmiláyọ̀ Àjàyí-Bello",
    ),
    (
        detect_self_intros_57p,
        "코펜하겐 집주인이 'Hej, jeg hedder Mette Kjærsgaard-Holm' 이라고 보냈어. 답장 써줘",
        "Mette Kjærsgaard-Holm",
    ),
    (
        detect_self_intros_57p,
        "translate 'Hej! Jag heter Linnea Åkerblom och jag är er nya granne'",
        "Linnea Åkerblom",
    ),
    (
        detect_self_intros_57p,
        "what does 'Zdravo, zovem se Amra Begović i radim u recepciji' mean?",
        "Amra Begović",
    ),
    (
        detect_self_intros_57p,
        "번역해줘 'میرا نام فیصل قریشی ہے اور میں لاہور سے ہوں'",
        "فیصل قریشی",
    ),
    (
        detect_self_intros_57p,
        "the nanny's note says 'මගේ නම සඳුනි පෙරේරා' - reply politely",
        "සඳුනි පෙරේරා",
    ),
    # Names searched for, signed with an initial, revealed and addressed.
    (
        detect_frame_names_57p,
        'rg -i "Marisol Etxeberria" logs/ finds nothing but the customer insists she paid',
        "Marisol Etxeberria",
    ),
    (
        detect_frame_names_57p,
        "Select-String -Pattern 'Oona Havili' *.log - she says she signed up in May",
        "Oona Havili",
    ),
    (
        detect_frame_names_57p,
        "my tutor signs every note 'Seo-yeon K.' - is that a formal way to sign?",
        "Seo-yeon K.",
    ),
    (
        detect_frame_names_57p,
        "the contract names him at last: Hwang Dongmin. email him about the deposit",
        "Hwang Dongmin",
    ),
    # Numbers: a マイナンバー after "- it's" and a Belgian national number (both readers
    # widened), an Indian mobile.
    (
        detect_asia_pacific_national_ids,
        "the city office form wants my マイナンバー - it's 8024 5561 3190, spaces or not?",
        "8024 5561 3190",
    ),
    (
        detect_asia_pacific_national_ids,
        "the ward office needs our son's My Number, 6031 8844 2079, on the daycare form",
        "6031 8844 2079",
    ),
    (
        detect_european_national_ids,
        "the commune wants my numéro national 92.11.03-457.07 on the form - dots or not?",
        "92.11.03-457.07",
    ),
    (
        detect_numeric_forms_57p,
        "뭄바이 기사님 휴대폰이 87654 32109 래. 한국에서 어떻게 걸어?",
        "87654 32109",
    ),
    # Config lines, code and commands.
    (
        detect_command_secrets_57p,
        "settings.ini has\nDB_PASS = Plover#Reach5\nand the app still asks for it",
        "Plover#Reach5",
    ),
    (
        detect_command_secrets_57p,
        "aiohttp.ClientSession(auth=aiohttp.BasicAuth('ops', 'Burdock!Lane8')) 가 401 이야",
        "Burdock!Lane8",
    ),
    (
        detect_command_secrets_57p,
        "schtasks /create /s srv01 /u corp\\ops /p Larch^Fold3 /tn sync fails remotely",
        "Larch^Fold3",
    ),
    (
        detect_command_secrets_57p,
        "gh secret set API_KEY -b 'Vetch%Mere22' 했는데 액션에서 빈 값이야",
        "Vetch%Mere22",
    ),
    # Homes: a villa's lettered block and unit; a Polish flat.
    (detect_addresses_57p, "택배는 한빛맨션 B동 302호로 보내주세요", "한빛맨션 B동 302호"),
    (
        detect_addresses_57p,
        "my cousin lives at al. Jana Pawła II 22/15, Kraków - how do I write the envelope?",
        "al. Jana Pawła II 22/15",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)


def test_a_dash_said_as_ppaegi_joins_a_spoken_number(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "과외 선생님 번호 011 빼기 382 빼기 5907 로 문자 보내줘"
    assert "011 빼기 382 빼기 5907" in switch.found_texts(text)
    monkeypatch.setattr(core.privacy.spoken, "SPOKEN_DASH_WORDS_57P", ())
    assert "011 빼기 382 빼기 5907" not in switch.found_texts(text)


def test_the_elder_honorific_takes_its_subject_particle(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "손옥분 할머님께서 어제 고관절 수술을 받으셨어요. 안부 문자 써줘"
    assert "손옥분" in switch.found_texts(text)
    old = LazyPattern(
        r"(?<![가-힣])" + KOREAN_NAME_PATTERN + r"[ \t]?(?:어르신|할머님|할아버님)(?![가-힣]{2})"
    )
    monkeypatch.setattr(core.privacy.elder_honorific_names_ko, "_ELDER_RE", old)
    assert "손옥분" not in switch.found_texts(text)


def test_a_sign_off_takes_a_hyphenated_romanised_given_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "polish this thank-you note: 'Thank you for everything. Warm regards,\nSeo Da-bin'"
    assert "Seo Da-bin" in switch.found_texts(text)
    signature = core.privacy.signature_names
    old_word = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?"
    old = LazyPattern(
        r"(?<![A-Za-z])(?i:" + signature._EN_CLOSINGS + r")[ \t]*+(?:,[ \t]*+\n?|\n)[ \t]*+"
        r"(?P<name>" + old_word + r"(?:[ \t]+" + old_word + r")?)" + signature._LINE_END,
        flags=0,
    )
    monkeypatch.setattr(signature, "_EN_SIGNATURE_RE", old)
    assert "Seo Da-bin" not in switch.found_texts(text)


test_public_text_stays_public = public_tests(
    [
        # Public shapes: a textbook's model sentence, arithmetic, a product searched, a car
        # model, a placeholder password, the prompt asterisk, code for the secret, a museum.
        "the Danish textbook's first line is 'Jeg hedder Peter' - how is hedder pronounced?",
        "1000 빼기 250 빼기 30 은 얼마야?",
        "grep 'Widget Pro Max' catalog.csv | wc -l prints 0 - a BOM issue?",
        "is the 'Model S.' in the brochure the long-range one?",
        "schtasks /create /tn x /ru Administrator /rp * prompts for the password, right?",
        "the docs show schtasks /create /tn x /ru admin /rp <password>",
        "SECRET_KEY = os.environ['SECRET_KEY'] is how Django settings read it, right?",
        "requests.get(url, auth=('user', 'password')) is the docs' example",
        "is the Chopin Museum at ul. Okólnik 1 in Warsaw open on Mondays?",
        "본관 나동 203호 강의실이 어디야?",
        "the award went to the director - Park Chan-wook. write him a fan letter",
        "is 1234 5678 9012 a valid マイナンバー format?",
    ]
)


def test_a_long_option_after_a_password_label_is_no_secret() -> None:
    # The value after --body is the secret; the flag itself was once read as the password.
    text = "gh secret set SMTP_PASSWORD --body 'Wren^Gorse31' --env prod 는 왜 빈 값이 돼?"
    found = switch.found_texts(text)
    assert "Wren^Gorse31" in found
    assert "--body" not in found

"""Round 47's rules on sentences written for these tests (none is a sentence of set 47).

Each form is found, and missed with its detector out of the scanner (the round's new forms live
in four new detectors); the widened lists (European CSV headers, "…님 번호" as a phone word)
are found and missed with their widening taken away. Public look-alikes stay public and are
held once their predicate is off; the same shapes given as the writer's own stay personal.
"""

from __future__ import annotations

import pytest

import core.privacy.address
import core.privacy.delimited_row_columns
import core.privacy.intro_names
import core.privacy.phone_halves
import core.privacy.self_intros_55p
from core.lazy_regex import LazyPattern
from core.privacy import classify, scan
from core.privacy.command_secrets_55p import detect_command_secrets_55p
from core.privacy.frame_names_55p import detect_frame_names_55p
from core.privacy.numeric_forms_55p import detect_numeric_forms_55p
from core.privacy.public_checks_55p import romanise_hangul
from core.privacy.self_intros_55p import detect_self_intros_55p
from tests.core.privacy import scanner_switch as switch
from tests.core.privacy.scanner_switch import predicate_off, public_tests


def _no(*_args: object) -> bool:
    return False


POSITIVES: list[switch.Positive] = [
    # Introductions: Dutch (a particle inside the name, "mijn naam is"), Czech, Romanian,
    # Welsh, Tamil, Telugu, Gujarati.
    (
        detect_self_intros_55p,
        "reply in Dutch to 'Goedemorgen, ik heet Maarten de Wit-Jansen en ik bel over de factuur'",
        "Maarten de Wit-Jansen",
    ),
    (
        detect_self_intros_55p,
        "네덜란드 집주인이 'mijn naam is Sanne Oosterhuis, ik kom de meter opnemen' 이라고 했어",
        "Sanne Oosterhuis",
    ),
    (
        detect_self_intros_55p,
        "translate: 'Ahoj, jmenuju se Tereza Novotná-Malá a jsem vaše nová kolegyně'",
        "Tereza Novotná-Malá",
    ),
    (
        detect_self_intros_55p,
        "루마니아 바이어 메일 번역해줘 'Numele meu este Bogdan Ciobanu-Lazăr, reprezint firma'",
        "Bogdan Ciobanu-Lazăr",
    ),
    (
        detect_self_intros_55p,
        "what does 'Fy enw i ydy Rhodri Bowen-Evans, dw i'n byw yn Aberystwyth' mean?",
        "Rhodri Bowen-Evans",
    ),
    (
        detect_self_intros_55p,
        "번역해줘 'வணக்கம், என் பெயர் அருள்மொழி வேந்தன், நான் புதிய ஓட்டுநர்'",
        "அருள்மொழி வேந்தன்",
    ),
    (
        detect_self_intros_55p,
        "the new nurse wrote 'నమస్తే, నా పేరు శ్రీలత రెడ్డి, నేను రాత్రి షిఫ్ట్'",
        "శ్రీలత రెడ్డి",
    ),
    (
        detect_self_intros_55p,
        "reply to 'નમસ્તે, મારું નામ હેમલ પટેલ છે' in Gujarati",
        "હેમલ પટેલ",
    ),
    # A forwarded mail's header block without an address.
    (
        detect_frame_names_55p,
        "vat samen:\nVan: Joost Verbruggen\nVerzonden: maandag 30 november 2026 08:12\n"
        "Onderwerp: offerte",
        "Joost Verbruggen",
    ),
    (
        detect_frame_names_55p,
        "이 메일 번역해줘\n发件人: 欧阳明轩\n发送时间: 2026年11月30日 9:02\n主题: 报价",
        "欧阳明轩",
    ),
    (
        detect_frame_names_55p,
        "is this polite?\n> De : Solène Marchetti\n> Envoyé : lundi 30 novembre 2026 09:12",
        "Solène Marchetti",
    ),
    # Secrets of tools anchored by name.
    (
        detect_command_secrets_55p,
        "ipmitool -H bmc02 -U root -P Tern7Lagoon sensor list shows nothing - firmware?",
        "Tern7Lagoon",
    ),
    (
        detect_command_secrets_55p,
        "snmpget -v3 -u ops -l authNoPriv -a SHA -A Quartz#Fen52 sw01 sysUpTime.0 는 되는데 "
        "walk는 안 돼",
        "Quartz#Fen52",
    ),
    (
        detect_command_secrets_55p,
        "openssl enc -d -aes-256-cbc -in x.enc -k Rook&Meadow4 -out x says bad decrypt",
        "Rook&Meadow4",
    ),
    (
        detect_command_secrets_55p,
        "wpa_passphrase 'Cafe Guest' Birch!Harbor77 형식 맞아? 공백 있는 SSID",
        "Birch!Harbor77",
    ),
    # A dictated mobile's bare front; a German street with its building's parts.
    (
        detect_numeric_forms_55p,
        "사장님 번호 알려줄게, 앞자리는 010이고 나머지는 문자로 보낼게",
        "010",
    ),
    (
        detect_numeric_forms_55p,
        "엄마 휴대폰 번호 부를게. 앞은 011 이야",
        "011",
    ),
    (
        detect_numeric_forms_55p,
        "my cousin's flat: Warschauer Str. 33, Vorderhaus, 2. OG rechts - what is OG?",
        "Warschauer Str. 33",
    ),
    (
        detect_numeric_forms_55p,
        "이모 집 주소 'Berliner Allee 7, 40212 Düsseldorf' 영어로 써줘",
        "Berliner Allee 7",
    ),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

_NEW_NAME_HEADERS = frozenset(
    {"nachname", "vorname", "achternaam", "voornaam", "prénom", "prenom", "apellido",
     "apellidos", "cognome", "nazwisko", "imię", "imie", "příjmení", "jméno", "nom", "nombre",
     "nome", "naam"}
)  # fmt: skip
_OLD_PHONE_WORD = core.privacy.phone_halves.PHONE_WORD._pattern.split("|[가-힣]{1,4}님")[0]

WIDENINGS: list[switch.Widened] = [
    (
        "cognome;nome;diagnosi\nFerraresi;Ludovica;asma",
        "Ferraresi",
        lambda mp: mp.setattr(
            core.privacy.delimited_row_columns,
            "_NAME_HEADERS",
            core.privacy.delimited_row_columns._NAME_HEADERS - _NEW_NAME_HEADERS,
        ),
    ),
    (
        "achternaam;voornaam;geboortedatum\nBrouwer;Lotte;1990-04-12",
        "Brouwer",
        lambda mp: mp.setattr(
            core.privacy.delimited_row_columns,
            "_NAME_HEADERS",
            core.privacy.delimited_row_columns._NAME_HEADERS - _NEW_NAME_HEADERS,
        ),
    ),
    (
        "원장님 번호 가운데가 4417 이고 끝은 이따 알려줄게",
        "4417",
        lambda mp: mp.setattr(
            core.privacy.phone_halves, "PHONE_WORD", LazyPattern(_OLD_PHONE_WORD)
        ),
    ),
]

test_each_widening_is_needed = switch.widening_tests(WIDENINGS)


LOOK_ALIKES: list[switch.LookAlike] = [
    (
        "which of Sylvia Plath's poems did she finish in her last month?",
        predicate_off(core.privacy.intro_names, "is_public_name_pair_55p"),
    ),
    (
        "did Julia Roberts thank her parents at the Oscars?",
        predicate_off(core.privacy.intro_names, "is_public_name_pair_55p"),
    ),
    (
        "el museo está en Sonora 38, Col. Del Valle, CDMX - abre el lunes?",
        predicate_off(core.privacy.intro_names, "is_public_name_pair_55p"),
    ),
    (
        "is Seoul City Hall at 110 Sejong-daero, Jung-gu, and can visitors go in?",
        predicate_off(core.privacy.address, "is_romanised_korean_landmark"),
    ),
    (
        "in Het Achterhuis, Anne Frank's diary, is the line 'ik heet Anne Frank' ever written?",
        lambda mp: (
            mp.setattr(core.privacy.intro_names, "is_public_name_pair_55p", _no),
            mp.setattr(core.privacy.self_intros_55p, "is_a_named_works_author", _no),
        ),
    ),
    (
        # The introduction rule's own check: no name list knows this diarist.
        "in Etty Hillesum's diary, does she ever write 'ik heet Etty Hillesum'?",
        predicate_off(core.privacy.self_intros_55p, "is_a_named_works_author"),
    ),
]

test_look_alikes_are_public, test_look_alikes_need_their_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


test_public_text_stays_public = public_tests(
    [
        # Public shapes no predicate is needed for.
        "Supermicro 보드 기본값이 ipmitool -U ADMIN -P ADMIN 이야?",
        "snmpwalk -v2c -c public 10.0.0.1 system",
        'openssl enc -aes-256-cbc -k "$BACKUP_PASS" -in db.sql - is -pbkdf2 needed?',
        "wpa_passphrase MyHomeWiFi and then what?",
        "휴대폰 번호 앞은 다 010이야?",
        "이 메일 진짜야?\nVon: Deutsche Bahn\nGesendet: Montag, 30. November 2026",
        "De : La Poste\nEnvoyé : lundi 30 novembre 2026",
        "nombre;precio;stock\nTornillo;0,10;500",
        "land;hauptstadt\nFrankreich;Paris",
        "the textbook's lesson 3 says 'Ik heet Anna en ik woon in Utrecht'",
        "is the Brandenburger Tor far from Unter den Linden?",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        # The same shapes given as the writer's own stay personal.
        "my flat is 110 Sejong-daero 3-gil? no wait, it's 12 Sejong-daero 9-gil, Jung-gu",
        "my sister Amelia Hartwell-Brook's diary was left in our car - should I read it?",
    ],
)
def test_the_writers_own_stays_personal(text: str) -> None:
    assert classify(text) == "local_only", scan(text)


@pytest.mark.parametrize(
    ("hangul", "roman"),
    [("사직로", "sajikro"), ("세종대로", "sejongdaero"), ("한강대로", "hangangdaero")],
)
def test_romanise_hangul(hangul: str, roman: str) -> None:
    assert romanise_hangul(hangul) == roman

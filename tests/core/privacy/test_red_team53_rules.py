"""Round 53's rules (blind53p) on sentences written for these tests (none is a sentence of
set 53).

Each form is written at least five ways unlike the case file's wording (other names, numbers,
word order, the other language) and is found; with its detector out of the scanner it is
missed. Each form has near-miss negatives (same words, another meaning) that stay public, and
each public look-alike of the set passes only through its own predicate (switched off, the
text is held).

Forms: Maltese "jisimni", Hausa "sunana", Basque "nire izena … da" (latin_self_intros); a
Georgian "მე ვარ" with a family name (script_self_intros); "NAME is inviting you to …" and a
couple's "A and B request the pleasure of …" (share_notice_names_en); a Swiss AHV number, an
Icelandic kennitala, an Argentine CUIL/CUIT, an Israeli teudat zehut (cued_national_ids); an
IBAN's part named between the label and the value (iban_parts); a meeting said as a noun
after "…이랑/하고" (verb_partner_names_ko); three syllables between a department and a spaced
rank (titled_names_ko); step-relatives in apposition (kinship_names through
passing_names.RELATIONS); a handover's "that NAME used to approve" (passing_names); a Japanese
relative's "義母の…が" (cjk_script_names); a quoted secret read to its closing quote
(credential_tokens); a Mexican "Int. …, Col. …" (european_addresses); a Spanish relative's
two family names (frame_names_54p); "{at} … {dot}" and "_at_ … _dot_" e-mails (the spoken
fold).
"""

from __future__ import annotations

import re

import pytest

import core.privacy.intro_names
import core.privacy.latin_self_intros
import core.privacy.placeholder_mailboxes
import core.privacy.share_notice_names_en
import core.privacy.spoken
import core.privacy.uk_addresses
from core.lazy_regex import LazyPattern
from core.privacy.cjk_script_names import detect_cjk_script_names
from core.privacy.credential_tokens import detect_credential_tokens
from core.privacy.cued_national_ids import detect_cued_national_ids
from core.privacy.european_addresses import detect_european_address
from core.privacy.frame_names_54p import detect_frame_names_54p
from core.privacy.iban_parts import detect_iban_parts
from core.privacy.kinship_names import detect_kinship_names
from core.privacy.latin_self_intros import detect_latin_self_intros
from core.privacy.passing_names import detect_passing_names
from core.privacy.script_self_intros import detect_script_self_intros
from core.privacy.share_notice_names_en import detect_share_notice_names_en
from core.privacy.titled_names_ko import detect_titled_names_ko
from core.privacy.verb_partner_names_ko import detect_verb_partner_names_ko
from tests.core.privacy import scanner_switch as switch

_INTRO = detect_latin_self_intros
_SCRIPT = detect_script_self_intros
_NOTICE = detect_share_notice_names_en
_ID = detect_cued_national_ids
_IBAN = detect_iban_parts
_PARTNER = detect_verb_partner_names_ko
_TITLED = detect_titled_names_ko
_KIN = detect_kinship_names
_PASSING = detect_passing_names
_CJK = detect_cjk_script_names
_TOKEN = detect_credential_tokens
_STREET = detect_european_address
_EURO_KIN = detect_frame_names_54p

POSITIVES: list[switch.Positive] = [
    # Maltese "jisimni …", Hausa "sunana …", Basque "nire izena … da".
    (
        _INTRO,
        "translate: 'Jien jisimni Ċensu Grech-Zammit, nikteb dwar il-kera'",
        "Ċensu Grech-Zammit",
    ),
    (_INTRO, "몰타 집주인 문자: Jisimni Rosaria Azzopardi", "Rosaria Azzopardi"),
    (_INTRO, "L-isem tiegħi hu Pawlu Mifsud Bonnici - how formal is that?", "Pawlu Mifsud Bonnici"),
    (
        _INTRO,
        "reply to 'Ina kwana! Sunana Hauwa Lawan Gwarzo, ni ce manajan'",
        "Hauwa Lawan Gwarzo",
    ),
    (_INTRO, "카노 공장 메시지: suna na Ibrahim Tanko Yakasai", "Ibrahim Tanko Yakasai"),
    (_INTRO, "Sannu, sunana Maryam Sani - what's the reply?", "Maryam Sani"),
    (_INTRO, "the Donostia landlord says 'Nire izena Iñaki Goikoetxea da'", "Iñaki Goikoetxea"),
    (_INTRO, "빌바오 동료: Kaixo, nire izena Ane Arrizabalaga Uribe da", "Ane Arrizabalaga Uribe"),
    # Georgian "მე ვარ" with a family name.
    (_SCRIPT, "translate 'სალამი, მე ვარ ლევან გიორგაძე, თქვენი მძღოლი'", "ლევან გიორგაძე"),
    (_SCRIPT, "조지아 거래처: მე ვარ ნინო მაისურაძე და ვმუშაობ ბანკში", "ნინო მაისურაძე"),
    (_SCRIPT, "მე ვარ დავით ჯავახიშვილი - what does it say?", "დავით ჯავახიშვილი"),
    (_SCRIPT, "მე ვარ ეკა ბერიძე-ქობულია, გამარჯობა", "ეკა ბერიძე-ქობულია"),
    (_SCRIPT, "the host wrote მე ვარ სოფო გოგუაძე", "სოფო გოგუაძე"),
    # "NAME is inviting you to …", a couple's "A and B request the pleasure of …".
    (
        _NOTICE,
        "Octavian Mbeki-Larsson is inviting you to a scheduled Teams meeting",
        "Octavian Mbeki-Larsson",
    ),
    (
        _NOTICE,
        "'Perpetua Okonjo invites you to join a Webex meeting' 이거 피싱이야?",
        "Perpetua Okonjo",
    ),
    (_NOTICE, "Leocadia Brandvold is inviting you to edit the budget", "Leocadia Brandvold"),
    (
        _NOTICE,
        "Philomena Arkwright and Desmond Oyelowo-Finch request the honour of your presence",
        "Philomena Arkwright and Desmond Oyelowo-Finch",
    ),
    (
        _NOTICE,
        "청첩장 영문: Ottoline Vasquez & Benedikt Hammarby request the pleasure of your company",
        "Ottoline Vasquez & Benedikt Hammarby",
    ),
    # A Swiss AHV number, an Icelandic kennitala, an Argentine CUIL/CUIT, an Israeli ID.
    (_ID, "AHV-Nummer 756.9217.0769.85 für den Arbeitsvertrag", "756.9217.0769.85"),
    (_ID, "스위스 직원 AVS 번호가 7569217076985 인데 맞아?", "7569217076985"),
    (_ID, "kennitala 150875-3319 on the lease", "150875-3319"),
    (_ID, "아이슬란드 세입자 kennitala 2304892549 맞아?", "2304892549"),
    (_ID, "CUIT 20-34817265-5 on the factura, is it hers?", "20-34817265-5"),
    (_ID, "아르헨티나 직원 CUIL 27-38154296-9 를 계약서에", "27-38154296-9"),
    (_ID, "her teudat zehut is 038472916, is it needed?", "038472916"),
    (_ID, "이스라엘 지사 직원 신분증 번호 123456782 넣어도 돼?", "123456782"),
    # An IBAN's part named between the label and the value.
    (_IBAN, "his IBAN, the first part is NL91 ABNA 0417", "NL91 ABNA 0417"),
    (_IBAN, "IBAN first half FR14 2004 1010", "FR14 2004 1010"),
    (_IBAN, "내 IBAN 앞부분은 DE44 5001 0517 이야", "DE44 5001 0517"),
    (_IBAN, "the IBAN, its first part: GB29 NWBK 6016", "GB29 NWBK 6016"),
    (_IBAN, "write down the IBAN, the last part is ES91 2100", "ES91 2100"),
    # A meeting said as a noun after the partner's particle.
    (_PARTNER, "다음 주에 탁서윤이랑 데이트 있는데 옷 추천해줘", "탁서윤"),
    (_PARTNER, "모레 편지오하고 점심 약속 있어", "편지오"),
    (_PARTNER, "주말에 변하람이랑 여행 가는데 일정 짜줘", "변하람"),
    (_PARTNER, "오늘 석도윤이랑 저녁 먹기로 했어", "석도윤"),
    (_PARTNER, "어제 소개받은 국서연이랑 첫 만남이었는데", "국서연"),
    # Three syllables between a department and a spaced rank.
    (_TITLED, "[부고] 영업팀 탁재윤 차장 빙부상", "탁재윤"),
    (_TITLED, "재무팀 편소은 대리가 휴가야", "편소은"),
    (_TITLED, "인사부 어승민 부장 퇴임식", "어승민"),
    (_TITLED, "기획실 피하늘 팀장이 보낸 자료", "피하늘"),
    (_TITLED, "물류센터 계한솔 주임한테 전달해줘", "계한솔"),
    # Step-relatives in apposition.
    (_KIN, "my stepmum, Ottoline Fairweather-Nkosi, has lupus", "Ottoline Fairweather-Nkosi"),
    (_KIN, "my stepbrother, Cormac Oyelaran, broke his leg", "Cormac Oyelaran"),
    (_KIN, "our stepfather, Evander Quist, has dementia", "Evander Quist"),
    (_KIN, "my stepsister, Marigold Okafor-Lind, is pregnant", "Marigold Okafor-Lind"),
    (_KIN, "my stepdad, Leontes Abara-Whitfield, has gout", "Leontes Abara-Whitfield"),
    # A handover's "that NAME used to approve".
    (
        _PASSING,
        "the expense claims that Priya Venkatesh-Ohlsson signed off now land with me",
        "Priya Venkatesh-Ohlsson",
    ),
    (_PASSING, "the refunds which Casimir Oduya used to process are mine now", "Casimir Oduya"),
    (_PASSING, "I get the suppliers that Wendeline Achebe looked after", "Wendeline Achebe"),
    (_PASSING, "the bank feeds that Ignatius Blom reconciled come to us", "Ignatius Blom"),
    (_PASSING, "can I see the tickets that Marisol Quaye would handle? I'm new", "Marisol Quaye"),
    # A Japanese relative after the relation word and の.
    (_CJK, "'妹の高橋由美は来月結婚します' 맞게 썼어?", "高橋由美"),
    (_CJK, "번역해줘: 義父の森下健一が手術を受けました", "森下健一"),
    (_CJK, "Japanese: 祖母の石川光子さんが入院中です", "石川光子"),
    (_CJK, "일본어 문장 '夫の渡辺浩二も来ます'", "渡辺浩二"),
    (_CJK, "Translate 息子の藤田翔太が熱を出した", "藤田翔太"),
    # A quoted secret read to its closing quote.
    (_TOKEN, "DB_PASSWORD = 'Kestrel;Fen42' in settings", "Kestrel;Fen42"),
    (_TOKEN, 'SMTP_PASSWORD = "Plover@Moss57" 이거 맞아?', "Plover@Moss57"),
    (_TOKEN, "api_key: 'Tz8?qL2^mW4x' is rejected", "Tz8?qL2^mW4x"),
    (_TOKEN, '"client_secret": "Heron,Dale91"', "Heron,Dale91"),
    (_TOKEN, "secret_key = 'Lark?Tarn;29' 넣었는데", "Lark?Tarn;29"),
    # A Mexican flat and colonia after the number.
    (
        _STREET,
        "Calle Pino 47 Int. 2, Col. Las Águilas, por favor",
        "Calle Pino 47 Int. 2, Col. Las Águilas",
    ),
    (_STREET, "send it to Calle Juárez 88, Col. Centro", "Calle Juárez 88, Col. Centro"),
    (_STREET, "주소: Calle Morelos 5 Interior B", "Calle Morelos 5 Interior B"),
    (
        _STREET,
        "Calle Roble 12 Depto. 4, Colonia Del Valle",
        "Calle Roble 12 Depto. 4, Colonia Del Valle",
    ),
    (_STREET, "Calle Hidalgo 301, Fracc. Los Pinos", "Calle Hidalgo 301, Fracc. Los Pinos"),
    # A Spanish or Portuguese relative's two family names.
    (
        _EURO_KIN,
        "mi suegra Remedios Alcántara Villalba tiene cáncer",
        "Remedios Alcántara Villalba",
    ),
    (_EURO_KIN, "minha avó Conceição Tavares Moura está internada", "Conceição Tavares Moura"),
    (_EURO_KIN, "mi cuñado Efraín Benavides Soto se operó", "Efraín Benavides Soto"),
    (_EURO_KIN, "mi hermana Rocío Lozano Peña está embarazada", "Rocío Lozano Peña"),
    (_EURO_KIN, "mi abuelo Teodoro Quintana Ruiz tiene alzhéimer", "Teodoro Quintana Ruiz"),
]

test_each_form_is_found, test_each_form_needs_its_rule = switch.form_tests(POSITIVES)

# The spoken fold's e-mail words before this round: no "{dot}", no "_at_"/"_dot_".
_OLD_AT = (
    r"(?:@|\(at\)|\[at\]|\{at\}|\((?:ät|aet|arroba|chiocciola|arobase)\)|"
    r"\[(?:ät|aet|arroba|chiocciola|arobase)\]|골뱅이|앳|(?<=[ \t])(?:at|AT)(?=[ \t]))"
)
_OLD_DOT = (
    r"(?:[ \t]*(?:\.|\(dot\)|\[dot\]|\((?:punkt|punto|point)\)|\[(?:punkt|punto|point)\]|"
    r"닷|점)[ \t]*|[ \t]+(?:dot|DOT)[ \t]+)"
)
_OLD_DOMAIN = LazyPattern(
    r"[ \t]*[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:"
    + _OLD_DOT
    + r"[A-Za-z0-9-]{1,63})*?"
    + _OLD_DOT
    + r"[A-Za-z]{2,24}(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def _old_email_fold(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(core.privacy.spoken, "_AT_FIND_RE", LazyPattern(_OLD_AT, re.IGNORECASE))
    mp.setattr(core.privacy.spoken, "_DOMAIN_AFTER_RE", _OLD_DOMAIN)
    mp.setattr(core.privacy.spoken, "_DOT_RE", LazyPattern(_OLD_DOT, re.IGNORECASE))


WIDENED: list[switch.Widened] = [
    (text, part, _old_email_fold)
    for text, part in [
        ("e-mail: r.okafor-lund {at} web {dot} de", "r.okafor-lund {at} web {dot} de"),
        ("메일 minseo.gwak {at} naver {dot} com 로 보내줘", "minseo.gwak {at} naver {dot} com"),
        ("write to lena_brandt_at_gmx_dot_at please", "lena_brandt_at_gmx_dot_at"),
        ("명함: jiho.kang_at_daum_dot_net", "jiho.kang_at_daum_dot_net"),
        ("contact t.quaye_at_outlook_dot_com today", "t.quaye_at_outlook_dot_com"),
    ]
]
test_each_widening_is_needed = switch.widening_tests(WIDENED)

test_near_misses_stay_public = switch.public_tests(
    [
        # Near misses: the same words with no one's data.
        "what does 'jisimni' mean in Maltese?",
        "how do you say 'sunana' in Hausa, word by word?",
        "Basque lesson: 'nire izena' means my name",
        "მე ვარ სტუდენტი",
        "მე ვარ კარგად, მადლობა",
        "The Board requests the pleasure of your company at the gala",
        "Marketing Team is inviting you to a webinar on Friday",
        "Swiss order 7563047500962 shipped today",
        "Israel trip booking 038472916 confirmed",
        "what is an IBAN, the first thing to check?",
        "김치랑 점심 메뉴 추천해줘",
        "동생하고 저녁 먹을 곳 알려줘",
        "인사팀 홍보실 과장 자리 공고",
        "영업팀 신입사원 교육 일정",
        "my stepmum, bless her, is ill",
        "the company that Elon Musk runs is big",
        "the reports that Power BI used to run",
        "母の誕生日が来週です",
        "父の仕事が忙しい",
        "祖母の介護保険が変わった",
        "api_key: 'sk_{YOUR_KEY_1}' in the docs",
        "password = '${DB_PASS}123' in the template",
        "df.created_at_utc.isoformat() returns a string",
        "updated_at_ts_dot_value is a column",
        "Calle Mayor is closed to traffic",
        # (held, as they must stay: the writer's own place, a real name beside the idiom)
        "상파울루 미술관 주소가 'Avenida Paulista, 1578' 맞아?",
    ]
)


_NEVER = lambda *args: False  # noqa: E731
_NO_MATCH = LazyPattern(r"(?!)")
_OLD_TEST_DATA = LazyPattern(
    r"(?i:\b(?:fixtures?|test[ \t]+(?:data|users?|accounts?|cases?|suites?)|mock(?:s|ed)?|"
    r"dummy|seed[ \t]+data|sample[ \t]+(?:data|users?))\b)|테스트[ \t]?(?:데이터|계정|코드)|더미"
)

LOOK_ALIKES: list[switch.LookAlike] = [
    # A famous line quoted with its place in a work.
    (
        "is 'Call me Ishmael' the opening line of Moby-Dick?",
        switch.off(core.privacy.intro_names, "quotes_a_line_and_asks_its_source", _NEVER),
    ),
    (
        "'My name is Bond, James Bond' 대사가 처음 나온 영화가 뭐야?",
        switch.off(core.privacy.intro_names, "quotes_a_line_and_asks_its_source", _NEVER),
    ),
    (
        "in which film does 'My name is Inigo Montoya' come?",
        switch.off(core.privacy.intro_names, "quotes_a_line_and_asks_its_source", _NEVER),
    ),
    # The writer's documentation's sample address.
    (
        "our docs show john.doe@example.com as the sample recipient - fine?",
        switch.off(core.privacy.placeholder_mailboxes, "_TEST_DATA", _OLD_TEST_DATA),
    ),
    (
        "우리 API 문서 예시 주소 jane.doe@example.org 그대로 둬도 돼?",
        switch.off(core.privacy.placeholder_mailboxes, "_TEST_DATA", _OLD_TEST_DATA),
    ),
    # A saying built on "my name is" (the brief's open over-hold: "mein Name ist Hase").
    (
        "what does the German idiom 'mein Name ist Hase' mean?",
        switch.off(core.privacy.latin_self_intros, "_a_saying", _NEVER),
    ),
    (
        "Mein Name ist Hase, ich weiß von nichts - woher kommt das?",
        switch.off(core.privacy.latin_self_intros, "_a_saying", _NEVER),
    ),
    (
        "독일어 관용구 'Mein Name ist Hase' 무슨 뜻이야?",
        switch.off(core.privacy.latin_self_intros, "_a_saying", _NEVER),
    ),
    # A public venue's street line and postcode (the brief's open over-hold).
    (
        "the British Museum is at Great Russell Street, London WC1B 3DG - free entry?",
        switch.off(core.privacy.uk_addresses, "_a_venues_postcode", _NEVER),
    ),
    (
        "is the Natural History Museum at Cromwell Road, London SW7 5BD?",
        switch.off(core.privacy.uk_addresses, "_a_venues_postcode", _NEVER),
    ),
    # A meeting tool's help page quoting its default notice.
    (
        "the help page shows 'John Smith is inviting you to a scheduled Zoom meeting' - editable?",
        switch.off(core.privacy.share_notice_names_en, "_DOCUMENTED_RE", _NO_MATCH),
    ),
]

test_each_look_alike_is_public, test_each_look_alike_needs_its_predicate = switch.look_alike_tests(
    LOOK_ALIKES
)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # The idiom and venue look-alikes' personal twins stay held.
        ("Hallo, mein Name ist Jörg Hase, the idiom is funny", "Jörg Hase"),
        ("mein Name ist Brettschneider, what's a good expression for thanks?", "Brettschneider"),
        ("I live at Great Russell Street, London WC1B 3DG", "WC1B 3DG"),
        (
            "our flat near the British Museum is at Great Russell Street, London WC1B 3DG",
            "WC1B 3DG",
        ),
        ("is 'Call me Ingrid Solvang' ok as the first line of my cover letter?", "Ingrid Solvang"),
        ("my email is jane.doe@example.org", "jane.doe@example.org"),
    ],
)
def test_personal_twins_of_the_look_alikes_stay_held(text: str, part: str) -> None:
    assert part in switch.found_texts(text)

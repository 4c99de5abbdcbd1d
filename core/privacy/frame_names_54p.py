"""Names in frames the name rules did not read (redteam46).

- English "on behalf of NAME, who …": a letter written for a person who cannot write it (an
  organisation after "on behalf of" is no one's name, and is never followed by ", who").
- Korean "'NAME' 명의로/명의의/명의인": the person a phone line or an account is held by.
- A certificate's "NAME 위 사람은 …" (표창장, 상장, 임명장): the named person right before it.
- A seating chart's "Table 4 — NAME, NAME, NAME" (테이블 4: …): a list of guests.
- A JavaScript or Mongo shell object's unquoted key ``name: "…"`` (``fullName``,
  ``patientName``…) holding a person's two capitalised words.
- A meeting transcript's speaker line (Clova Note, Zoom): a Korean name alone on a line before
  its time stamp (``염하준 00:14``).
- A Spanish, Portuguese or French relative named: ``mi suegra Remedios Alcántara``, ``minha
  sogra …``, ``ma belle-mère …``; blind52p: an Italian or German one (``mia suocera …``,
  ``meine Schwiegermutter Hannelore …``) and the French in-laws (``ma belle-sœur …``);
  blind54p: a Dutch one (``mijn schoonvader Geert-Jan …``, ``m'n zwager …``).
- A person's surname stated on its own: ``인턴 성이 옹씨래``, ``그 환자 성은 단씨예요`` (the
  introduction rule reads only "제 성은 …").

Each frame says a person follows; where the name ends is read from the script.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_frame_names_54p"]

# A capitalised Latin word, accented letters and a hyphenated second part allowed.
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_LATIN = r"[" + _UP + r"][" + _LOW + r"]+(?:['’-][" + _UP + r"]?[" + _LOW + r"]+)?"
_LATIN_NAME = _LATIN + r"(?:[ \t]+(?:(?:van|von|de|da|del|der|dos|di|la|le)[ \t]+)?" + _LATIN + r")"
_HANGUL_NAME = r"[가-힣]{2,4}"

_ON_BEHALF_RE = LazyPattern(
    r"(?i:\bon[ \t]+behalf[ \t]+of)[ \t]+(?:(?i:my|our)[ \t]+[a-z-]+[ \t]+)?"
    r"(?P<name>" + _LATIN_NAME + r"(?:[ \t]+" + _LATIN + r")?)"
    r"(?=[ \t]*,[ \t]*(?i:who|whose)\b|[ \t]*\((?i:who|my|our|the[ \t]+patient))"
)
# "'길서아' 명의로", "길서아 명의의 통장", "명의인 길서아" is the label form other rules read.
_MYEONGUI_RE = LazyPattern(
    r"(?<![가-힣])['‘\"“]?(?P<name>" + _HANGUL_NAME + r")['’\"”]?[ \t]*"
    r"명의(?:로|의|인|이|를|가|에서)"
)
_AWARD_RE = LazyPattern(r"(?<![가-힣])(?P<name>" + _HANGUL_NAME + r")[ \t\n]*위의?[ \t]+사람은")
_TABLE_RE = LazyPattern(
    r"(?i:\btable|\btisch|테이블)[ \t]*(?:no\.?[ \t]*)?\d{1,3}[ \t]*(?:[—–:-]|-{2})[ \t]*"
    r"(?P<names>" + _LATIN_NAME + r"(?:[ \t]*,[ \t]*(?:(?i:and|&)[ \t]+)?" + _LATIN_NAME + r")*)"
)
_JS_KEY_RE = LazyPattern(
    r"(?<![\w\"'])(?:name|fullName|full_name|patientName|patient_name|customerName|"
    r"customer_name|userName|displayName|display_name|guardianName)[ \t]*:[ \t]*"
    r"(?P<q>[\"'])(?P<name>" + _LATIN_NAME + r"|[가-힣]{2,4})(?P=q)"
)
_SPEAKER_LINE_RE = LazyPattern(
    r"(?m)^[ \t]*(?P<name>[가-힣]{2,4})[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$"
)
_TIME_END_RE = LazyPattern(r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$")
_ROMANCE_KIN_RE = LazyPattern(
    r"(?<![" + _LOW + _UP + r"])(?i:mi|mis|minha|meu|ma|mon|mes|"
    # blind52p: Italian and German possessives ("mia suocera …", "meine Schwiegermutter …").
    r"mia|mio|mie|miei|mein|meine|meinem|meiner|meinen|"
    # blind54p: Dutch "mijn"/"m'n" ("mijn schoonvader Geert-Jan Verbruggen heeft …").
    r"mijn|m['’]n)[ \t]+"
    r"(?i:suegr[ao]|madre|padre|herman[ao]|hij[ao]|espos[ao]|mujer|marido|abuel[ao]|t[ií][ao]|"
    r"prim[ao]|cuñad[ao]|nuera|yerno|sobrin[ao]|sogr[ao]|mãe|pai|irmão|irmã|filh[ao]|avó|avô|"
    # blind52p: the French in-laws by "belle-"/"beau-" ("ma belle-sœur Maëlle Kerbrat a …").
    r"belle-s(?:œ|oe)ur|beau-frère|belle-fille|beau-fils|petite-fille|petit-fils|"
    r"belle-mère|beau-père|mère|père|frère|sœur|soeur|fille|fils|femme|mari|tante|oncle|"
    r"grand-mère|grand-père|cousine?|nièce|neveu|"
    r"suocer[ao]|sorella|fratello|figli[ao]|nonn[ao]|zi[ao]|cugin[ao]|cognat[ao]|nipote|"
    r"moglie|"
    r"schwieger(?:mutter|vater|tochter|sohn)|schwester|bruder|mutter|vater|tochter|sohn|oma|"
    r"opa|gro(?:ß|ss)(?:mutter|vater)|tante|onkel|cousine|cousin|nichte|neffe|frau|mann|"
    r"schwägerin|schwager|enkelin|enkel|"
    r"schoon(?:vader|moeder|zus|zuster|broer|dochter|zoon|ouders)|zwager|moeder|vader|zus|"
    r"zuster|broer|dochter|zoon|oom|nicht|neef|vrouw|kleinzoon|kleindochter|"
    r"groot(?:moeder|vader))[ \t]+"
    # blind53p: a Spanish or Portuguese name's two family names ("mi suegro Anselmo Quiroga
    # Betancur tiene …"), three words in all.
    r"(?P<name>" + _LATIN + r"(?:[ \t]+" + _LATIN + r"){0,2})"
)
_PERSON_NOUNS = (
    "인턴|신입|직원|사원|동료|선생님|선배|후배|친구|학생|담당자|환자|손님|고객|기사님|"
    "아이|애|그분|그 사람|걔|매니저|팀장|과장|대리|부장|교수님|룸메|이웃|집주인|세입자"
)
_SURNAME_ALT = "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "]"
_SURNAME_STATED_RE = LazyPattern(
    r"(?:" + _PERSON_NOUNS + r")(?:의)?[ \t]*성(?:씨)?(?:이|은|는)[ \t]*"
    r"(?P<name>(?:" + _SURNAME_ALT + r")씨)"
    r"(?=래|라고|래요|야|이야|예요|에요|이고|고[ \t]|입니다|이래|더라|[ \t.,!?~]|$)"
)
_KIN_CUES = (
    "mi ",
    "mis ",
    "minha ",
    "meu ",
    "ma ",
    "mon ",
    "mes ",
    "mia ",
    "mio ",
    "mie ",
    "miei ",
)
_KIN_CUES_DE = ("mein", "mijn ", "m'n ", "m’n ")


# Words before 명의 or 위 사람은 that name no one ("본인 명의로", "타인 명의의 통장").
_NOT_NAMES_KO = frozenset(
    {"본인", "타인", "회사", "법인", "개인", "공동", "단독", "대표", "가족", "자녀", "부모", "명의"}
)


# Capitalised words a code sample's name field holds that name no one ("Sample Product").
_NOT_NAME_VALUES = frozenset(
    [
        "Sample",
        "Example",
        "Test",
        "Demo",
        "Default",
        "Product",
        "Item",
        "New",
        "My",
        "Your",
        "Service",
        "App",
        "Project",
        "User",
        "Admin",
        "Guest",
        "Customer",
        "Name",
        "Full",
        "First",
        "Last",
        "Untitled",
        "Unknown",
        "Anonymous",
        "Placeholder",
    ]
)


def _korean_name(name: str) -> bool:
    return name not in _NOT_NAMES_KO and plausible_korean_name(name, strong=False)


# Last words of an organisation's name ("on behalf of Acme Logistics, who supply …").
_ORG_WORDS = frozenset(
    [
        "Ltd",
        "Limited",
        "Inc",
        "Corp",
        "Corporation",
        "Company",
        "Co",
        "Group",
        "Holdings",
        "Logistics",
        "Services",
        "Solutions",
        "Partners",
        "Systems",
        "Industries",
        "Bank",
        "Council",
        "University",
        "College",
        "School",
        "Hospital",
        "Trust",
        "Association",
        "Foundation",
        "Society",
        "Committee",
        "Board",
        "Team",
        "Department",
        "Ministry",
        "Office",
        "Agency",
        "Club",
        "Church",
        "Union",
        "Institute",
        "Lettings",
        "Properties",
        "Motors",
        "Airlines",
    ]
)
# A table list is a seating chart only where the text speaks of guests or seats; a menu's
# "Table 2 — House Red, Sparkling Water" is none.
_SEATING_RE = LazyPattern(
    r"(?i:seat|guest|wedding|reception|rsvp|gala|dinner|party)|하객|좌석|자리|결혼|피로연|"
    r"(?i:sitzordnung|tischordnung|hochzeit)"
)


def _on_behalf(text: str) -> Iterator[Hit]:
    if "behalf" in text.lower():
        for m in _ON_BEHALF_RE.finditer(text):
            if m.group("name").split()[-1] in _ORG_WORDS:
                continue
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)


def _korean_frames(text: str) -> Iterator[Hit]:
    if "명의" in text:
        for m in _MYEONGUI_RE.finditer(text):
            if _korean_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "사람은" in text:
        for m in _AWARD_RE.finditer(text):
            if _korean_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "성" in text:
        for m in _SURNAME_STATED_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    if ":" in text and "\n" in text:
        for m in _SPEAKER_LINE_RE.finditer(text):
            # A transcript's speaker line is followed by what was said; a schedule's "점심
            # 12:30" by the next time slot or nothing.
            after = text[m.end() + 1 :].split("\n", 1)[0].strip()
            if not after or _TIME_END_RE.search(after) is not None:
                continue
            if _korean_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)


def _table_names(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    if "table" not in lowered and "tisch" not in lowered and "테이블" not in text:
        return
    if _SEATING_RE.search(text) is None:
        return
    for m in _TABLE_RE.finditer(text):
        offset = m.start("names")
        for part in m.group("names").split(","):
            name = part.strip()
            for lead in ("and ", "And ", "& "):
                name = name.removeprefix(lead)
            start = text.find(name, offset)
            if start >= 0:
                yield Hit("person_name", start, start + len(name), 0.75, False)
                offset = start + len(name)


def _code_and_kin(text: str) -> Iterator[Hit]:
    if ":" in text:
        for m in _JS_KEY_RE.finditer(text):
            name = m.group("name")
            if any(word in _NOT_NAME_VALUES for word in name.split()):
                continue
            if " " in name or _korean_name(name):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    lowered = text.lower()
    if not any(cue in lowered for cue in (*_KIN_CUES, *_KIN_CUES_DE)):
        return
    for m in _ROMANCE_KIN_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)


def detect_frame_names_54p(text: str) -> Iterator[Hit]:
    """Names in this round's frames (see the module)."""
    yield from _on_behalf(text)
    yield from _korean_frames(text)
    yield from _table_names(text)
    yield from _code_and_kin(text)

"""Three more countries' identity numbers, read when the text names the country or the card
(redteam42): a Taiwanese 身分證字號 (``F229384752``), a Singapore NRIC or FIN when its label
comes after it (``she gave me S8734261A - is that an NRIC or a FIN?``) and a French NIR, the
number on a carte Vitale (``2 87 03 75 112 048 49``); and (blind53p) a Swiss AHV number, an
Icelandic kennitala, an Argentine CUIL/CUIT and an Israeli teudat zehut (python-stdnum's
checks); and (blind54p) a Croatian OIB, a Bulgarian ЕГН and a Pakistani CNIC (its 5-7-1
dashed shape: NADRA prints no check digit).

Each is a person's lifelong number. Its shape alone is also an order or product code, so the
text must name the card, the number or the country (anywhere in it, not only right before
the number: people ask about the number after giving it), and the number must pass its own
check (Taiwan's weighted sum over the letter's code and nine digits; the NRIC's check
letter; the NIR's key, 97 minus the number modulo 97, python-stdnum). The specimens printed in
every explanation of the formats (Taiwan's ``A123456789``, Singapore's ``S1234567D``) are let
through when the text calls them an example.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from stdnum.ar import cuit
from stdnum.bg import egn
from stdnum.ch import ssn as ch_ssn
from stdnum.fr import nir
from stdnum.hr import oib
from stdnum.il import idnr as il_idnr
from stdnum.is_ import kennitala
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik

from core.lazy_regex import LazyPattern
from core.privacy.pan_nric_ids import NRIC_AFTER_LABEL, nric_is_valid
from core.privacy.types import Hit

__all__ = ["detect_cued_national_ids", "taiwan_id_is_valid"]

# The two-digit code of each leading letter (the issuing city or county).
_TW_LETTER_CODES = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
_TW_RE = LazyPattern(r"(?<![A-Za-z0-9])(?P<v>[A-Z][1289][0-9]{8})(?![A-Za-z0-9])")
_TW_CUE = LazyPattern(
    r"身[分份]證|身[分份]证|統一證號|居留證|(?i:\btaiwan(?:ese)?\b|\bR\.?O\.?C\.?\b)|대만|台灣|臺灣|台湾"
)
_SG_RE = LazyPattern(r"(?<![A-Za-z0-9])(?P<v>[STFG][0-9]{7}[A-Z])(?![A-Za-z0-9])")
_SG_CUE = LazyPattern(r"\b(?:NRIC|FIN)\b|(?i:\bnric\b|singapore(?:an)?|\bSG\b)|싱가포르")
_FR_RE = LazyPattern(
    r"(?<![0-9])(?P<v>[12][ \t]?[0-9]{2}[ \t]?(?:0[1-9]|1[0-2]|[2-9][0-9])[ \t]?(?:[0-9]{2}|2[AB])"
    r"[ \t]?[0-9]{3}[ \t]?[0-9]{3}[ \t]?[0-9]{2})(?![0-9])"
)
_FR_CUE = LazyPattern(
    r"(?i)vitale|s[ée]cu(?:rit[ée][ \t]sociale)?\b|\bNIR\b|\bINSEE\b|social[ \t]security|"
    r"\bfran(?:ce|ç|c)|french|프랑스"
)
# redteam44: a Thai national ID (13 digits, often grouped 1-4-5-2-1: "1 1037 02584 69 0") and a
# Turkish T.C. Kimlik No (11 digits), each with its check (python-stdnum).
_TH_RE = LazyPattern(
    r"(?<![0-9])(?P<v>[1-8][ \t-]?[0-9]{4}[ \t-]?[0-9]{5}[ \t-]?[0-9]{2}[ \t-]?[0-9])(?![0-9])"
)
_TH_CUE = LazyPattern(r"(?i:\bthai(?:land)?\b)|เลขประจำตัวประชาชน|บัตรประชาชน|태국")
_TR_RE = LazyPattern(r"(?<![0-9])(?P<v>[1-9][0-9]{10})(?![0-9])")
_TR_CUE = LazyPattern(
    r"(?i:kimlik|\bT\.?C\.?[ \t]+(?:no|numaras)|t[üu]rk(?:iye|ey|ish)?\b)|튀르키예|터키"
)
# blind53p: a Swiss AHV/AVS number (756.1234.5678.97, its EAN-13 digit), an Icelandic
# kennitala (DDMMYY-NNCC, the weighted mod-11 digit and the century digit), an Argentine
# CUIL/CUIT (27-12345678-X, mod 11) and an Israeli teudat zehut (nine digits, its Luhn-like
# digit), each with its card's name or the country in the text.
_CH_RE = LazyPattern(r"(?<![0-9.])(?P<v>756[. ]?[0-9]{4}[. ]?[0-9]{4}[. ]?[0-9]{2})(?![0-9])")
_CH_CUE = LazyPattern(
    r"\b(?:AHV|AVS|AHVN13|OASI)\b|(?i:sozialversicherungs|num[ée]ro[ \t]+avs|"
    r"(?:swiss|switzerland|schweiz|suisse)[^.?!\n]{0,40}(?:social|insurance|\bID\b|identity))|"
    r"스위스[^.?!\n]{0,40}(?:사회보험|보험번호|신분증|ID)"
)
_IS_RE = LazyPattern(r"(?<![0-9-])(?P<v>[0-7][0-9][01][0-9]{3}-?[0-9]{3}[890])(?![0-9])")
_IS_CUE = LazyPattern(r"(?i:kennitala|\bkt\.|iceland)|아이슬란드")
_AR_RE = LazyPattern(r"(?<![0-9-])(?P<v>(?:20|23|24|27|30|33|34)-?[0-9]{8}-?[0-9])(?![0-9-])")
_AR_CUE = LazyPattern(r"\b(?:CUIL|CUIT)\b|(?i:argentin)|아르헨티나")
_IL_RE = LazyPattern(r"(?<![0-9-])(?P<v>[0-9]{9})(?![0-9-])")
# "Israel" alone (a trip, a booking) is not enough: the card's own name, or the country with an
# identity word.
_IL_CUE = LazyPattern(
    r"ת\.?[ \t]?ז|ת״ז|ת\"ז|תעודת[ \t]+זהות|מספר[ \t]+זהות|(?i:teudat|zehut|"
    r"israel\w*[^.?!\n]{0,40}(?:\bID\b|identity))|이스라엘[^.?!\n]{0,40}(?:신분증|주민번호|ID)"
)
# blind54p: a Croatian OIB (eleven digits, ISO 7064 mod 11,10), a Bulgarian ЕГН (ten digits,
# a birth date and a weighted mod-11 digit) and a Pakistani CNIC (13 digits written 5-7-1,
# "35202-4817396-5"), each with its card's name or the country in the text.
_HR_RE = LazyPattern(r"(?<![0-9-])(?P<v>[0-9]{11})(?![0-9-])")
# The country alone names an invoice's or an order's country as often: with an identity word.
_HR_CUE = LazyPattern(
    r"\bOIB\b|(?i:osobni[ \t]+identifikacijski|(?:croatia|hrvatsk)\w*[^.?!\n]{0,40}"
    r"(?:\bID\b|identity|personal[ \t]+(?:number|identification)))|"
    r"크로아티아[^.?!\n]{0,40}(?:신분증|개인[ \t]?식별|ID)"
)
_BG_RE = LazyPattern(r"(?<![0-9-])(?P<v>[0-9]{10})(?![0-9-])")
_BG_CUE = LazyPattern(r"\b(?:ЕГН|EGN)\b|ЕГН|(?i:bulgaria|българ)|불가리아")
_PK_RE = LazyPattern(r"(?<![0-9-])(?P<v>[1-7][0-9]{4}-[0-9]{7}-[0-9])(?![0-9-])")
_PK_CUE = LazyPattern(
    r"\b(?:CNIC|NICOP|NADRA)\b|(?i:pakistan\w*[^.?!\n]{0,40}(?:\bID\b|identity))|"
    r"파키스탄[^.?!\n]{0,40}(?:신분증|주민번호|ID)"
)
_SPECIMENS = frozenset({"A123456789", "S1234567D"})
# Numbers published as a public figure's, quoted as such: Atatürk's kimlik number, the first
# issued, is printed in every article on the format (redteam44).
_PUBLISHED = frozenset({"10000000146"})
_EXAMPLE_CUE = LazyPattern(
    r"(?i)(?<![a-z])(?:example|sample|specimen|dummy|e\.g\.)|예시|예제|範例|例如"
)


def taiwan_id_is_valid(value: str) -> bool:
    """Whether ``value`` (``A123456789``) carries the right check digit."""
    code = _TW_LETTER_CODES.get(value[0])
    if code is None:
        return False
    digits = [code // 10, code % 10, *(int(d) for d in value[1:])]
    return sum(d * w for d, w in zip(digits, _TW_WEIGHTS, strict=True)) % 10 == 0


def _nir_is_valid(value: str) -> bool:
    return bool(nir.is_valid(value.replace(" ", "").replace("\t", "")))


def _compact(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _on_digits(is_valid: Callable[[str], object]) -> Callable[[str], bool]:
    """python-stdnum's ``is_valid`` run on the value's digits only (its dots, dashes, spaces
    dropped)."""
    return lambda value: bool(is_valid(_compact(value)))


_thai_is_valid = _on_digits(th_pin.is_valid)


def _turkish_is_valid(value: str) -> bool:
    return bool(tckimlik.is_valid(value))


def _israeli_is_valid(value: str) -> bool:
    # All zeros and one repeated digit pass the sum; no one carries them.
    return len(set(value)) > 2 and bool(il_idnr.is_valid(value))


_CHECKS: tuple[tuple[LazyPattern, LazyPattern, Callable[[str], bool]], ...] = (
    (_TW_CUE, _TW_RE, taiwan_id_is_valid),
    (_SG_CUE, _SG_RE, nric_is_valid),
    (_FR_CUE, _FR_RE, _nir_is_valid),
    (_TH_CUE, _TH_RE, _thai_is_valid),
    (_TR_CUE, _TR_RE, _turkish_is_valid),
    (_CH_CUE, _CH_RE, _on_digits(ch_ssn.is_valid)),
    (_IS_CUE, _IS_RE, _on_digits(kennitala.is_valid)),
    (_AR_CUE, _AR_RE, _on_digits(cuit.is_valid)),
    (_IL_CUE, _IL_RE, _israeli_is_valid),
    (_HR_CUE, _HR_RE, _on_digits(oib.is_valid)),
    (_BG_CUE, _BG_RE, _on_digits(egn.is_valid)),
    (_PK_CUE, _PK_RE, lambda value: len(set(_compact(value))) > 2),
)


def _after_its_label(text: str, start: int) -> bool:
    # An NRIC right after its label is :mod:`core.privacy.pan_nric_ids`'s to report.
    return any(m.start("v") == start for m in NRIC_AFTER_LABEL.finditer(text))


def detect_cued_national_ids(text: str) -> Iterator[Hit]:
    """Taiwanese IDs, NRICs and French NIRs in a text naming them (see the module)."""
    # The number's shape first: it is rarer than the cue words and cheaper to look for.
    for cue, pattern, is_valid in _CHECKS:
        found = [m for m in pattern.finditer(text) if is_valid(m.group("v"))]
        if not found or cue.search(text) is None:
            continue
        for m in found:
            value = m.group("v")
            if value in _SPECIMENS and _EXAMPLE_CUE.search(text) is not None:
                continue
            if value in _PUBLISHED:
                continue
            if pattern is _SG_RE and _after_its_label(text, m.start("v")):
                continue
            yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)

"""Nordic and Polish identity numbers after their label (redteam41): a Swedish personnummer
(``personnummer 870614-3925``, also with the century, ``19870614-3925``), a Polish PESEL
(``PESEL 92071408342``), a Finnish henkilötunnus (``HETU 131052-308T``), a Norwegian
fødselsnummer and a Danish CPR number; and (redteam49) a Belgian national register number
(``rijksregisternummer 87.06.14-183.05``, numéro de registre national, NISS/INSZ); and
(blind52p) a Romanian CNP after its label and a South African identity number said as the
country's (python-stdnum's ro.cnp and za.idnr checks: the birth date and the check digit).

Each is a person's lifelong number and opens with their birth date. Bare, ten or eleven
digits are order numbers and phone numbers, so the label is required (within a few words
before the number), and the number must pass its own check (python-stdnum: the Luhn digit
of the personnummer, PESEL's weighted sum, the HETU's check character, the fødselsnummer's
two control digits; the CPR's date; the Belgian number's mod-97 pair). Sweden's documented
test person, Tolvan Tolvansson, ``19121212-1212``, is let through when the text names it a
test or example or names Tolvan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from stdnum.be import nn as be_nn
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.za import idnr

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_european_national_ids"]

# The label, then at most a few short words ("number is", "no.:", "는", "이") before the number.
_GAP = r"(?:[ \t]*(?:number|nummer|nr\.?|no\.?|#|is|was|:|-|번호(?:는|가)?|는|은|이|가|로|를|을|"
_GAP += r"=)){0,3}"
_GAP += r"[ \t]*"
_SE_RE = LazyPattern(
    r"(?i:\bperson(?:nummer|nr|al[ \t]+identity[ \t]+number|[ \t]+number)\b|personnummer)"
    + _GAP
    + r"(?P<v>(?:19|20)?\d{6}[-+ ]?\d{4})(?!\d)"
)
_PL_RE = LazyPattern(r"(?i:\bPESEL\b)" + _GAP + r"(?P<v>\d{11})(?!\d)")
_FI_RE = LazyPattern(
    r"(?i:\bHETU\b|henkilötunnus|henkilotunnus|personal[ \t]+identity[ \t]+code)"
    + _GAP
    + r"(?P<v>\d{6}[-+A-FUVWXY]\d{3}[0-9A-Y])(?![0-9A-Za-z])"
)
_NO_RE = LazyPattern(
    r"(?i:f(?:ø|o|oe)dselsnummer|\bfnr\b)" + _GAP + r"(?P<v>\d{6}[ \t]?\d{5})(?!\d)"
)
_DK_RE = LazyPattern(r"(?i:\bCPR(?:-nummer|[ \t]+number)?\b)" + _GAP + r"(?P<v>\d{6}-?\d{4})(?!\d)")
_BE_RE = LazyPattern(
    r"(?i:rijksregister(?:nummer)?|registre[ \t]+national|num[ée]ro[ \t]+national|"
    r"national[ \t]+(?:register[ \t]+)?number|\bNISS\b|\bINSZ\b)"
    + _GAP
    + r"(?P<v>\d{2}\.?\d{2}\.?\d{2}[ \t-]?\d{3}\.?\d{2})(?![\d.])"
)
# blind52p: a Romanian CNP ("CNP가 2930517410020").
_RO_RE = LazyPattern(
    r"(?i:(?<![A-Za-z])CNP(?![A-Za-z])|cod[ \t]+numeric[ \t]+personal)"
    + _GAP
    + r"(?P<v>[1-9]\d{12})(?!\d)"
)
# blind52p: a South African identity number, said as the country's ("my South African
# colleague's ID number … 8504120823086"): the country and an identity word anywhere in the
# text, thirteen digits opening with a birth date and closing with a Luhn digit.
_ZA_CUE_RE = LazyPattern(r"(?i:south[ \t]+africa|\bRSA\b|\bSA[ \t]+ID\b|남아공|남아프리카)")
_ZA_ID_WORD_RE = LazyPattern(r"(?i:\bID\b|identity|identification|신분증|주민번호|ID번호)")
_ZA_RE = LazyPattern(r"(?<![\d-])(?P<v>\d{6}[ \t]?\d{4}[ \t]?\d{3})(?![\d-])")
# (words one of which the text must hold, the labelled number, its check)
_CHECKS: tuple[tuple[tuple[str, ...], LazyPattern, Callable[[str], bool]], ...] = (
    (("person",), _SE_RE, personnummer.is_valid),
    (("pesel",), _PL_RE, pesel.is_valid),
    (("hetu", "henkil", "identity code"), _FI_RE, hetu.is_valid),
    (("dselsnummer", "fnr"), _NO_RE, fodselsnummer.is_valid),
    (("cpr",), _DK_RE, cpr.is_valid),
    (("rijksregister", "national", "niss", "insz"), _BE_RE, be_nn.is_valid),
    (("cnp", "numeric personal"), _RO_RE, cnp.is_valid),
)
# Sweden's documented test person and number (Skatteverket's own example).
_SPECIMENS = frozenset({"191212121212", "1212121212"})
_SPECIMEN_CUE = LazyPattern(r"(?i)\btolvan\b|(?<![a-z])(?:test|example|sample|dummy)|예시|테스트")


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _specimen(text: str, value: str) -> bool:
    return _digits(value) in _SPECIMENS and _SPECIMEN_CUE.search(text) is not None


def detect_european_national_ids(text: str) -> Iterator[Hit]:
    """Labelled Nordic and Polish identity numbers with a valid check (see the module)."""
    lowered = text.lower()
    seen: set[tuple[int, int]] = set()
    for cues, pattern, is_valid in _CHECKS:
        if not any(cue in lowered for cue in cues):
            continue
        for m in pattern.finditer(text):
            span = (m.start("v"), m.end("v"))
            value = m.group("v")
            if span in seen or _specimen(text, value):
                continue
            if is_valid(value.replace(" ", "")):
                seen.add(span)
                yield Hit("national_id", span[0], span[1], 0.9, True)
    if _ZA_CUE_RE.search(text) is not None and _ZA_ID_WORD_RE.search(text) is not None:
        for m in _ZA_RE.finditer(text):
            if idnr.is_valid(m.group("v").replace(" ", "").replace("\t", "")):
                yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)

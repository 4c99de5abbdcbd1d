"""Names documentation prints as its specimen person, mentioned as an example: GitHub's
``git config --global user.name "Mona Lisa"``, the passport form's ``HONG GILDONG``, Apple's
John Appleseed, the German ID card's Erika Mustermann (redteam38).

Manuals and forms fill their examples with a fixed specimen name, as they use test card
numbers (:mod:`core.privacy.documented_examples`). The name rules read the specimen as a
person, so a question about the manual's example was held. A listed specimen is let
through when the text calls what it quotes an example, a sample or the documentation's
(``docs``, ``예시``, ``작성례``…) and the writer does not give it as their own (``my name is
Mona Lisa``): people do carry these names, and they do not call their own name an example.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = [
    "documented_example_name_at",
    "is_documented_example_name",
    "names_a_documented_specimen_before",
]

_SPECIMENS = frozenset(
    {
        # GitHub's documentation person and its mascot.
        "mona lisa", "mona lisa octocat", "monalisa octocat",
        # Apple's, Germany's, Norway's, Japan's, the Spanish-speaking world's specimens.
        "john appleseed", "jane appleseed", "max mustermann", "erika mustermann",
        "ola nordmann", "kari nordmann", "taro yamada", "yamada taro", "hanako yamada",
        "juan perez", "juan pérez", "fulano de tal",
        # Japan's forms in their own script, Italy's specimen (redteam40).
        "山田 太郎", "山田太郎", "山田 花子", "山田花子", "mario rossi",
        # Korean forms' 홍길동, romanised as the passport and visa forms print it.
        "hong gildong", "hong gil-dong", "hong gil dong", "gildong hong", "gil-dong hong",
        # The Philippines' forms, the TOML README's owner, the Lombok docs' builder (redteam44).
        "juan dela cruz", "juana dela cruz", "tom preston-werner", "adam savage",
    }
)  # fmt: skip
_EXAMPLE_WORD = LazyPattern(
    r"(?i)(?<![a-z])(?:example|sample|docs|documentation|manual|tutorial|placeholder|"
    r"specimen|guide)(?![a-z])|예시|예제|작성[ \t]?례|기재[ \t]?례|견본|샘플"
)
_WRITERS_OWN = LazyPattern(
    r"(?i)\b(?:my[ \t]+(?:full[ \t]+|real[ \t]+)?name[ \t]+is|i[ \t]*(?:'|’)?m|i[ \t]+am)[ \t]+\Z"
    r"|(?:제|내)[ \t]*(?:이름|성명)(?:은|는|이)?[ \t]*\Z"
)


def is_documented_example_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a documentation's specimen name, quoted as one."""
    name = " ".join(text[start:end].split()).casefold()
    if name not in _SPECIMENS or _EXAMPLE_WORD.search(text) is None:
        return False
    before = text[max(0, start - 30) : start].rstrip(" \t'\"")
    return _WRITERS_OWN.search(before + " ") is None and _WRITERS_OWN.search(before) is None


def documented_example_name_at(text: str, start: int) -> bool:
    """Whether a listed specimen name begins at ``start`` (``Ako si Juan dela Cruz``, where the
    name rule stops at the lower-case particle), quoted as an example."""
    head = text[start : start + 40].casefold()
    for specimen in _SPECIMENS:
        if head.startswith(specimen) and is_documented_example_name(
            text, start, start + len(specimen)
        ):
            return True
    return False


# How far back a record's name may stand from a field of the same record (``[owner] name =
# "Tom Preston-Werner" and dob = 1979-05-27``).
_RECORD_REACH = 120


def names_a_documented_specimen_before(text: str, pos: int) -> bool:
    """Whether a specimen name, quoted as an example, stands shortly before ``pos``: a field
    after it (a birth date, an address) belongs to the specimen, not to anyone (redteam44)."""
    lo = max(0, pos - _RECORD_REACH)
    window = text[lo:pos].casefold()
    for specimen in _SPECIMENS:
        at = window.rfind(specimen)
        if at >= 0 and is_documented_example_name(text, lo + at, lo + at + len(specimen)):
            return True
    return False

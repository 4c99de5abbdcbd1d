"""The arguments of a tool asked for in a sentence, read against the tool's input schema.

Code fills a call in only when every required argument is plainly there:

- arguments named in the sentence: ``a=2 b=5``, ``a is 2 and b is 5``, ``target: notes``,
  ``a는 2, b는 5``;
- a tool with one text argument: the one quoted span, else the one word of the sentence
  left once the server and tool names, particles, filler ("좀", "please", "for me") and
  the words that ask ("봐줘", "run", "show") are set aside ("pol 서버 look 으로 settings
  좀 봐줘" gives ``settings``);
- a tool whose arguments are all numbers: the sentence's numbers, in the schema's order,
  when there are exactly as many.

When the sentence leaves an argument out, or open between two words, the reading says
which and nothing is guessed (:func:`agents.mcp_prose_calls.prose_call_problem` asks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agents.mcp.types import McpToolInfo
from core.text import ENGLISH_DIGITS
from tools.korean_numbers import normalize_numerals

__all__ = ["Reading", "read_arguments"]

# One quoted span: straight or curly quotes, or Korean corner brackets.
_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”|「([^」]+)」")
_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])-?\d+(?:\.\d+)?(?![A-Za-z0-9_.])")
_ENGLISH_NUMBER_WORD = re.compile(
    r"\b(?:" + "|".join(w for w in ENGLISH_DIGITS if w not in ("zero", "one")) + r")\b",
    re.IGNORECASE,
)
# How a sentence names an argument's value: "a=2", "a: 2", "a is 2", "a equals 2", "a는 2".
_NAMED_AS = r"\s*(?:=|:|\s(?:is|equals)\s|(?<=[A-Za-z0-9_])(?:은|는|이|가)\s)\s*"
_VALUE = r"(?P<value>\"[^\"]*\"|'[^']*'|[^\s,;]+)"
_NUMERIC = ("integer", "number")

# Words that ask for the call or fill the sentence, never an argument.
_ENGLISH_FILLER = frozenset(
    re.findall(
        r"\S+",
        """please pls plz kindly can could would will you u ya me my for the a an to at on in
        of with by from and or run call use using via invoke execute do does it this that real
        quick quickly now rn just tool server mcp show check see get give tell say send find
        read open let lets let's know go ahead try want need i we is are be about thanks thx""",
    )
)
_KOREAN_FILLER = frozenset(
    re.findall(
        r"\S+",
        """좀 한번 한 번 지금 바로 빨리 얼른 그냥 다시 그대로 이거 그거 저거 요 제발 부탁 급함
        급해 혹시 서버 도구 툴 이용해서 사용해서 가지고 갖고 하나 다 전부 모두 것 거""",
    )
)
# A Korean word that asks: "봐줘", "보여줘", "해주세요", "보내봐", "써서".
_KOREAN_ASKING = re.compile(
    r"(?:줘|줘요|주세요|주라|줄래|봐|봐요|봐라|볼래|해|해요|해라|하세요|해서|써서|써|하자|보자)$"
)
# "해줘" after a noun makes one verb of them ("인사 좀 해줘" asks to greet): the noun is
# the action asked for, not an argument. "줘" or "봐" standing alone follows a verb
# ("메모 남겨 줘", "올려 줘"): the word before it is that verb.
_HADA = re.compile(r"^(?:해|하)(?:줘|줘요|주세요|주라|봐|봐요|라|요|세요|자|서|고|기)?$")
_AUXILIARY = re.compile(r"^(?:줘|줘요|주세요|주라|줄래|봐|봐요|봐줘|보세요|봐주세요)$")
# Particles that can only be particles on a Hangul word (no noun ends in them).
_SURE_PARTICLE = re.compile(r"(?<=[가-힣])(?:를|으로|에서|에게|한테|이라고|라고)$")
# Particles whose form says whether the syllable before ends in a consonant: "을"/"은"
# follow one ("거실을", but "마을" is one word), "는" follows a vowel ("하루는").
_AFTER_CONSONANT = ("을", "은")
_AFTER_VOWEL = ("는",)
# Endings that may be a particle or the word's own last syllable ("도로", "고양이"):
# such a word is shown both ways rather than cut.
_MAYBE_PARTICLE = re.compile(r"(?<=[가-힣])(?:이|가|로|의|도|에|와|과|랑|이랑)$")
_ONLY_PARTICLE = re.compile(r"^(?:으로|로|를|을|은|는|이|가|에서|에|의|도|라고|이라고)$")
_LATIN_THEN_HANGUL = re.compile(r"^(?P<word>[A-Za-z0-9_./-]+)[가-힣]+$")


@dataclass(frozen=True)
class Reading:
    """What a sentence gives for a tool's arguments.

    ``args`` when every required argument is plainly there; else ``unclear`` says which
    argument is missing or open (empty when the schema is beyond what code reads, such
    as optional arguments: nothing is said then).
    """

    args: dict[str, Any] | None
    unclear: str = ""


def _schema(info: McpToolInfo) -> tuple[dict[str, str], list[str]]:
    schema = info.input_schema or {}
    properties: dict[str, Any] = schema.get("properties") or {}
    types = {str(n): str((p or {}).get("type", "")) for n, p in properties.items()}
    return types, [str(name) for name in schema.get("required") or []]


def _typed(value: str, kind: str) -> Any:
    """``value`` as the schema's type, or ``None`` when it is not one."""
    if kind in _NUMERIC:
        figure = value.replace(",", "")
        if re.fullmatch(r"-?\d+", figure):
            return int(figure)
        if kind == "number" and re.fullmatch(r"-?\d+\.\d+", figure):
            return float(figure)
        return None
    if kind != "string":
        return None
    if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) > 1:
        return value[1:-1]
    latin = _LATIN_THEN_HANGUL.match(value)  # "settings로": the particle is not the value
    return latin["word"] if latin else value.rstrip(".!?")


def _named_values(text: str, types: dict[str, str]) -> dict[str, Any]:
    """The arguments the sentence names with their values ("a=2 b=5", "a is 2")."""
    found: dict[str, Any] = {}
    for name, kind in types.items():
        pattern = rf"(?<![\w.]){re.escape(name)}{_NAMED_AS}{_VALUE}"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            value = _typed(match["value"], kind)
            if value is not None and value != "":
                found[name] = value
                break
    return found


def candidate_words(text: str, names: set[str]) -> list[str]:
    """The words of ``text`` that could be an argument, in order (each once).

    ``names`` are the server's and the tool's names (without case), set aside with the
    particles, the filler and the words that ask. A Hangul word ending in what may be a
    particle is given both ways ("마을" and "마을을"): which is meant is the user's to say.
    """
    unowned = re.sub(r"['’]s(?!\w)", "", text)  # "pol's look": the owner is a name
    words = [w.strip(".:") for w in re.findall(r"[^\s,!?;\"'“”‘’()\[\]「」]+", unowned)]
    words = [w for w in words if w]
    found: list[str] = []
    for at, word in enumerate(words):
        latin = _LATIN_THEN_HANGUL.match(word)
        bare = latin["word"] if latin else _without_sure_particle(word)
        folded = bare.casefold()
        if not bare or folded in names or _ONLY_PARTICLE.match(bare):
            continue
        if any(folded == f"{a}{sep}{b}" for a in names for b in names for sep in (".", "__")):
            continue
        if folded in _ENGLISH_FILLER or bare in _KOREAN_FILLER:
            continue
        if re.search(r"[가-힣]", bare) and (
            _KOREAN_ASKING.search(bare) or _makes_a_verb(words, at)
        ):
            continue
        maybe = None if latin else _MAYBE_PARTICLE.search(bare)
        if maybe and bare[: maybe.start()] in _KOREAN_FILLER:
            continue  # "툴로", "서버에"
        for shown in (bare[: maybe.start()], bare) if maybe else (bare,):
            if shown not in found:
                found.append(shown)
    return found


def _without_sure_particle(word: str) -> str:
    """``word`` without a particle only a particle can be (by its form, or by the sound
    of the syllable it follows); else unchanged."""
    word = _SURE_PARTICLE.sub("", word)
    if len(word) < 2 or not re.fullmatch(r"[가-힣]+", word):
        return word
    ends_in_consonant = (ord(word[-2]) - 0xAC00) % 28 != 0
    last = word[-1]
    if (last in _AFTER_CONSONANT and ends_in_consonant) or (
        last in _AFTER_VOWEL and not ends_in_consonant
    ):
        return word[:-1]
    return word


def _makes_a_verb(words: list[str], at: int) -> bool:
    """Whether the Hangul word at ``at`` is the noun of a 하다 verb ("인사 좀 해줘") or
    a verb whose ending stands apart ("남겨 줘")."""
    for after in words[at + 1 :]:
        if after in ("좀", "한번", "다", "잘"):
            continue
        return bool(_HADA.match(after) or _AUXILIARY.match(after))
    return False


def _one_text(text: str, name: str, names: set[str]) -> Reading:
    """The one text argument ``name``: a quoted span, else the one word left."""
    spans = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    if len(spans) == 1:
        return Reading({name: spans[0]})
    if len(spans) > 1:
        shown = " or ".join(f"'{s}'" for s in spans)
        return Reading(None, f"`{name}` could be any of {shown}")
    words = candidate_words(text, names)
    if len(words) == 1:
        return Reading({name: words[0]})
    if not words:
        return Reading(None, f"`{name}` is not given")
    return Reading(None, f"`{name}` could be any of {' or '.join(repr(w) for w in words)}")


def read_arguments(text: str, info: McpToolInfo, names: set[str]) -> Reading:
    """The call's arguments as the sentence gives them (see the module's rules).

    Args:
        text: The request.
        info: The tool asked for.
        names: The server's and the tool's names, casefolded: never an argument.
    """
    types, required = _schema(info)
    if not required:
        return Reading({})
    if set(required) != set(types):
        return Reading(None)
    named = _named_values(text, types)
    if named:
        missing = [f"`{n}`" for n in required if n not in named]
        if missing:
            return Reading(
                None, f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not given"
            )
        return Reading(named)
    kinds = list(types.values())
    if kinds == ["string"]:
        return _one_text(text, required[0], names)
    if all(k in _NUMERIC for k in kinds):
        return _numbers(text, types)
    return Reading(None)


def _numbers(text: str, types: dict[str, str]) -> Reading:
    """Number arguments from the sentence's numbers, in the schema's order."""
    # "add two and three": a tool taking only numbers reads English number words too
    # ("one" stays a word: "use one tool" is no operand; Korean words normalise below).
    spelled = _ENGLISH_NUMBER_WORD.sub(lambda m: ENGLISH_DIGITS[m[0].lower()], text)
    figures = _NUMBER.findall(normalize_numerals(spelled).replace(",", ""))
    wanted = ", ".join(f"`{n}`" for n in types)
    if len(figures) != len(types):
        given = ", ".join(figures) if figures else "none"
        return Reading(None, f"{wanted}: {len(types)} number(s) wanted, the request gives {given}")
    values = [_typed(f, k) for f, k in zip(figures, types.values(), strict=True)]
    if any(v is None for v in values):
        return Reading(None, f"{wanted} must be whole numbers")
    return Reading(dict(zip(types, values, strict=True)))

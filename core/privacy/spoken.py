"""Numbers and e-mail addresses written the way people say or disguise them.

``공일공 일이삼사 오육칠팔``, ``구공공일공일 다시 일이삼사오육칠``, ``O1O-1234-5678``,
``0 1 0 1 2 3 4 5 6 7 8``, ``name @ naver.com`` and ``name at naver dot com`` all
hide an identifier from detectors that look for ASCII digits and ``@``.
:func:`fold_spoken` rewrites such runs into their plain form (``010 1234 5678``,
``name@naver.com``) in a second folded copy of the text that keeps, like
:mod:`core.privacy.normalize`, a map back to the caller's offsets. The scanner
runs the numeric and e-mail detectors on that copy as well, so their
validators (RRN checksum, Luhn) still decide what is personal data.

Only runs of six or more digit tokens are rewritten: that is the shortest
split RRN half, and Korean prose rarely strings six number syllables together
(``이사``, ``오이``, ``일일`` are two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.lazy_regex import LazyPattern
from core.privacy.korean_mail_hosts import korean_mail_domain
from core.privacy.normalize import Normalized
from core.privacy.numeric_forms_57p import SPOKEN_DASH_WORDS_57P
from core.privacy.spoken_dates import spoken_date_edits
from core.privacy.spoken_dates_en import english_spoken_date_edits
from core.text import ENGLISH_DIGITS, KOREAN_NATIVE_DIGITS, KOREAN_SINO_DIGITS

# Zero said two ways, and 륙 for 육 after a consonant ("십륙").
_SINO = {"공": "0", "영": "0", **KOREAN_SINO_DIGITS, "륙": "6"}
_NATIVE = KOREAN_NATIVE_DIGITS
_ENGLISH = ENGLISH_DIGITS
# Letters typed for digits. Only inside a group that also holds a real digit,
# so "Hello" or a lone "I" is never read as a number.
# The jamo ㅇ for 0 ("ㅇ1ㅇ 7483 2916", typed past marketplaces' number filters) counts only
# beside a real digit: "ㅇㅇ" alone is chat for "yes" (redteam40).
# NFKC turns the compatibility jamo into its conjoining form (U+110B), so both are read.
# "빵" is 0 said in play ("빵일빵, 이칠팔삼, …"); alone it is bread, so it too counts only
# beside a digit (redteam41). "땡" is the same play zero ("일일땡 삼칠이"; alone a bell, a
# "no", or the 땡 of 땡볕), counted only beside a digit too (redteam44).
_LOOKALIKE = {
    "O": "0",
    "o": "0",
    "I": "1",
    "l": "1",
    "ㅇ": "0",
    "\u110b": "0",
    "빵": "0",
    "땡": "0",
}
DIGIT_WORDS: dict[str, str] = {**_SINO, **_NATIVE, **_ENGLISH, **_LOOKALIKE}

# Multi-syllable words first so "일곱" is not read as "일" + "곱".
_DIGIT = r"(?:[0-9]|다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|[공영일이삼사오육륙칠팔구])"
_LOOK = r"[OoIl]"
_LOOK_BESIDE_DIGIT = r"[OoIlㅇ\u110b빵땡]"
_EN_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])"
# A group holds a real digit, or is at least two look-alikes ("OlO" in
# "OlO-1234-5678"); a lone "I" or "o" next to a number is a word.
_GROUP = (
    r"(?:"
    + _EN_WORD
    + "|"
    + _LOOK_BESIDE_DIGIT
    + "*"
    + _DIGIT
    + r"(?:"
    + _DIGIT
    + "|"
    + _LOOK_BESIDE_DIGIT
    + r")*|"
    + _LOOK
    + r"{2,}(?![A-Za-z]))"
)
# Between groups: a dash said as a word, a dash or dot, up to two spaces or a comma.
# "삼일공이이팔 다음에 이공일사칠삼오": a number's halves joined by "then" (redteam43).
_DASH_WORD_LIST: tuple[str, ...] = ("다시", "대시", "하이픈", "dash", "다음에", "그다음", "다음")
# "010 빼기 4729 빼기 1836", "…작대기…": minus and stick said for the dash (redteam49).
_DASH_WORD_LIST += SPOKEN_DASH_WORDS_57P
_DASH_WORDS = "|".join(_DASH_WORD_LIST)
# "공일공에 구팔칠육에 오사삼이": "에" is how a number read aloud joins its groups; the older
# reading joins them with "의" ("공일공의 칠칠사이의 구팔공일", redteam44), or with "하고"
# ("공일공하고 팔이칠삼하고 오구일사", redteam44's second batch).
# "팔삼이칠 국에 오구일사 번": the old way of reading a number, exchange (국) then line (번).
_SEP = (
    r"(?:[ \t]*(?:[-.]|"
    + _DASH_WORDS
    + r")[ \t]*|[ \t]*국에[ \t]{1,2}|(?:[에의]|하고)[ \t]{1,2}|,?[ \t]{1,2})"
)
# Korean particles and copulas that may follow a number ("...오육칠팔로", "...입니다").
_PARTICLES = (
    r"입니다|이에요|예요|이요|이야|이고|이며|인데|이라고|이었|이니|이지|이면|이나|라고|으로|로|번|을|를|"
    r"은|는|에|요|와|과|도"
)
_RUN_RE = LazyPattern(
    r"(?<![A-Za-z가-힣0-9])"
    + _GROUP
    + r"(?:"
    + _SEP
    + _GROUP
    + r")*"
    + r"(?=$|[^A-Za-z가-힣0-9]|"
    + _PARTICLES
    + r")"
)
_TOKEN_RE = LazyPattern(
    r"(?P<digit>"
    + _EN_WORD
    + "|"
    + _DIGIT
    + "|"
    + _LOOK_BESIDE_DIGIT
    + r")|(?P<sep>[ \t]*(?:[-.]|"
    + _DASH_WORDS
    + r")[ \t]*|[ \t]*국에[ \t]{1,2}|(?:[에의]|하고)[ \t]{1,2}|,?[ \t]{1,2})"
)

MIN_RUN_DIGITS = 6
# The separator of a number read the old way ("팔삼이칠 국에 오구일사"), read as a space.
_EXCHANGE_SEPARATORS: tuple[str, ...] = ("국에",)


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` of the folded text with ``replacement``."""

    start: int
    end: int
    replacement: str


def _run_edits(run: re.Match[str]) -> list[Edit]:
    """Edits turning one spoken or disguised run into digits; none if it is plain."""
    tokens = list(_TOKEN_RE.finditer(run.group(0)))
    digits = [t for t in tokens if t.group("digit") is not None]
    if len(digits) < MIN_RUN_DIGITS:
        return []
    base = run.start()
    edits: list[Edit] = []
    for i, tok in enumerate(tokens):
        word = tok.group("digit")
        s, e = base + tok.start(), base + tok.end()
        if word is not None:
            if not ("0" <= word <= "9"):
                digit = DIGIT_WORDS.get(word.lower() if len(word) > 1 else word)
                if digit is None:
                    return []
                edits.append(Edit(s, e, digit))
            continue
        sep = tok.group(0)
        if any(w in sep for w in _DASH_WORD_LIST):
            edits.append(Edit(s, e, "-"))
        elif sep.strip(" \t") == "" and _single(tokens, i - 1) and _single(tokens, i + 1):
            # "0 1 0 1 2 3 4": digits spaced one by one are one number; a wider
            # gap ("4 1 6  5 5 5") is where its groups meet.
            edits.append(Edit(s, e, "" if len(sep) == 1 else " "))
        elif sep.startswith((",", "에", "의", "하고")) or sep.strip(" \t") in _EXCHANGE_SEPARATORS:
            edits.append(Edit(s, e, " "))
        elif sep.strip(" \t") in {"-", "."} and sep != sep.strip(" \t"):
            # "201 - 555 - 1234": the detectors take a bare separator.
            edits.append(Edit(s, e, sep.strip(" \t")))
    return edits


def _single(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the digit token at ``i`` stands alone between separators."""
    if not 0 <= i < len(tokens) or tokens[i].group("digit") is None:
        return False
    before = i == 0 or tokens[i - 1].group("sep") is not None
    after = i == len(tokens) - 1 or tokens[i + 1].group("sep") is not None
    return before and after


# blind52p: the German, Spanish, Italian and French bracketed words too ("t.brueckner (ät)
# posteo (punkt) de", "(arroba)", "(chiocciola)", "(punto)", "(point)").
_AT = (
    r"(?:@|\(at\)|\[at\]|\{at\}|\((?:ät|aet|arroba|chiocciola|arobase)\)|"
    r"\[(?:ät|aet|arroba|chiocciola|arobase)\]|골뱅이|앳|(?<=[ \t])(?:at|AT)(?=[ \t])|"
    # blind53p: curly brackets ("{ät}") and an underscored "_at_" glued between the parts
    # ("seol.dahae_at_hanmail_dot_net"; read only with an underscored "_dot_" after it).
    r"\{(?:ät|aet|arroba|chiocciola|arobase)\}|(?<=[A-Za-z0-9])_at_(?=[A-Za-z0-9])|"
    # blind54p: the word between a pair of dashes, stars, hashes, tildes or angle brackets,
    # spaced from the parts ("fenwick.adair -at- fastmail -dot- fm", "<at>", "*at*").
    r"(?<=[ \t])(?:-(?:at|ät)-|\*(?:at|ät)\*|#(?:at|ät)#|~(?:at|ät)~|<(?:at|ät)>)(?=[ \t])|"
    # blind55p: "at" spelt in Hangul letters, spaced ("hyeonu_jang 에이티 daum 쩜 net").
    r"(?<=[ \t])에이티(?=[ \t]))"
)
_DOT = (
    r"(?:[ \t]*(?:\.|\(dot\)|\[dot\]|\((?:punkt|punto|point)\)|\[(?:punkt|punto|point)\]|"
    # blind53p: "{dot}" ("m.achterhof {at} gmx {dot} net") and "_dot_" after an "_at_".
    r"\{(?:dot|punkt|punto|point)\}|닷|점|"
    # blind55p: "쩜", the spoken 점 ("daum 쩜 net").
    r"(?<=[ \t])쩜(?=[ \t])|"
    # blind54p: "-dot-", "*dot*", "#dot#", "~dot~", "<dot>" (after such an "at").
    r"-(?:dot|punkt)-|\*(?:dot|punkt)\*|#(?:dot|punkt)#|~(?:dot|punkt)~|<(?:dot|punkt)>)[ \t]*|"
    r"[ \t]+(?:dot|DOT)[ \t]+|_dot_)"
)
# Anchored on the rare part (the "at"), then the local part is looked for
# before it and the domain after it: a local-part-first pattern would be tried
# at every letter of every prompt.
_AT_FIND_RE = LazyPattern(_AT, re.IGNORECASE)
# The local part may spell its own dots in brackets ("tamsin [dot] quayle (at) …",
# redteam32) or as a spaced 점 between Latin parts ("jiho 점 kang 골뱅이 …", redteam41); a
# bare " dot " there is left alone (prose says "dot" too). An opening quote may stand before
# it ("'jiho 점 kang …'"); an apostrophe inside a word ("O'Brien") may not.
_LOCAL_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])(?<![A-Za-z0-9]')(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
    r"(?:(?:[ \t]*(?:\((?i:dot)\)|\[(?i:dot)\]|\{(?i:dot)\})[ \t]*|[ \t]+점[ \t]+)"
    r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}){0,3})"
    r"[ \t]*\Z"
)
# blind55p: a local part spelt with bare " dot "s, read only before a bare "at" whose host is
# spelt with " dot " too ("ines dot marchetti at gmx dot net"), the whole address said aloud.
_SPOKEN_LOCAL_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
    r"(?:[ \t]+(?i:dot)[ \t]+[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}){1,3})[ \t]*\Z"
)
_ANOTHER_AT_AFTER_RE = LazyPattern(r"[ \t]+(?:at|AT)[ \t]+[A-Za-z0-9]")
_DOMAIN_AFTER_RE = LazyPattern(
    r"[ \t]*[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:"
    + _DOT
    + r"[A-Za-z0-9-]{1,63})*?"
    + _DOT
    + r"[A-Za-z]{2,24}(?![A-Za-z0-9]|_dot_)",
    re.IGNORECASE,
)
_DOT_RE = LazyPattern(_DOT, re.IGNORECASE)


# blind53p: an underscored host ends "_dot_" and a top-level domain of two to four letters.
_UNDERSCORED_HOST_RE = LazyPattern(r"(?i)_dot_[a-z]{2,4}\Z")
_EMAIL_WORD_RE = LazyPattern(r"e-?mail|mail|메일|주소|address|contact|연락", re.IGNORECASE)
_SPELLED_DOT_RE = LazyPattern(r"dot|닷|점", re.IGNORECASE)


def _email_edits(text: str, at: re.Match[str]) -> list[Edit]:
    """Edits making a spelled-out or spaced e-mail address around ``at`` canonical."""
    local = _LOCAL_BEFORE_RE.search(text, max(0, at.start() - 70), at.start())
    domain = _DOMAIN_AFTER_RE.match(text, at.end())
    if local is not None and domain is None:
        # "골뱅이 지메일 닷컴": a host said in Hangul.
        spoken_host = korean_mail_domain(text, at.end())
        if spoken_host is not None:
            host_start, host_end, latin = spoken_host
            return [
                *_local_dot_edits(text, local),
                Edit(local.end("local"), host_start, "@"),
                Edit(host_start, host_end, latin),
            ]
    if local is None or domain is None:
        return []
    whole = text[local.start() : domain.end()]
    if at.group(0) == "@" and " " not in whole:
        return []  # already canonical: the ordinary detector finds it
    if at.group(0).lower() == "_at_" and not _UNDERSCORED_HOST_RE.search(domain.group(0)):
        return []  # "created_at_time.now", "updated_at_ts_dot_value": field names
    if at.group(0).lower() == "at":
        # blind55p: "reach me at ines dot marchetti at gmx dot net": a "domain" followed by a
        # second bare "at" is the local part of the address that "at" opens, not a host.
        if _ANOTHER_AT_AFTER_RE.match(text, domain.end()) is not None:
            return []
        spoken_local = _SPOKEN_LOCAL_BEFORE_RE.search(text, max(0, at.start() - 70), at.start())
        if spoken_local is not None and _SPELLED_DOT_RE.search(domain.group(0)) is not None:
            local = spoken_local
        # "online at www.gutenberg.net" is a web address: a bare "at" needs a
        # spelled dot too, or an e-mail word shortly before.
        window = text[max(0, local.start() - 30) : local.start()]
        spelled_dot = _SPELLED_DOT_RE.search(domain.group(0)) is not None
        if not spelled_dot and _EMAIL_WORD_RE.search(window) is None:
            return []
        if domain.group(0).lstrip(" \t").lower().startswith("www"):
            return []  # "... online at www.example.org": a web site
    edits = _local_dot_edits(text, local)
    edits.append(Edit(local.end("local"), domain.start() + _leading_blanks(domain.group(0)), "@"))
    for d in _DOT_RE.finditer(text, domain.start(), domain.end()):
        if d.group(0) != ".":
            edits.append(Edit(d.start(), d.end(), "."))
    return edits


def _local_dot_edits(text: str, local: re.Match[str]) -> list[Edit]:
    """Edits turning the local part's spelled dots ("[dot]", " 점 ") into "."."""
    return [
        Edit(d.start(), d.end(), ".")
        for d in _DOT_RE.finditer(text, local.start("local"), local.end("local"))
        if d.group(0) != "."
    ]


def _leading_blanks(s: str) -> int:
    return len(s) - len(s.lstrip(" \t"))


# Cheap substring checks run before the regexes (this is the scanner's hot
# path): most prompts hold no "at" token and no number word at all.
_AT_KEYS = (
    "@", " at ", "(at)", "[at]", "{at}", "골뱅이", "앳", "ät)", "ät]", "aet)", "aet]", "arroba",
    "chiocciola", "arobase", "ät}", "aet}", "_at_", "-at-", "*at*", "#at#", "~at~", "<at>",
    "-ät-", "<ät>", "에이티",
)  # fmt: skip
_EN_NUMBER_KEYS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _may_hold_email(lowered: str) -> bool:
    return any(key in lowered for key in _AT_KEYS)


# Six characters that can spell digits (or the dash words), with at most a
# few separators between them: a character-class loop, much cheaper than the
# token regex, which only runs where this finds a place to start.
_DIGITISH = "0-9공영일이삼사오육륙칠팔구하나둘셋넷다섯여일곱덟아홉시대OoIl빵땡"
_DIGITISH_RUN_RE = LazyPattern(
    "[" + _DIGITISH + r"](?:[ \t.,에의하고-]{0,3}[" + _DIGITISH + "]){5}"
)


def _may_hold_number(text: str, lowered: str) -> bool:
    if any(k in lowered for k in _EN_NUMBER_KEYS):
        return True
    # "010 빼기 4729 빼기 1836": the prefilter's gap class does not span these dash words.
    if any(w in text for w in SPOKEN_DASH_WORDS_57P):
        return True
    return _DIGITISH_RUN_RE.search(text) is not None


def spoken_edits(text: str) -> list[Edit]:
    """All rewrites :func:`fold_spoken` would make in ``text``, sorted and disjoint."""
    edits: list[Edit] = []
    lowered = text.lower()
    if _may_hold_email(lowered):
        edits = _all_email_edits(text)
    # "천구백구십삼년 시월 이십일일": a date in place-value words, before the digit runs.
    edits += [Edit(*found) for found in spoken_date_edits(text)]
    # "the fourteenth of March nineteen eighty-seven": the same in English words.
    edits += [Edit(*found) for found in english_spoken_date_edits(text)]
    if not _may_hold_number(text, lowered):
        return sorted(edits, key=lambda e: e.start)
    taken = [(e.start, e.end) for e in edits]
    for found in _RUN_RE.finditer(text):
        run = _without_copula(text, found)
        if run.end() - run.start() < MIN_RUN_DIGITS:
            continue  # six digit tokens take six characters at least
        if any(s < run.end() and run.start() < e for s, e in taken):
            continue
        edits.extend(_run_edits(run))
    return sorted(edits, key=lambda e: e.start)


# Digit syllables that end in a consonant: after them the copula and the subject
# particle are spelled "이" ("팔이에요", "공이 맞아요"), the same syllable as two.
_CONSONANT_FINAL_DIGITS = frozenset("공영일삼육륙칠팔")
# What follows that "이" as grammar: 이에요, 이고, 이며, 이라고, 이었어요, 이니까,
# 이지만, 이면, 이나. Not 예/요: "이예요" and "이요" also read as two and the
# copula after it ("...일이예요" is "...12" followed by "is").
_AFTER_COPULA = frozenset("에고며라었니지면나")


def _without_copula(text: str, run: re.Match[str]) -> re.Match[str]:
    """``run`` without a last "이" that is the copula glued to the number.

    "오육칠팔이에요" is "5678" and "이에요" (it is), not "56782" and "에요": a
    final "이" right after a consonant-final digit and right before a copula
    ending ("이에요", "이고", "이라고") is read as Korean grammar, which is what any
    reader does; otherwise the phone number gains a digit and fails its shape.
    """
    end = run.end()
    if (
        end - run.start() < 2
        or text[end - 1] != "이"
        or text[end - 2] not in _CONSONANT_FINAL_DIGITS
        or end >= len(text)
        or text[end] not in _AFTER_COPULA
        # blind54p: "팔칠공삼일이에 뒤는 …": "이에" before anything but 요 is two and the
        # particle 에 that joins a number's groups, not the copula "이에요".
        or (text[end] == "에" and not text.startswith("에요", end))
    ):
        return run
    shorter = _RUN_RE.match(text, run.start(), end - 1)
    return run if shorter is None else shorter


def _all_email_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for at in _AT_FIND_RE.finditer(text):
        found = _email_edits(text, at)
        if found and (not edits or found[0].start >= edits[-1].end):
            edits.extend(found)
    return edits


def apply_edits(base: Normalized, edits: list[Edit]) -> Normalized:
    """A new folded text with ``edits`` applied, still mapping to ``base.original``.

    Args:
        base: The normalized text the edits refer to.
        edits: Sorted, disjoint edits in ``base.text`` offsets.

    Returns:
        The rewritten text whose index maps straight to the original text.
    """

    def first(p: int) -> int:
        return p if base.index is None else base.index[p]

    def last(p: int) -> int:
        if base.last is not None:
            return base.last[p]
        return first(p)

    out: list[str] = []
    index: list[int] = []
    ends: list[int] = []
    pos = 0
    for edit in edits:
        for p in range(pos, edit.start):
            out.append(base.text[p])
            index.append(first(p))
            ends.append(last(p))
        for ch in edit.replacement:
            out.append(ch)
            index.append(first(edit.start))
            ends.append(last(edit.end - 1))
        pos = edit.end
    for p in range(pos, len(base.text)):
        out.append(base.text[p])
        index.append(first(p))
        ends.append(last(p))
    return Normalized(base.original, "".join(out), tuple(index), tuple(ends))


def fold_spoken(base: Normalized) -> Normalized | None:
    """Rewrite spoken numbers, look-alike digits and spelled e-mails in ``base``.

    Args:
        base: The output of :func:`core.privacy.normalize.normalize`.

    Returns:
        The rewritten text (offsets still into the original), or None when
        nothing in it is written that way (the common case).
    """
    edits = spoken_edits(base.text)
    if not edits:
        return None
    return apply_edits(base, edits)

"""A rule's pattern whose leading lookarounds are checked apart: same matches, found faster.

Why: ``re`` finds match candidates fast only when a pattern starts with a literal or a
character set (it skips to the next possible first character in C). A leading lookbehind
such as ``(?<![가-힣])`` hides that start, so the whole pattern is tried at every position
of the text: a 300-name alternation behind one cost the trace export's re-scan of a
megabyte body about a second per rule (``hangul_spelled_foreign_names``).

``GuardedPattern`` splits ``(?<!…)(?<=…)(?!…)(?=…)REST`` into the guard (the leading
lookarounds) and ``REST``; it searches for ``REST`` and keeps a candidate only when the
guard holds at its start. That is exactly what the whole pattern does at each position,
in the same order (the guard is zero-width, and a lookbehind sees text before ``pos``),
so ``finditer``/``search`` give the same matches, spans and groups. The split is used
only when it is provably the same pattern (the parsed guard and rest, joined, equal the
parsed whole; the guard has no groups; the rest cannot match empty) and when ``re`` can
skip to ``REST``'s first characters; otherwise, and for the other methods, the whole
pattern runs as before. After many rejected candidates in one call it falls back to the
whole pattern from where it is (same results; bounds the cost on adversarial text).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from core.lazy_regex import LazyPattern

__all__ = ["GuardedPattern", "split_guard"]

_OPENERS = ("(?<!", "(?<=", "(?!", "(?=")
# Candidates the guard may reject in one call before the whole pattern takes over.
_MAX_REJECTS = 64


def _group_end(pattern: str, i: int) -> int:
    """Index one past the ``)`` that closes the group opened at ``pattern[i]`` (-1: none)."""
    depth = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _canon(node: Any) -> Any:
    """A parsed pattern as nested tuples, comparable by value."""
    if isinstance(node, sre_parse.SubPattern):
        return tuple(_canon(item) for item in node.data)
    if isinstance(node, list | tuple):
        return tuple(_canon(item) for item in node)
    return node


def _has_fast_start(parsed: Any, flags: int) -> bool:
    """Whether ``re`` skips to candidates of ``parsed`` (a literal prefix or a first-char set)."""
    try:
        prefix, _skip, _all = sre_compile._get_literal_prefix(parsed, flags)
        return bool(prefix) or bool(sre_compile._get_charset_prefix(parsed, flags))
    except Exception:  # noqa: BLE001 - a private API: without it, no split (still correct)
        return False


def split_guard(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The (guard, rest) of ``pattern`` when splitting keeps its matches and pays off."""
    i = 0
    while pattern.startswith(_OPENERS, i):
        j = _group_end(pattern, i)
        if j < 0:
            return None
        i = j
    if i == 0 or i >= len(pattern):
        return None
    guard, rest = pattern[:i], pattern[i:]
    try:
        whole_parsed = sre_parse.parse(pattern, flags)
        guard_parsed = sre_parse.parse(guard, flags)
        rest_parsed = sre_parse.parse(rest, flags)
    except re.error:
        return None
    if guard_parsed.state.groups != 1 or rest_parsed.state.groups != whole_parsed.state.groups:
        return None
    if _canon(guard_parsed) + _canon(rest_parsed) != _canon(whole_parsed):
        return None
    if rest_parsed.getwidth()[0] == 0 or not _has_fast_start(rest_parsed, flags):
        return None
    return re.compile(guard, flags), re.compile(rest, flags)


class GuardedPattern(LazyPattern):
    """A ``LazyPattern`` whose ``finditer``/``search`` check leading lookarounds apart."""

    __slots__ = ("_split", "_split_done")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        super().__init__(pattern, flags)
        self._split: tuple[re.Pattern[str], re.Pattern[str]] | None = None
        self._split_done = False

    def _parts(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        if not self._split_done:
            self._split = split_guard(self.pattern, self._flags)
            self._split_done = True
        return self._split

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        parts = self._parts()
        if parts is None:
            return self.compiled.finditer(string, pos, endpos)
        return self._guarded(parts, string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        parts = self._parts()
        if parts is None:
            return self.compiled.search(string, pos, endpos)
        return next(self._guarded(parts, string, pos, endpos), None)

    def _guarded(
        self,
        parts: tuple[re.Pattern[str], re.Pattern[str]],
        string: str,
        pos: int,
        endpos: int,
    ) -> Iterator[re.Match[str]]:
        guard, rest = parts
        rejects = 0
        while True:
            m = rest.search(string, pos, endpos)
            if m is None:
                return
            start = m.start()
            if guard.match(string, start, endpos) is None:
                rejects += 1
                if rejects > _MAX_REJECTS:
                    # No match of the whole starts before start + 1: it goes on from there.
                    yield from self.compiled.finditer(string, start + 1, endpos)
                    return
                pos = start + 1
                continue
            yield m
            # The rest never matches empty, so the next match starts at or after its end.
            pos = m.end()

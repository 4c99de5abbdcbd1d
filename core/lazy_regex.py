"""Regular expressions compiled on first use rather than at import.

Compiling a pattern runs ``re``'s pure-Python parser and compiler: the few hundred
module-level patterns of the privacy scanner and the deterministic handlers cost a
calculator ``ask`` about 0.2 s of start-up, though "3+4" uses a handful of them.
``LazyPattern`` keeps the pattern text and compiles it the first time it matches
(then ``re``'s own object does all the work), so a module declares its patterns as
before and a process pays only for those it uses.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """A ``re.Pattern[str]`` stand-in that compiles itself on first use.

    Offers the ``Pattern`` methods the code base calls. ``re`` functions that take a
    pattern object (``re.sub(p, ...)``) need ``compiled``, the real pattern.

    Args:
        pattern: The regular expression.
        flags: ``re`` flags, as for ``re.compile``.
    """

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if this is its first use)."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        """The pattern text (no compiling needed)."""
        return self._pattern

    @property
    def flags(self) -> int:
        """The flags as ``re`` reports them (with the implied ``re.UNICODE``)."""
        return self.compiled.flags

    @property
    def groupindex(self) -> Any:
        """Group names to group numbers."""
        return self.compiled.groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.search``."""
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As ``re.Pattern.match``."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As ``re.Pattern.fullmatch``."""
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As ``re.Pattern.finditer``."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As ``re.Pattern.findall``."""
        return self.compiled.findall(string, pos, endpos)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As ``re.Pattern.split``."""
        return self.compiled.split(string, maxsplit)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As ``re.Pattern.sub``."""
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        """As ``re.Pattern.subn``."""
        return self.compiled.subn(repl, string, count)

    def __repr__(self) -> str:
        return f"LazyPattern({self._pattern!r}, {self._flags!r})"

"""How near a prompt comes to the prompts the difficulty model's words were fitted on.

Why a gate: the hashed-word correction of the difficulty score learns which
words mark a hard prompt *in the sources it was fitted on*. Those words do not
carry to a new source: held out around the whole fit (``bench.router_nested``)
they cost llmrouter_mix +.029 and MMLU +.015 of strong calls against the length
baseline, while the acceptance run on the replays themselves needs them (they
remember arena_hard_v1's and ko_arena_hard's prompts). So the words count only
on prompts near some training prompt (``nearness >= tau``, tau chosen by
``bench.fit_difficulty``) and are dropped elsewhere, where the score falls back
to length, the named signals and the hand-set prior, which held on every source
held out (router33: worst nested fold +.029 -> +.006).

"Near" is the largest resemblance (estimated Jaccard of word unigrams and
bigrams, any script, so Korean prompts are measured too) to one training
prompt. Each training prompt is kept as a compact signature: one-permutation
MinHash into ``N_BINS`` bins, empty bins filled from the next full one
(densification), each bin's minimum cut to its low 8 bits. Two signatures agree
on a bin with probability about R + (1 - R) / 256 for resemblance R, so the
share of agreeing bins, chance-corrected, estimates R. 64 bytes per prompt.

The scan is exact (every training prompt is compared), so the runtime and the
fit (``bench.fit_difficulty``, through this same module) agree to the last bin.
Pure Python: core does not depend on numpy.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

N_BINS = 64
# Distinct values a stored bin can take (its low 8 bits): the chance agreement is 1/256.
_BIN_VALUES = 256
_CHANCE = 1.0 / _BIN_VALUES
# Same scan window as the other text signals: the head of a long prompt says enough.
_SCAN_CHARS = 4000
_WORD = re.compile(r"\w+")
_MASK64 = (1 << 64) - 1
# Odd constant mixing a borrowed bin's value with how far it was borrowed from.
_MIX = 0x9E3779B97F4A7C15


def shingles(text: str) -> set[str]:
    """The lower-cased word unigrams and bigrams of the head of ``text`` (any script)."""
    words = _WORD.findall(text[:_SCAN_CHARS].lower())
    grams = set(words)
    grams.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return grams


def signature(text: str) -> bytes | None:
    """The ``N_BINS``-byte signature of ``text``; None when it has no words."""
    grams = shingles(text)
    if not grams:
        return None
    mins: list[int | None] = [None] * N_BINS
    for gram in grams:
        h = int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little")
        b, v = h % N_BINS, h // N_BINS
        current = mins[b]
        if current is None or v < current:
            mins[b] = v
    out = bytearray(N_BINS)
    for b in range(N_BINS):
        # An empty bin borrows the next full bin's minimum, mixed with the distance,
        # so two prompts agree there only when they agree on the bin it came from.
        for step in range(N_BINS):
            source = mins[(b + step) % N_BINS]
            if source is not None:
                mixed = (source + step * _MIX) & _MASK64 if step else source
                out[b] = mixed % _BIN_VALUES
                break
    return bytes(out)


def resemblance(agreeing_bins: int) -> float:
    """The chance-corrected resemblance estimate from how many of ``N_BINS`` bins agree."""
    return max(0.0, (agreeing_bins / N_BINS - _CHANCE) / (1.0 - _CHANCE))


def encode_index(signatures: Iterable[bytes]) -> str:
    """Signatures as one base64 string, for the model file."""
    return base64.b64encode(b"".join(signatures)).decode("ascii")


# Per stored value v: the translation table that maps v to 1 and every other byte to 0.
_AGREES = tuple(bytes(int(i == v) for i in range(_BIN_VALUES)) for v in range(_BIN_VALUES))


@dataclass(frozen=True)
class NearnessIndex:
    """The training prompts' signatures, searchable for the nearest one."""

    n_prompts: int
    # Column-major: ``columns[b][i]`` is prompt i's stored value in bin b.
    columns: tuple[bytes, ...]

    def nearness(self, text: str) -> float:
        """The largest estimated resemblance of ``text`` to a training prompt (0 if no words)."""
        sig = signature(text)
        return 0.0 if sig is None else self.nearness_of(sig)

    def nearness_of(self, sig: bytes) -> float:
        """The largest estimated resemblance of signature ``sig`` to a training prompt.

        Why this shape: each bin's column is turned into one 0/1 byte per prompt and
        the 64 columns are added as big integers, one byte per prompt (at most 64, so
        no carry crosses prompts). A fixed cost of about a millisecond for 12 k
        prompts, in C loops, whatever the prompt; a per-bin inverted list costs as
        many steps as there are agreeing prompts, which is thousands for templated
        prompts.
        """
        if not self.n_prompts:
            return 0.0
        total = 0
        for column, value in zip(self.columns, sig, strict=True):
            total += int.from_bytes(column.translate(_AGREES[value]), "little")
        return resemblance(max(total.to_bytes(self.n_prompts, "little")))


def build_index(signatures: Sequence[bytes]) -> NearnessIndex:
    """An index over ``signatures`` (each ``N_BINS`` bytes)."""
    for i, sig in enumerate(signatures):
        if len(sig) != N_BINS:
            raise ValueError(f"signature {i} has {len(sig)} bytes, expected {N_BINS}")
    columns = tuple(bytes(sig[b] for sig in signatures) for b in range(N_BINS))
    return NearnessIndex(len(signatures), columns)


def decode_index(encoded: str) -> NearnessIndex:
    """The index of signatures written by ``encode_index``.

    Raises:
        ValueError: The string is not base64 of whole signatures.
    """
    raw = base64.b64decode(encoded.encode("ascii"), validate=True)
    if len(raw) % N_BINS:
        raise ValueError(f"index of {len(raw)} bytes is not whole {N_BINS}-byte signatures")
    # Row-major on disk (one signature after another); a strided slice is one column.
    return NearnessIndex(len(raw) // N_BINS, tuple(raw[b::N_BINS] for b in range(N_BINS)))

"""Concrete local models worth running, and which of them fit this machine.

``doctor`` prints the ones that fit the free memory with the exact
``switchyard models pull`` line. Licences are stated plainly: EXAONE models may
not be used commercially, and Qwen2.5-3B is under Qwen's research licence, so it
is left out in favour of the Apache-2.0 sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.types import Language

# Resident memory beyond the file: KV cache for a few thousand tokens and the runtime.
_OVERHEAD_GB = 0.5
# Keep a fifth of the free memory for the app, the embedder and the OS.
_HEADROOM = 0.8


@dataclass(frozen=True)
class ModelSuggestion:
    """One GGUF build of an instruction model, with what it costs and may be used for."""

    name: str
    repo: str
    filename: str
    file_gb: float
    licence: str
    commercial_use: bool
    languages: tuple[Language, ...]
    writes: str
    """The languages it writes, in words for people."""
    note: str = ""

    @property
    def ram_gb(self) -> float:
        """Memory needed to run it with a few thousand tokens of context."""
        return round(self.file_gb + _OVERHEAD_GB, 1)

    @property
    def pull_command(self) -> str:
        """The command that downloads it and prints its ``gguf:`` id."""
        return f"switchyard models pull {self.repo} {self.filename}"


SUGGESTIONS: tuple[ModelSuggestion, ...] = (
    ModelSuggestion(
        "EXAONE-4.0-1.2B",
        "LGAI-EXAONE/EXAONE-4.0-1.2B-GGUF",
        "EXAONE-4.0-1.2B-Q4_K_M.gguf",
        0.8,
        "EXAONE AI Model License 1.2 - NC (NON-commercial use only)",
        False,
        ("ko", "en"),
        "Korean, English, Spanish",
    ),
    ModelSuggestion(
        "Qwen2.5-1.5B-Instruct",
        "bartowski/Qwen2.5-1.5B-Instruct-GGUF",
        "Qwen2.5-1.5B-Instruct-Q4_K_M.gguf",
        1.0,
        "Apache-2.0",
        True,
        ("ko", "en"),
        "English, Chinese and 27 more incl. Korean (Korean is passable, not fluent)",
    ),
    ModelSuggestion(
        "Kanana-1.5-2.1B-instruct",
        "mradermacher/kanana-1.5-2.1b-instruct-2505-GGUF",
        "kanana-1.5-2.1b-instruct-2505.Q4_K_M.gguf",
        1.4,
        "Apache-2.0",
        True,
        ("ko", "en"),
        "Korean, English",
        "community GGUF of kakaocorp/kanana-1.5-2.1b-instruct-2505",
    ),
    ModelSuggestion(
        "EXAONE-3.5-2.4B-Instruct",
        "QuantFactory/EXAONE-3.5-2.4B-Instruct-GGUF",
        "EXAONE-3.5-2.4B-Instruct.Q4_K_M.gguf",
        1.64,
        "EXAONE AI Model License 1.1 - NC (NON-commercial use only)",
        False,
        ("ko", "en"),
        "Korean, English",
    ),
    ModelSuggestion(
        "Qwen3-4B",
        "Qwen/Qwen3-4B-GGUF",
        "Qwen3-4B-Q4_K_M.gguf",
        2.5,
        "Apache-2.0",
        True,
        ("ko", "en"),
        "119 languages incl. Korean and English",
    ),
    ModelSuggestion(
        "Qwen2.5-7B-Instruct",
        "bartowski/Qwen2.5-7B-Instruct-GGUF",
        "Qwen2.5-7B-Instruct-Q4_K_M.gguf",
        4.7,
        "Apache-2.0",
        True,
        ("ko", "en"),
        "English, Chinese and 27 more incl. Korean",
    ),
)


def fitting_models(free_gb: float) -> list[ModelSuggestion]:
    """The suggestions that run in ``free_gb`` of memory, largest (most capable) first."""
    fits = [s for s in SUGGESTIONS if s.ram_gb <= free_gb * _HEADROOM]
    return sorted(fits, key=lambda s: -s.file_gb)

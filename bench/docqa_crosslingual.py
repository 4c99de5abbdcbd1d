"""Cross-lingual outcomes per document set, read from ``/work/briefs/all_dq.sh``-style output.

``python -m bench.docqa_crosslingual PREFIX [-v]`` reads ``PREFIX-<set>.json`` (the JSON of
``bench.docqa --json`` for the dev set and each held-out set) and counts, per set, the
answerable questions whose language differs from their answering file's: right, declined
or wrong. ``bench.docqa`` lists only the questions that were not right, so a question
absent from its failures counts as right.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LATIN = re.compile(r"[A-Za-z]")


def is_korean(text: str) -> bool:
    """Korean when Hangul letters are at least 30% as many as Latin ones."""
    return len(_HANGUL.findall(text)) > 0.3 * len(_LATIN.findall(text))


def question_sets() -> dict[str, tuple[Path, list[Path]]]:
    """Each set's name, question file and the folders its answering files are in."""
    sets = {"dev": (ROOT / "bench/docqa_devset.json", [ROOT / "data/samples"])}
    for folder in sorted((ROOT / "bench").glob("docqa_heldout*")):
        name = folder.name.removeprefix("docqa_")
        sets[name] = (folder / "questions.json", [folder, ROOT / "data/samples"])
    return sets


def crosslingual_outcomes(
    rows: Sequence[dict[str, Any]], result: dict[str, Any], folders: Sequence[Path]
) -> list[tuple[str, str, str]]:
    """(outcome, file, question) of every cross-lingual answerable question."""
    failed = {f["q"]: f["outcome"] for f in result["failures"]}
    out = []
    for row in rows:
        path = next(
            (d / row["file"] for d in folders if row["file"] and (d / row["file"]).exists()), None
        )
        if path is None or is_korean(path.read_text("utf-8", errors="ignore")) == is_korean(
            row["q"]
        ):
            continue
        outcome = failed.get(row["q"], "right")
        kind = outcome if outcome in ("right", "wrong") else "declined"
        out.append((kind, row["file"], row["q"]))
    return out


def main(argv: Sequence[str]) -> int:
    """Print cross-lingual right / declined / wrong per set (``-v``: each question)."""
    prefix, verbose = argv[0], "-v" in argv
    for name, (questions, folders) in question_sets().items():
        path = Path(f"{prefix}-{name}.json")
        if not path.exists() or path.stat().st_size == 0:
            continue
        rows = json.loads(questions.read_text("utf-8"))["questions"]
        found = crosslingual_outcomes(rows, json.loads(path.read_text("utf-8")), folders)
        counts = {k: sum(1 for o, _, _ in found if o == k) for k in ("right", "declined", "wrong")}
        right, declined, wrong = counts["right"], counts["declined"], counts["wrong"]
        print(f"{name:10s} right {right:2d} declined {declined:2d} wrong {wrong:2d}")
        if verbose:
            for outcome, file, question in found:
                print(f"    {outcome:8s} {file}: {question}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

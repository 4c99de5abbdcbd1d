"""How often the wire screen and the scanner fire on ordinary public text.

Usage: ``python -m bench.privacy_wire [--limit N] [--routing-dir DIR]``. Reads
the sample FAQ (questions and their variants; answers separately, since they
quote the clinic's public phone number), the sample documents split into
paragraphs, and the replay prompts of the routing benchmarks, then prints as
JSON, per source, the share of texts on which :func:`screen_outgoing` and
:func:`core.privacy.scan` report anything, the kinds that fired and a few
examples. Nothing in these sources is personal data, so every hit is a text
the egress guard would keep on this machine although it could have left.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from core.privacy import scan
from core.privacy.wire_screen import screen_outgoing

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ROUTING_DIR = REPO.parent / "shared" / "data" / "routing"
_PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")
_TAGS = re.compile(r"<[^>]+>")


def faq_texts(path: Path) -> tuple[list[str], list[str]]:
    """(questions with their variants, answers) of the FAQ file."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    questions: list[str] = []
    answers: list[str] = []
    for entry in entries:
        questions.append(str(entry.get("question", "")))
        questions.extend(str(v) for v in entry.get("variants", []) or [])
        answers.append(str(entry.get("answer", "")))
    return [q for q in questions if q], [a for a in answers if a]


def document_paragraphs(folder: Path) -> list[str]:
    """Non-empty paragraphs of the sample documents (HTML tags stripped)."""
    out: list[str] = []
    for doc in sorted(folder.iterdir()):
        if doc.is_file():
            text = _TAGS.sub(" ", doc.read_text(encoding="utf-8"))
            out.extend(p.strip() for p in _PARAGRAPH_SPLIT.split(text) if p.strip())
    return out


def replay_prompts(path: Path, limit: int | None) -> list[str]:
    """The ``prompt`` field of each line of a routing replay file."""
    prompts: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(prompts) >= limit:
                break
            prompt = json.loads(line).get("prompt")
            if isinstance(prompt, str) and prompt:
                prompts.append(prompt)
    return prompts


def firing_rate(texts: Iterable[str]) -> dict[str, Any]:
    """Share of ``texts`` on which the wire screen and the scanner report anything."""
    n = screened = scanned = 0
    kinds: Counter[str] = Counter()
    examples: list[dict[str, str]] = []
    for text in texts:
        n += 1
        findings = screen_outgoing(text)
        if findings:
            screened += 1
            kinds.update({f.kind for f in findings})
            if len(examples) < 5:
                f = findings[0]
                examples.append({"kind": f.kind, "match": text[f.start : f.end][:80]})
        scanned += bool(scan(text))
    return {
        "n": n,
        "wire_screen_rate": round(screened / n, 4) if n else 0.0,
        "scanner_rate": round(scanned / n, 4) if n else 0.0,
        "wire_screen_kinds": dict(kinds.most_common()),
        "examples": examples,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the firing rates as JSON; returns the exit code."""
    parser = argparse.ArgumentParser(prog="bench.privacy_wire", description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="prompts per replay file")
    parser.add_argument("--routing-dir", type=Path, default=DEFAULT_ROUTING_DIR)
    args = parser.parse_args(list(argv) if argv is not None else None)
    questions, answers = faq_texts(REPO / "data" / "faq.yaml")
    sources: dict[str, list[str]] = {
        "faq_questions": questions,
        "faq_answers": answers,
        "sample_documents": document_paragraphs(REPO / "data" / "samples"),
    }
    if args.routing_dir.is_dir():
        for path in sorted(args.routing_dir.glob("*.jsonl")):
            sources[f"replay:{path.stem}"] = replay_prompts(path, args.limit)
    out: dict[str, Any] = {name: firing_rate(texts) for name, texts in sources.items()}
    public = [name for name in sources if name != "faq_answers" and name != "sample_documents"]
    total = sum(out[name]["n"] for name in public)
    fired = sum(out[name]["wire_screen_rate"] * out[name]["n"] for name in public)
    out["public_questions_overall"] = {
        "n": total,
        "wire_screen_rate": round(fired / total, 4) if total else 0.0,
    }
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

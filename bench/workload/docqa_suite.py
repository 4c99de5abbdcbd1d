"""A document-question file (``bench/docqa_*``) as a checked workload suite, run end to end.

``bench.docqa`` measures the extractive tool alone; the assistant may still send a
question to a model, which can invent what the documents do not say. This module
turns the same question file into a suite for ``bench.workload.runner``, so every
question goes through the whole assistant (planner, router, models, output guard):

- an answerable question (``file`` set) must contain its ``contains`` text, or that of
  one of its ``also`` alternatives, and cite one of those files;
- an unanswerable one (``file`` null) must say "not in the documents" and cite nothing;
- a general-knowledge one (``"general": true``, no ``file``) is not about the documents:
  any answer without a citation is right (a model may well know the capital of France).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml

__all__ = ["build_docqa_suite", "docqa_conversations"]

_CASES_FILE = "docqa.yaml"


def _language(text: str) -> str:
    return "ko" if any("\uac00" <= c <= "\ud7a3" for c in text) else "en"


def _expectation(question: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The case's category and ``expect`` block for one question of a docqa file."""
    if question.get("file"):
        pairs = [(question["file"], question.get("contains"))]
        pairs += [(str(f), c) for f, c in question.get("also", [])]
        files = list(dict.fromkeys(str(f) for f, _ in pairs))
        expect: dict[str, Any] = {"cites_any": files}
        texts = [str(c) for _, c in pairs if c]
        if texts:
            expect["contains_any"] = list(dict.fromkeys(texts))
        return "doc_answerable", expect
    if question.get("general"):
        # Not about the documents: a model's uncited answer is right; quoting one is not.
        return "doc_unanswerable", {"no_citation": True}
    return "doc_unanswerable", {"not_in_documents": True, "no_citation": True}


def docqa_conversations(questions: list[dict[str, Any]], prefix: str = "q") -> list[dict[str, Any]]:
    """One single-turn conversation (the suite's YAML shape) per question.

    Args:
        questions: the ``questions`` list of a docqa file (``q``, ``file``, ``contains``,
            ``also``, ``general``).
        prefix: the start of every conversation id.
    """
    conversations = []
    for index, question in enumerate(questions):
        category, expect = _expectation(question)
        tags = ["general"] if question.get("general") else []
        conversations.append(
            {
                "id": f"{prefix}-{index:03d}",
                "category": category,
                "lang": _language(str(question["q"])),
                "tags": tags,
                "turns": [{"ask": str(question["q"]), "expect": expect}],
            }
        )
    return conversations


def build_docqa_suite(questions_path: Path, out_dir: Path, docs: list[Path] | None = None) -> Path:
    """Write a workload suite for ``questions_path`` into ``out_dir`` and return it.

    Args:
        questions_path: a docqa question file (``{"questions": [...]}``).
        out_dir: the suite folder to write (``cases/``, ``docs/``, ``mcp_servers.json``).
        docs: documents to ingest next to the bundled samples (a held-out set's own).

    Returns:
        ``out_dir``, ready for ``bench.workload.runner.run_workload``.
    """
    questions = json.loads(questions_path.read_text(encoding="utf-8"))["questions"]
    (out_dir / "cases").mkdir(parents=True, exist_ok=True)
    (out_dir / "docs").mkdir(exist_ok=True)
    # No MCP server: a document question never needs one.
    (out_dir / "mcp_servers.json").write_text('{"mcpServers": {}}', encoding="utf-8")
    for doc in docs or []:
        shutil.copy(doc, out_dir / "docs" / doc.name)
    cases = docqa_conversations(questions)
    (out_dir / "cases" / _CASES_FILE).write_text(
        yaml.safe_dump(cases, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return out_dir

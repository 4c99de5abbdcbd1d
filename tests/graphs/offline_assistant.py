"""An assistant over documents and curated answers of a test's own, with scripted models.

Shared by the tests of a thread's follow-ups against the curated answers
(test_faq_thread.py, test_faq_thread_topic.py): lexical search only, no model reply scripted.
"""

from __future__ import annotations

from pathlib import Path

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tools.rag import DocumentStore


def offline_assistant(
    tmp_path: Path, docs: dict[str, str], faq_yaml: str
) -> tuple[Assistant, dict[str, ScriptedChatModel]]:
    """The assistant over ``docs`` (file name to text) and ``faq_yaml``, and its fake models."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(folder)
    faq = tmp_path / "faq.yaml"
    faq.write_text(faq_yaml, encoding="utf-8")
    fakes = {
        tier: ScriptedChatModel(replies=[], model_name=f"test:{tier}")
        for tier in ("local", "cloud")
    }
    settings = load_settings(
        data_dir=tmp_path / "data",
        faq_path=faq,
        tiers={"local": "test:local", "cloud": "test:cloud"},
    )
    assistant = Assistant(build_services(settings, fakes=dict(fakes), docs=store))
    return assistant, fakes

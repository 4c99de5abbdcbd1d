"""FAQ loading and exact/normalized lookup."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from tools.faq import DEFAULT_FAQ_PATH, FaqBook, FaqEntry, normalize_question


@pytest.fixture(scope="module")
def book() -> FaqBook:
    return FaqBook.load(DEFAULT_FAQ_PATH)


def test_shipped_faq_is_valid(book: FaqBook) -> None:
    assert len(book.entries) >= 12
    assert {e.lang for e in book.entries} == {"ko", "en"}
    text = " ".join(e.answer for e in book.entries)
    for fact in ("한빛 가정의원", "한빛 약국", "09:00–18:00", "13:00–14:00", "02-555-0100"):
        assert fact in text
    assert "서울특별시 가상구 예시로 12, 3층" in text


def test_exact_hit(book: FaqBook) -> None:
    hit = book.lookup("진료 시간이 어떻게 되나요?")
    assert hit is not None
    assert (hit.entry.id, hit.match, hit.score) == ("hours-ko", "exact", 1.0)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("진료시간이 어떻게 되나요", "hours-ko"),  # spacing, no question mark
        ("진료 시간은 어떻게 되나요??", "hours-ko"),  # particle 이 -> 은
        ("진료 시간이 어떻게 되나", "hours-ko"),  # ending without 요
        ("ＷＨＡＴ ARE YOUR OPENING HOURS", "hours-en"),  # full-width + case
        ("what are your opening hours", "hours-en"),
        ("혹시 주차할 수 있나요", "parking-ko"),  # leading filler
        ("주차 할 수 있나요?", "parking-ko"),
        ("처방전을 재발급 받을 수 있나요", "prescription-reissue-ko"),
        ("오시는 길 알려줘", "directions-ko"),  # 알려주세요 -> 알려줘
        ("switchyard가 뭐야?", "what-is-switchyard-ko"),
        ("Where are you located", "directions-en"),
    ],
)
def test_normalized_hits(book: FaqBook, text: str, entry_id: str) -> None:
    hit = book.lookup(text)
    assert hit is not None and hit.entry.id == entry_id and hit.match == "normalized"


@pytest.mark.parametrize(
    "text",
    ["Explain quantum entanglement", "진료 시간에 대해 자세한 역사를 알려줘", "주차", "", "?"],
)
def test_misses(book: FaqBook, text: str) -> None:
    assert book.lookup(text) is None


def test_normalize_question() -> None:
    assert normalize_question("진료 시간이 어떻게 되나요?") == "진료시간어떻게되"
    assert normalize_question("Hello, What is Switchyard?!") == "whatisswitchyard"


def test_duplicate_ids_rejected() -> None:
    entry = FaqEntry(id="a", question="q", answer="a")
    with pytest.raises(ConfigError, match="appears twice"):
        FaqBook([entry, entry])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not: a list}", "must be a YAML list"),
        ("- {id: x}", "invalid entry"),
        ("- [unclosed", "not valid YAML"),
    ],
)
def test_load_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        FaqBook.load(path)


def test_load_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read FAQ file"):
        FaqBook.load(tmp_path / "missing.yaml")


def test_a_sourced_entry_names_a_sample_document_and_a_section_of_it(book: FaqBook) -> None:
    repo = DEFAULT_FAQ_PATH.resolve().parents[1]
    sourced = [e for e in book.entries if e.source]
    # Every clinic and pharmacy entry but the prescription one, which no sample states.
    assert len(sourced) >= 10
    for entry in sourced:
        assert entry.source is not None
        document = (repo / entry.source).read_text(encoding="utf-8")
        assert f"## {entry.section}" in document, entry.id

"""The workload suite is read with libyaml's safe loader: the same data, and faster."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.workload import suite
from bench.workload.suite import SUITE_DIR, load_case_file, load_suite


def _typed(value: Any) -> Any:
    # Equal values of another type (1 and 1.0 and True) compare equal: keep the type too.
    if isinstance(value, dict):
        return {"": "dict", **{str(k): _typed(v) for k, v in value.items()}}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def test_the_case_files_read_the_same_with_either_loader() -> None:
    files = sorted((SUITE_DIR / "cases").glob("*.yaml"))
    assert len(files) > 50
    for path in files:
        text = path.read_text(encoding="utf-8")
        pure = yaml.load(text, Loader=yaml.SafeLoader)
        fast = yaml.load(text, Loader=suite._SAFE_LOADER)
        assert _typed(fast) == _typed(pure), path.name


def test_the_fast_loader_is_the_one_used() -> None:
    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML built without libyaml")
    assert suite._SAFE_LOADER is yaml.CSafeLoader


def test_the_fast_loader_stays_safe(tmp_path: Path) -> None:
    # A Python tag is no conversation: the safe loader refuses to build the object.
    (tmp_path / "evil.yaml").write_text("- !!python/object/apply:os.system ['true']\n")
    with pytest.raises(yaml.constructor.ConstructorError):
        load_case_file(tmp_path / "evil.yaml")


def _conversation(conv_id: str) -> str:
    return (
        f"- id: {conv_id}\n  category: faq\n  turns:\n"
        "    - ask: hello\n      expect: {contains: [hi]}\n"
    )


def test_a_duplicated_id_is_still_named(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "a.yaml").write_text(_conversation("one") + _conversation("two"))
    (cases / "b.yaml").write_text(_conversation("two") + _conversation("three"))
    with pytest.raises(ValueError, match=r"duplicate conversation ids: \['two'\]"):
        load_suite(tmp_path)
    (cases / "b.yaml").write_text(_conversation("three"))
    assert [c.id for c in load_suite(tmp_path)] == ["one", "two", "three"]

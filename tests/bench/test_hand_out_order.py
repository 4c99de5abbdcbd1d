"""The order in which a pytest-xdist worker hands out files (tests/conftest.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import pytest

from tests.conftest import LONGEST_FILES, REPO_ROOT, hand_out_order


@dataclass
class _Item:
    nodeid: str


def _order(nodeids: list[str], slow: set[str]) -> list[str]:
    items = [cast(pytest.Item, _Item(n)) for n in nodeids]
    return [i.nodeid for i in sorted(items, key=lambda i: hand_out_order(i, slow))]


def test_the_longest_files_come_first_then_the_slow_ones_in_collection_order() -> None:
    egress = f"{LONGEST_FILES[0]}::test_leak"
    nodeids = [
        "tests/agents/test_a.py::test_fast",
        "tests/bench/test_workload_unseen9.py::test_set",
        "tests/bench/test_workload_unseen10.py::test_set",
        "tests/core/test_b.py::test_fast",
        egress,
        "tests/security/test_pii_egress_unit.py::test_fast",
    ]
    slow = {
        "tests/bench/test_workload_unseen9.py",
        "tests/bench/test_workload_unseen10.py",
        LONGEST_FILES[0],
    }
    assert _order(nodeids, slow) == [
        egress,
        "tests/bench/test_workload_unseen9.py::test_set",
        "tests/bench/test_workload_unseen10.py::test_set",
        "tests/agents/test_a.py::test_fast",
        "tests/core/test_b.py::test_fast",
        "tests/security/test_pii_egress_unit.py::test_fast",
    ]


def test_every_longest_file_exists() -> None:
    # A renamed file would silently drop back into collection order.
    for path in LONGEST_FILES:
        assert (REPO_ROOT / path).is_file(), path

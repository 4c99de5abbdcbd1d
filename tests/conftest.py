"""Suite-wide fixtures.

The network is blocked for every test except loopback (pytest-socket options in
pyproject.toml); subprocesses the tests start are checked separately.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The team's shared data sets; only a clone outside the team may lack them."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"../shared/data not found at {SHARED_DATA}: this clone is outside the team")
    return SHARED_DATA


# Files that take far longer than any other, handed out before every other file, longest
# first. In collection order test_pii_egress came after some 60 slow files, so it started
# about halfway through a -n 2 run and the other worker could run out of files before it
# ended: on main 21e030d it took 1,035 s of make test's 1,855 s (the next longest file,
# a blind privacy set, 108 s). Handed out first, it runs while the other worker takes
# every other file in turn, and the short files at the end keep both workers busy.
LONGEST_FILES = ("tests/security/test_pii_egress.py",)


def hand_out_order(item: pytest.Item, slow_files: set[str]) -> tuple[int, bool]:
    """The sort key of an item on a worker: the longest files, then slow files, then the rest."""
    path = item.nodeid.split("::", 1)[0]
    rank = LONGEST_FILES.index(path) if path in LONGEST_FILES else len(LONGEST_FILES)
    return rank, path not in slow_files


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a pytest-xdist worker, hand out the longest files, then those with a slow test, first.

    ``make test`` (its default PYTEST_WORKERS) runs ``--dist loadfile --no-loadscope-reorder``:
    each file stays on one worker (its module-scoped fixtures are built once) and
    files are handed out in this order. A minutes-long file handed out last would
    leave the other worker idle meanwhile. A serial run keeps the collection order.
    """
    if not hasattr(config, "workerinput"):
        return
    slow_files = {
        item.nodeid.split("::", 1)[0] for item in items if item.get_closest_marker("slow")
    }
    # Stable: within each group the collection order stays.
    items.sort(key=lambda item: hand_out_order(item, slow_files))

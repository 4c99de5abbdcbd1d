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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On a pytest-xdist worker, hand out the files holding a slow test first.

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
    # Stable: within the slow and the other files, the collection order stays.
    items.sort(key=lambda item: item.nodeid.split("::", 1)[0] not in slow_files)

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


# Folders whose tests share one session-scoped server: under `pytest -n 2 --dist loadgroup`
# they stay on one worker, so the server (a PostgreSQL cluster, Phoenix) starts once.
_SHARED_SERVER_FOLDERS = {"storage": "postgresql", "telemetry": "phoenix"}


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups into the node ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each test an ``xdist_group``: its module's, or its folder's shared server's.

    A module's tests stay together so a module-scoped fixture (a browser and app, a
    model load, a stub server) is built once, not once per worker. Without
    ``--dist loadgroup`` the marker does nothing.
    """
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        module = item.nodeid.split("::", 1)[0]
        parts = module.split("/")
        folder = parts[1] if len(parts) > 2 and parts[0] == "tests" else ""
        item.add_marker(pytest.mark.xdist_group(_SHARED_SERVER_FOLDERS.get(folder, module)))

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

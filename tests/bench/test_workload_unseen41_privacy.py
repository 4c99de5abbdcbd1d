"""Set 41 (redteam41's blind personal-data set: names in printed code output, meeting chats,
hashtags and other languages' introductions, numbers in 幺/빵 readings and Nordic and Polish
identity numbers, secrets in SQL, ssh-keygen, 7-Zip, gpg, cmdkey and JWT calls) end to end;
nothing of it may reach the cloud, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team41_rules.py (unit) and
tests/security/test_red_team41_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_41_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen41_privacy.yaml", min_cases=48)

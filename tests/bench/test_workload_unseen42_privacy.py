"""Set 42 (redteam42's blind personal-data set: names in a 사직서's 본인, a messenger's gift
notice, a care note's "환자 …(78)", Japanese, Arabic and Thai introductions, a whois record,
a Django call, a git log listing, a spelled surname and a map link; numbers in Arabic-Indic,
Thai and circled digits, a Taiwanese ID, an NRIC and a French NIR; secrets in nmcli, net user,
mosquitto_pub, rar, PsExec and x11vnc) end to end; nothing of it may reach the cloud, and no
case is open.

Its rules have their own tests: tests/core/privacy/test_red_team42_rules.py (unit) and
tests/security/test_red_team42_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_42_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen42_privacy.yaml", min_cases=50)

"""Set 43 (redteam43's blind personal-data set: Uzbek, Nepali and Khmer introductions, "NAME
here", a chat's "나 …임", an e-signature "/s/", vows "I, NAME, take you, NAME", an obituary's
"NAME, 84, of", a bank notice's depositor, an HL7 PID segment, a German form's Nachname/
Vorname; a 주민번호 read with "다음에", a foreigner registration number, a 군번, a mobile a
spreadsheet stripped of its 0, superscript digits, a card number split across turns, a
Vietnamese lane address; secrets in xfreerdp, lftp, expect, a BitLocker key, a WireGuard key
and PGPASSWORD) end to end; nothing of it may reach the cloud, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team43_rules.py (unit) and
tests/security/test_red_team43_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_43_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen43_privacy.yaml", min_cases=51)

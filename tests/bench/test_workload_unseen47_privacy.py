"""Set 47 (redteam47's blind personal-data set: Greek, Tamil, Dutch, Czech, Romanian and Welsh
introductions; a forwarded mail's German and Japanese header blocks without an address, a
semicolon CSV with German headers and a diagnosis column, a git blame line, romanised Korean
names with a title and in lower case; a phone and a name each given over three turns; a phone,
an account and a 주민번호 with Korean number words inside their digits, a UK mobile read in
words; Mexican "Int./Col.", romanised "…-dong …-ho" and German "Hinterhaus, 3. OG links"
addresses; a 외숙모's lupus, a sister-in-law's miscarriage, a cousin's panic disorder in the
next turn, "Auntie …"'s transplant; secrets in ipmitool -P, snmpwalk -A/-X, wpa_passphrase,
openssl enc -k, svn --password, a compose file's POSTGRES_PASSWORD and net use) end to end;
nothing of it may reach the cloud, no public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team47_rules.py (unit) and
tests/security/test_red_team47_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_47_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen47_privacy.yaml", min_cases=50)

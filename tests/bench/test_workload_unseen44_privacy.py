"""Set 44 (redteam44's blind personal-data set: Tagalog and Georgian introductions, a letter's
quoted "… 올림", a parent's "…맘이에요", a relative's name in brackets after the kin word, a
Messenger export's sender_name, a bench plaque, a school's "Please excuse … from", a GEDCOM
record, a Java builder's name calls; a Thai national ID, a Turkish kimlik number, a phone read
with 의 between its groups, an account read with 땡 for zero, an escaped phone in a log; a
Russian flat and a Philippine block-and-lot address; a 처제 carried over two turns; secrets in
smbclient -U, zip -P, macOS security -w, Android's WifiConfigStore.xml, a dial lock and a
password in two halves over two turns; and the second batch's Swahili, Portuguese and Polish
introductions, a "축 합격 NAME" banner, a phone read with 하고, "I examined NAME on", an
unattend.xml password and an OpenVPN auth file's second line) end to end; nothing of it may
reach the cloud, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team44_rules.py (unit) and
tests/security/test_red_team44_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_44_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen44_privacy.yaml", min_cases=48)

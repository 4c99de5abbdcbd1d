"""Set 50 (redteam50's blind personal-data set: Swahili, Tagalog, Turkish (carried into the
next turn), Persian, Hebrew, Thai and Malay introductions; a "Warm regards," sign-off, a
colleague named only as "Dr. SURNAME" and as surname + 과장님, an intern named with the English
title and her Crohn's disease in the next turn, names in an SQL INSERT, a .gitconfig, a
docker-compose environment line, a calendar invite's Organizer and a login-failure log line,
a given.family login in a ticket link; a Korean mobile in full-width digits and read in
English words, an account read in Korean number words over two turns, a MyKad number; an
apartment's complex + 동 + 호 and a Korean flat in English order; a friend's eating disorder in
반말, 여사님께서 and a cataract operation; a licence plate beside its owner's name, an e-mail
written "at … dot com"; secrets in PowerShell's $env:, a .pgpass line, vault kv put, a
password piped into sudo -S, unattend.xml and kubectl's --docker-password) end to end; nothing
of it may reach the cloud, no public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team50_rules.py (unit) and
tests/security/test_red_team50_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_50_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen50_privacy.yaml", min_cases=49)

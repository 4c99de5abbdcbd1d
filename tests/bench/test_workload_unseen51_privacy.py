"""Set 51 (redteam51's blind personal-data set: Ukrainian, Italian, Indonesian, Spanish
(carried into the next turn), Hungarian, Vietnamese and Portuguese introductions; a Gerrit
"Reviewed-by:" trailer, a Teams "… was added to the team", a Slack join line, a Rust panic's
struct, a log line's customer=, a Korean name with 씨 in a sentence about work, a "Thanks &
Regards," sign-off, a package.json "author", a vCard's FN:; a 장모님 named in brackets, a
discharge summary line, a friend's endometriosis in lower-case chat, a classmate's panic
disorder in 반말, 시어머님 되시는 NAME 님 and dialysis, a sister's '92 birth date; a Korean mobile
with ㅡ for its dashes and one read with 에 between word groups, a US SSN with spaces, a mobile
read in English words from "ten", a card number split over two turns; an officetel + 호, a UK
delivery paste, a 번길 address with its unit; secrets in a redis:// URL with an empty user, an
X-Api-Key header, a spaced Slack token line, MYSQL_PWD=, an amqp:// URL, a curl -d form body
and helm --set) end to end; nothing of it may reach the cloud, no public decoy is held, and
no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team51_rules.py (unit) and
tests/security/test_red_team51_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_51_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen51_privacy.yaml", min_cases=52)

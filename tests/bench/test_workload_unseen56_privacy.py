"""Set 56 (blind56p's blind personal-data set: Hindi, Bengali, Swahili, Polish, Ukrainian,
Indonesian and Persian introductions; a name only in a pasted mail's header ("From: …",
"보낸사람: …"); a child named with a school and class; a name corrected with 말고; a name in a
longer sentence ("부장님이 NAME 대리한테"); a father-in-law with his prescription, a
brother-in-law named two turns before his multiple sclerosis; a mobile read in number words
over two turns, a card read in words with its expiry and CVC, a US SSN with spaces, a Japanese
My Number, a 身份证 number, a wallet seed phrase, a VIN with its owner, a 주민번호 and a 농협
account in mixed number words, a pasted 재직증명서 with a full-width 주민번호, a sort code and
account over three turns; a Korean flat in English order, a Tokyo 丁目 address, a pasted vCard;
"[dot] … [at]" and "골뱅이 … 점" e-mails; secrets in shell history (an AWS key pair), a
.pgpass line, docker login -p, a Slack webhook, a GitHub fine-grained token, an OpenSSH key
block and an .npmrc token) end to end; nothing of it may reach the cloud, no public decoy is
held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team56_rules.py (unit) and
tests/security/test_red_team56_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_56_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen56_privacy.yaml", min_cases=55)

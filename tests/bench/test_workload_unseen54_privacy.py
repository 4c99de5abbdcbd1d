"""Set 54 (blind54p's blind personal-data set: Mongolian, Igbo, Somali, Greek, Māori and
Galician introductions; a name given in a correction; "I owe NAME an apology", "ever since NAME
left", "NAME가 나한테 …", "my message to NAME"; a 외숙모 named two turns before her thyroid
cancer, a godmother's ovarian cancer, an 이모부 in parentheses with dementia, a Dutch
schoonvader's lung cancer; a pasted CSV row and a pasted JSON object; a 주민번호 and a 계좌 read
in mixed 한자어/고유어 number words, a mobile in full-width digits, a card with spaces in odd
places, a card split over three turns, a Chilean RUT, a Croatian OIB, a Pakistani CNIC carried
into the next turn; "앳 … 닷" and "-at- … -dot-" e-mails; a Taiwanese lane address, a
Brazilian CEP address, a Seoul address in English order; secrets in an Azure Service Bus
connection string, a Shopify header, a VAULT_TOKEN export, an Ansible inventory, redis-cli -a,
a .env EMAIL_URL and a client_secret.json) end to end; nothing of it may reach the cloud, no
public decoy is held, and no case is open.

Its rules have their own tests: tests/core/privacy/test_red_team54_rules.py (unit) and
tests/security/test_red_team54_egress.py (through the guarded cloud client).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import assert_privacy_set_as_known


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_set_54_passes_with_nothing_at_the_cloud(tmp_path: Path) -> None:
    assert_privacy_set_as_known(tmp_path, "unseen54_privacy.yaml", min_cases=55)

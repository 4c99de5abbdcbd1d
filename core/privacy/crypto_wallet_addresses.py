"""The writer's own cryptocurrency wallet address: ``send the 0.3 ETH back to my wallet
0x30de…``, ``제 비트코인 주소 bc1q…로 보내주세요`` (redteam34).

A wallet address is a pseudonym that every payment to it and from it is public under: given
with a request to pay the writer, it ties a person to all of them. Nothing the other rules
read has its shape (40 hex digits after ``0x``; bech32 ``bc1…``; base58 starting ``1``/``3``;
TRON's ``T…``). Famous addresses are asked about too (the genesis block's ``1A1zP1eP…``, a
token's contract), so an address is read only when the text speaks of the writer (``my``,
``me``, ``our``, ``내``, ``제``, ``저한테``, ``우리``) and of a wallet or a payment (``wallet``,
``address``, ``send``, ``pay``, ``지갑``, ``주소``, ``보내``, ``입금``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_crypto_wallet_addresses"]

_ADDRESS_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?:0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{25,62}|"
    r"[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z0-9])"
)
_WRITER_RE = LazyPattern(r"(?i:\b(?:my|me|our|us|mine)\b)|내[ \t]|제[ \t]|저한테|나한테|우리")
_PAYMENT_RE = LazyPattern(
    r"(?i:wallet|address|send|pay|transfer|deposit)|지갑|주소|보내|입금|송금|받을"
)
_CUES = ("0x", "bc1", "wallet", "지갑", "eth", "btc", "usdt", "trx", "bitcoin", "비트코인")


def detect_crypto_wallet_addresses(text: str) -> Iterator[Hit]:
    """Wallet addresses in a text about the writer's own payment (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    if _WRITER_RE.search(text) is None or _PAYMENT_RE.search(text) is None:
        return
    for m in _ADDRESS_RE.finditer(text):
        value = m.group()
        # A base58 or TRON match needs digits and both cases: English words do not.
        if value[0] in "13T" and not (
            any(c.isdigit() for c in value[1:])
            and any(c.isupper() for c in value[1:])
            and any(c.islower() for c in value)
        ):
            continue
        yield Hit("bank_account", m.start(), m.end(), 0.75, False)

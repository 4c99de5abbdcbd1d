"""Values that documentation publishes as its examples, mentioned as examples: Stripe's test
card ``4242 4242 4242 4242``, the standard's example IBAN ``GB82 WEST 1234 5698 7654 32``,
AWS's ``AKIAIOSFODNN7EXAMPLE``, Stripe's docs key ``sk_test_4eC39HqLyjWDarjtT1zdp7dc``
(redteam33); (blind54p) a test range's zero-padded card (``4000 0025 0000 3155``); and role
mailboxes no person reads (``noreply@…``) (redteam31).

These pass every checksum (that is why the documents chose them), so the card, IBAN and key
rules read them as someone's. A developer asking why the test card is declined or what the
example IBAN's parts mean gives away no one's account. Because people also type these very
numbers as stand-ins for their own ("wire it to GB82 WEST … by friday"), a listed value is
let through only when the text calls it an example, a test or a sample, or names the
documentation; a value that says so itself (``…EXAMPLE``, ``…EXAMPLEKEY``) needs no word.

A mailbox whose local part is a role the mail system answers (``noreply``, ``no-reply``,
``donotreply``, ``postmaster``, ``mailer-daemon``…) names no person at any domain.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.public_checks_58p import function_mailbox_local

__all__ = ["is_documented_example", "is_role_mailbox"]

_LISTED = frozenset(
    {
        # Payment processors' published test cards (Stripe, Adyen, Braintree).
        "4242424242424242",
        "4000056655665556",
        "5555555555554444",
        "2223003122003222",
        "5200828282828210",
        "378282246310005",
        "371449635398431",
        "6011111111111117",
        "3056930009020004",
        "4111111111111111",
        "4012888888881881",
        # IBAN examples of the registry and the national banking guides.
        "GB82WEST12345698765432",
        "GB29NWBK60161331926819",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        # Italy's specimen codice fiscale (Mario Rossi's), Google's plus-code docs' Googleplex
        # and what3words' own example address (redteam40).
        "RSSMRA85T10A562S",
        "849VCWC8R9",
        "FILLEDCOUNTSOAP",
        # Stripe's documented test-mode API keys, in every code sample of its docs
        # (redteam33); compacted as _compact does ("sk_test_4eC3…" loses its underscores).
        "SKTEST4EC39HQLYJWDARJTT1ZDP7DC",
        "PKTESTTYOOMQAUVDEDQ54NITPHI7JX",
        # The Kubernetes documentation's Secret example: base64 of "admin" and of
        # "1f2d1e2e67df" (redteam38).
        "YWRTAW4",
        "MWYYZDFLMMU2N2RM",
    }
)
_EXAMPLE_WORD = LazyPattern(
    r"(?i)(?<![a-z])(?:example|sample|test(?:ing)?|dummy|placeholder|sandbox|docs|"
    r"documentation|specimen)(?![a-z])|예시|예제|테스트|샘플"
)
_SELF_MARKED = LazyPattern(r"EXAMPLE(?:KEY)?(?![A-Za-z0-9])")
_ROLE_LOCALS = frozenset(
    [
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "do_not_reply",
        "postmaster",
        "hostmaster",
        "webmaster",
        "mailer-daemon",
        "abuse",
    ]
)


def _compact(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum()).upper()


def is_documented_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a published example value, mentioned as one."""
    value = text[start:end]
    if _SELF_MARKED.search(value) is not None:
        return True
    if _EXAMPLE_WORD.search(text) is None:
        return False
    return _compact(value) in _LISTED or _zero_padded_test_card(value)


def _zero_padded_test_card(value: str) -> bool:
    """A card number of a processor's test range, mostly zeros (blind54p): Stripe's 3-D Secure
    and decline cards (``4000 0025 0000 3155``, ``4000 0000 0000 9995``) pad a brand prefix
    and a short scenario code with zeros; a bank issues no one a number half zeros."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) not in (15, 16) or len(digits) != sum(ch.isalnum() for ch in value):
        return False
    return digits.count("0") >= 8 and "0000" in digits


def is_role_mailbox(address: str) -> bool:
    """Whether ``address`` is a role mailbox of the mail system (``noreply@…``)."""
    local, _, _domain = address.partition("@")
    # "mediainquiries@who.int": an office's function, not a person (redteam50).
    return local.casefold() in _ROLE_LOCALS or function_mailbox_local(local)

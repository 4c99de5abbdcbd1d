"""The sender's name in a forwarded mail's header block without an address (redteam47).

Outlook forwards a mail with a header block in the user's language, and often without the
address: ``Von: Wiebke Hollenbach`` / ``Gesendet: Dienstag, …``, Japanese ``差出人: 桐ヶ谷 美琴``
/ ``送信日時: …``, Chinese ``发件人: …`` / ``发送时间: …``, Dutch ``Van:`` / ``Verzonden:``,
French ``De :`` / ``Envoyé :``, Spanish ``De:`` / ``Enviado:``, Italian ``Da:`` / ``Inviato:``,
Polish ``Od:`` / ``Wysłano:``, English ``From:`` / ``Sent:``. :mod:`core.privacy.
mail_header_names` reads the name beside an e-mail address; here the next line's "sent" label
says the first line is a mail's sender, so the words after the label are the sender's name
when they are shaped like a person's (``Von: DHL Paket`` and ``From: Microsoft Outlook`` name
a company; a company's words, brands and all-capital words do not read as a person's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_frame_names_55p"]

_FROM = r"(?:From|Von|Van|De|Da|Od|差出人|送信者|发件人|寄件者|寄件人|보낸[ \t]?사람)"
_SENT = (
    r"(?:Sent|Date|Gesendet|Datum|Verzonden|Envoyé|Enviado|Inviato|Wysłano|送信日時|日時|"
    r"发送时间|時間|日期|寄件日期|보낸[ \t]?날짜)"
)
_HEADER_RE = LazyPattern(
    r"(?m:^)[ \t>]*" + _FROM + r"[ \t]*[:：][ \t]*(?P<name>[^\n<>\[\]@:：]{2,60}?)[ \t]*\n"
    r"[ \t>]*" + _SENT + r"[ \t]*[:：]"
)
_CUES = ("Sent", "Date", "Gesendet", "Datum", "Verzonden", "Envoy", "Enviado", "Inviato",
         "Wysłano", "送信", "日時", "发送", "時間", "日期", "보낸")  # fmt: skip
# A Japanese or Chinese personal name: family and given name in Han or kana, with or
# without the space between (桐ヶ谷 美琴, 王小明); company words excluded below.
_CJK_NAME = re.compile(
    r"[\u3005\u30f6\u4e00-\u9fff]{1,4}[ \t\u3000]?[\u3005\u3041-\u30ff\u4e00-\u9fff]{1,4}"
)
_CJK_NOT_PERSON = re.compile(
    r"株式会社|有限会社|会社|公司|集团|銀行|银行|센터|事務局|サポート|客服|团队|チーム"
)
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
# Words of companies and public bodies in the header block's languages ("Von: Deutsche Bahn",
# "De : La Poste", "Van: Gemeente Utrecht"), which the English lists of person_shaped lack.
_ORG_WORDS_TEXT = """
    Deutsche Deutscher Bahn Post Paket Pakete Kundenservice Kundendienst Versand Bestellung
    Rechnung Verwaltung Stadt Gemeinde Amt Kasse Krankenkasse Versicherung Sparkasse Volksbank
    Finanzamt Poste Banque Société Service Équipe Equipe Mairie Servicio Atención Cliente
    Clientes Correos Banco Gemeente Klantenservice Belastingdienst Zorgverzekeraar Ufficio
    Servizio Clienti Poczta Obsługa Klienta Urząd Zespół
"""
_ORG_WORDS = frozenset(_ORG_WORDS_TEXT.split())


def _person_like(name: str) -> bool:
    if _CJK_NAME.fullmatch(name) is not None:
        return _CJK_NOT_PERSON.search(name) is None
    if _HANGUL_NAME.fullmatch(name) is not None:
        return True
    words = name.replace(",", " ").split()
    return latin_person_words(words) and not any(w in _ORG_WORDS for w in words)


def detect_frame_names_55p(text: str) -> Iterator[Hit]:
    """The sender's name in a header block whose next line is its sent date (see the module)."""
    if ":" not in text and "：" not in text:
        return
    if not any(cue in text for cue in _CUES):
        return
    for m in _HEADER_RE.finditer(text):
        name = m.group("name").strip().strip("\"'")
        if len(name.split()) >= 1 and _person_like(name):
            start = text.index(name, m.start("name"))
            yield Hit("person_name", start, start + len(name), 0.8, False)

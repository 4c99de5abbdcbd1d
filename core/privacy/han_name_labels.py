"""A name in Han characters after a Chinese or Japanese name label: ``姓名：林晓彤``, ``氏名 辻本
美咲``, ``联系人：王思远`` (redteam32).

Forms and shipping labels in Chinese or Japanese put the person's name after a field label,
and a translation request carries the whole form. :mod:`core.privacy.cjk_script_names` needs
a title after the name (``王晓燕 과장님``) and :mod:`core.privacy.cjk_home_addresses` a street
address beside it; a form field alone passed. The label says a person's name follows
(姓名 and 名前/氏名 "name", 联系人 the contact, 申请人 the applicant, 持卡人 the
cardholder, 患者 the patient; a shipping label's 收件人 is read with its address by
:mod:`core.privacy.cjk_home_addresses`), so two to four Han
characters after it (a family and a given name, a space allowed between in Japanese) are
read as the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_example_names import is_documented_example_name
from core.privacy.types import Hit

__all__ = ["detect_han_name_labels"]

_HAN = r"[\u4e00-\u9fff]"
_LABEL_RE = LazyPattern(
    r"(?:姓名|氏名|名前|お名前|联系人|聯絡人|申请人|申請人|持卡人|患者(?:名|姓名)?)"
    # blind57p: the label as a quoted JSON or CSV key ("氏名": "松永 朱里").
    r"(?:[\"'」][ \t]*[:：][ \t]*[\"'「]|[ \t]*[:：]?)[ \t]*(?P<name>"
    + _HAN
    + r"{1,2}(?:[ \t\u3000]?"
    + _HAN
    + r"{1,2}))"
    r"(?!" + _HAN + r")"
)


_CUES = ("姓名", "氏名", "名前", "联系", "聯絡", "申请", "申請", "持卡", "患者")


def detect_han_name_labels(text: str) -> Iterator[Hit]:
    """Han-script names after a name label (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for m in _LABEL_RE.finditer(text):
        # A form's own example (``氏名: 山田 太郎`` on a 작성 예시) is no one (redteam40).
        if is_documented_example_name(text, m.start("name"), m.end("name")):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)

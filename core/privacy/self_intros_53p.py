"""Self-introductions in languages and phrasings the intro rules did not read (redteam45):
Hungarian ``a nevem Bartos-Kovách Zsófia`` (and ``… vagyok``), Mongolian ``намайг Цэвэлмаа
Батсүх гэдэг`` (``миний нэрийг … гэдэг``), Amharic ``ስሜ ትዕግሥት ወልደማርያም ነው`` (``… እባላለሁ``),
Finnish ``minun nimeni on …``, Greek ``με λένε …`` (redteam45's second batch), Japanese
``はじめまして、森永 結衣です`` (``担当の森永です``) and Chinese
``大家好，我是司马婉清，…``.

Each phrase says "my name is" or "I am": the words it introduces are the writer's own name.
Where the name ends is read from the script: capitalised Latin or Cyrillic words, the Ethiopic
words before the copula ``ነው``, a run of kanji (or katakana) before ``です``, a Chinese name of
two to four Han characters that starts with a Chinese surname and is followed by a comma or a
full stop (``我是学生`` is a student, ``我是王老师`` a title). A language course's model
sentence (a textbook's ``a nevem Kovács János``) stays public.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import is_language_course_text
from core.privacy.types import Hit

__all__ = ["detect_self_intros_53p"]

_LATIN_WORD = r"[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+(?:-[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+)?"
_HU_RE = LazyPattern(
    # redteam45, second batch: Finnish "minun nimeni on …" reads the same way.
    r"(?i:\b(?:a[ \t]+)?nevem|\b(?:minun[ \t]+)?nimeni[ \t]+on)[ \t]+(?P<name>"
    + _LATIN_WORD
    + r"(?:[ \t]+"
    + _LATIN_WORD
    + r"){0,3})"
    r"|(?P<name2>" + _LATIN_WORD + r"(?:[ \t]+" + _LATIN_WORD + r"){1,2})[ \t]+vagyok\b"
)
# Greek "με λένε …" (they call me), "ονομάζομαι …", "το όνομά μου είναι …" (redteam45, second
# batch), then up to three capitalised Greek words.
_GR_WORD = r"[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+(?:-[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)?"
_GR_RE = LazyPattern(
    r"(?i:με[ \t]+λένε|ονομάζομαι|το[ \t]+όνομά[ \t]+μου[ \t]+είναι)[ \t]+(?P<name>"
    + _GR_WORD
    + r"(?:[ \t]+"
    + _GR_WORD
    + r"){0,2})"
)
_MN_WORD = r"[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮ][а-яёөү]+)?"
_MN_RE = LazyPattern(
    r"(?i:намайг|миний[ \t]+нэрийг|нэрийг[ \t]+минь)[ \t]+(?P<name>"
    + _MN_WORD
    + r"(?:[ \t]+"
    + _MN_WORD
    + r"){0,2})[ \t]+(?:гэдэг|гэнэ|гэж[ \t]+дууддаг)"
)
_ET_WORD = r"[\u1200-\u135A]+"
_AM_RE = LazyPattern(
    r"ስሜ[ \t]+(?P<name>" + _ET_WORD + r"(?:[ \t]+" + _ET_WORD + r"){0,2}?)[ \t]+(?:ነው|ነዉ)"
    r"|(?P<name2>" + _ET_WORD + r"(?:[ \t]+" + _ET_WORD + r")?)[ \t]+እባላለሁ"
)
_KANJI = r"[一-龥々]"
_JA_NAME = (
    r"(?:" + _KANJI + r"{1,4}[ 　]?" + _KANJI + r"{1,4}|[ァ-ヶー]{2,12}(?:[ 　・][ァ-ヶー]{2,12})?)"
)
_JA_RE = LazyPattern(
    r"(?:はじめまして|初めまして)[、,。 　!！]*(?:私は|わたしは)?[ 　]*(?P<name>" + _JA_NAME + r")"
    r"(?:です|でございます)|担当(?:者)?の(?P<name2>" + _JA_NAME + r")(?:です|でございます)"
)
_ZH_SURNAMES_TEXT = """
    王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯
    邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭
    陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎
    贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 張 劉 陳 楊 黃 趙 吳 許 鄭 謝 韓 馮
    鄧 蕭 葉 蘇 呂 盧 鍾 譚 陸 賈 閻 龔 萬 錢 嚴 湯
    司马 欧阳 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 司徒 令狐 夏侯
    长孙 宇文 司馬 歐陽 諸葛 東方 長孫 西门
"""
_ZH_SURNAMES = frozenset(_ZH_SURNAMES_TEXT.split())
_ZH_RE = LazyPattern(
    r"(?:^|[，,。.！!？?、 \t：:好])我是(?P<name>[\u4e00-\u9fff]{2,4}?)(?=[，,。.！!、 \t]|$)"
)
# Words after 我是 that are a role or a title, not a name ("我是王老师", "我是李经理").
_ZH_ROLE_ENDS = ("老师", "先生", "女士", "经理", "医生", "同学", "总", "工", "师傅", "小姐")


def _chinese_name(name: str) -> bool:
    if name.endswith(_ZH_ROLE_ENDS):
        return False
    return (name[:2] in _ZH_SURNAMES and len(name) > 2) or name[:1] in _ZH_SURNAMES


def _named(m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The spans of the name groups a match filled (each pattern has one or two forms)."""
    for group in ("name", "name2"):
        if group in m.re.groupindex and m.group(group):
            yield m.start(group), m.end(group)


def detect_self_intros_53p(text: str) -> Iterator[Hit]:
    """The writer's name in this round's introductions (see the module)."""
    lowered = text.lower()
    patterns: list[LazyPattern] = []
    if "nevem" in lowered or "vagyok" in lowered or "nimeni" in lowered:
        patterns.append(_HU_RE)
    if "λένε" in lowered or "ονομάζομαι" in lowered or "όνομά μου" in lowered:
        patterns.append(_GR_RE)
    if "намайг" in lowered or "нэрийг" in lowered:
        patterns.append(_MN_RE)
    if "ስሜ" in text or "እባላለሁ" in text:
        patterns.append(_AM_RE)
    if "まして" in text or "担当" in text:
        patterns.append(_JA_RE)
    zh = "我是" in text
    if (not patterns and not zh) or is_language_course_text(text):
        return
    for pattern in patterns:
        for m in pattern.finditer(text):
            for start, end in _named(m):
                yield Hit("person_name", start, end, 0.8, False)
    if zh:
        for m in _ZH_RE.finditer(text):
            if _chinese_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)

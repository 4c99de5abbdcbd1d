""" "Is that ok?" asks a permission, as "is that allowed?" does: ok names no topic.

Blind set 48: "i have a dog is that ok" was declined as "not in the documents: ok", while
the same question ending in "allowed" reads "allow" as the question's verb (a word the
documents need not write) and "dog" as its topic. "ok", "okay", "alright" and "fine" after
a pronoun's "is" ("is that ok", "is it okay to …", "would it be fine") say only that a
permission is asked; a sentence on the dog answers it.
"""

from __future__ import annotations

import re

__all__ = ["PERMISSION_WORD"]

# Read as scenery (tools.rag.scene_words): excused where no document holds the word.
PERMISSION_WORD = re.compile(
    r"\b(?:is|are|would|will|was)\s+(?:that|it|this|they|these|those)\s+(?:be\s+)?"
    r"(?:still\s+|also\s+)?(?P<verb>ok|okay|alright|fine)\b",
    re.IGNORECASE,
)

"""A "photo ID" is an identity document, not a photo one takes.

Asked "can I take photos at the museum", the membership rule "staff may ask for photo
ID" was quoted: its "photo" matched the question's, though the compound names a card
(whose picture shows who holds it), and the policy's photography section was the
answer. A picture word before an identity-document noun ("photo ID", "picture card",
"photo identification") qualifies that document: a sentence holding picture words only
so does not state anything about pictures, unless the question names such a document.
"""

from __future__ import annotations

import re

_PICTURE = r"(?:photo(?:graph)?s?|pictures?|photography)"
_ID_HEAD = r"(?:id|ids|identification|cards?|badges?|licen[cs]es?|pass(?:es)?)"
_PICTURE_WORD = re.compile(rf"\b{_PICTURE}\b", re.IGNORECASE)
_PICTURE_OF_ID = re.compile(rf"\b{_PICTURE}[\s-]+{_ID_HEAD}\b", re.IGNORECASE)
_ID_WORD = re.compile(rf"\b{_ID_HEAD}\b", re.IGNORECASE)


def names_pictures_only_in_ids(question: str, sentence: str) -> bool:
    """Whether all picture words of the sentence qualify an ID while pictures are asked about.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question names pictures and no identity document, and every
        picture word of the sentence stands before an identity-document noun.
    """
    if not _PICTURE_WORD.search(question) or _ID_WORD.search(question):
        return False
    pictures = len(_PICTURE_WORD.findall(sentence))
    return pictures > 0 and pictures == len(_PICTURE_OF_ID.findall(sentence))

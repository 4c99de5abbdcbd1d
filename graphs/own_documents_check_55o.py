"""Whether the user's own documents mention what a curated-FAQ question asks: a cheap check.

The CLI's code-only path (``graphs.fast_turn``) answered every question the curated FAQ
matched with its entry, which summarises the bundled sample clinic. A user who ingested
their own policy saying otherwise ("we are open 10:00-22:00 every day") still got the
sample clinic's hours. The full graph lets the user's own document answer first
(``graphs.faq_own_documents_54f``), but it reads the documents with the RAG stack and an
embedding model, which the fast path exists to avoid loading.

So the fast path only asks the document index's stored text, in SQL: does any document of
the workspace that is not a bundled sample hold one of the question's topic words? If one
does, the turn goes to the graph, which decides with the real retrieval (keeping the
curated answer when the own document does not answer after all); if none does, the
curated answer is the graph's answer too. A false "mentions" costs only the graph's time,
never a wrong answer; so any one topic word is enough.
"""

from __future__ import annotations

from core.settings import Settings
from core.storage import is_postgres, migrate, open_store, storage_url_of
from tools.faq_content_words import content_words
from tools.rag_schema import SCHEMA

__all__ = ["own_documents_mention"]

# A bundled sample's source path, relative or absolute (as graphs.faq_own_documents_54f).
_SAMPLE_SOURCE = "%data/samples/%"
_ANY_OWN_DOCUMENT = "SELECT 1 FROM documents WHERE collection = ? AND source NOT LIKE ? LIMIT 1"


def _own_chunk_with_any(words: int, postgres: bool) -> str:
    # One pass over the own chunks for all the words: a LIKE '%word%' cannot use an index,
    # so each word of its own would read the whole table again (bench.own_documents_lookup
    # measured it). SQLite's LIKE already ignores ASCII case, as lower() would (neither
    # folds beyond ASCII); PostgreSQL's is case-sensitive, so its text is lowered.
    text = "lower(text)" if postgres else "text"
    any_word = " OR ".join([f"{text} LIKE ? ESCAPE '\\'"] * words)
    return (
        f"SELECT 1 FROM chunks WHERE collection = ? AND source NOT LIKE ? AND ({any_word}) LIMIT 1"
    )


def _topic_words(question: str) -> list[str]:
    # Nouns name what is asked about ("open", "hour"; "진료", "시간"); an English stem is a
    # prefix of its inflected forms ("hour" in "hours"), so a substring test finds them.
    # One letter, or one syllable, would be found in almost any text.
    words = []
    for word in content_words(question):
        token = word.token.lower()
        shortest = 2 if any("\uac00" <= ch <= "\ud7a3" for ch in token) else 3
        if word.noun and len(token) >= shortest:
            words.append(token)
    return list(dict.fromkeys(words))


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def own_documents_mention(settings: Settings, collection: str, question: str) -> bool:
    """Whether a document of the user's own (no bundled sample) names a topic of ``question``.

    Args:
        settings: Validated settings (where the document index lives).
        collection: The workspace's collection.
        question: The guarded question.

    Returns:
        True when the workspace holds a document of the user's own whose stored text
        contains one of the question's topic words; False otherwise (no index yet, no
        own document, or none mentions it).
    """
    url = storage_url_of(settings)
    if not is_postgres(url) and not (settings.data_dir / SCHEMA.sqlite_file).is_file():
        return False  # nothing ingested yet: no document of the user's own
    db = open_store(settings, SCHEMA)
    try:
        migrate(db, SCHEMA)
        with db.session() as session:
            if session.execute(_ANY_OWN_DOCUMENT, (collection, _SAMPLE_SOURCE)).fetchone() is None:
                return False  # checked before reading the question's words (Kiwi for Korean)
            words = _topic_words(question)
            if not words:
                return False
            query = _own_chunk_with_any(len(words), is_postgres(url))
            patterns = [_like(word) for word in words]
            row = session.execute(query, (collection, _SAMPLE_SOURCE, *patterns))
            return row.fetchone() is not None
    finally:
        if not is_postgres(url):
            db.close()  # PostgreSQL's pool is shared with the other stores

"""Fixtures for the bench tests: passage vectors shared by the workload runs of one session."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import Any

import numpy as np
import pytest

from bench.workload import server_pool
from tools.rag import textutil
from tools.rag.dense import E5Embedder, FloatArray

# Text -> its e5 passage vector, filled by every test that uses ``shared_passage_vectors``.
_PASSAGE_VECTORS: dict[str, FloatArray] = {}
# (method, text) -> its e5 query vector, filled by the same tests.
_QUERY_VECTORS: dict[tuple[str, str], FloatArray] = {}
# (text, Kiwi's options) -> Kiwi's tokens of it, filled by the same tests.
_KIWI_TOKENS: dict[tuple[str, Hashable], Any] = {}
# The options of Kiwi's ``tokenize`` whose calls are shared (any other goes to Kiwi).
_PLAIN_OPTIONS = frozenset({"split_sents"})
# A whole case file on the real servers takes about 3 minutes on a quiet 2-core machine,
# near the suite's 300 s hang limit: under load (a parallel run, another job) one timed out
# with nothing hung. Such a run gets this limit instead; a real hang is still caught.
_CASE_FILE_TIMEOUT_S = 900


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give the slow tests that run whole case files a hang limit that fits them."""
    for item in items:
        whole_file = item.get_closest_marker("slow") and item.path.name.startswith("test_workload_")
        if whole_file and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(_CASE_FILE_TIMEOUT_S))


@pytest.fixture(scope="session", autouse=True)
def forked_workload_servers() -> Iterator[None]:
    """Start the workload's Python MCP servers as forks of one preloaded interpreter.

    A worker runs some thirty workload runs, each starting the suite's five Python stdio
    servers; every start imported the ``mcp`` SDK again (about 0.7 s of CPU each). The
    servers stay real processes on real pipes (``bench.workload.server_pool``).
    """
    server_pool.enable()
    yield
    server_pool.disable()


@pytest.fixture
def shared_passage_vectors(monkeypatch: pytest.MonkeyPatch) -> dict[str, FloatArray]:
    """Embed each passage text once per session, however many stores embed it.

    The same goes for query vectors and Kiwi's tokens (``_share_query_vectors``,
    ``SharedKiwiTokens``): the run still asks for each, and gets what the engine gave.

    Every ``run_workload`` builds a fresh data folder and embeds the samples and the
    suite's documents again (about 5 s of CPU each time). The e5 engine gives a text
    the same vector whatever batch it comes in (tests/bench/test_shared_vectors.py
    checks it), so handing back the vector computed by an earlier run changes nothing
    the run sees: the store still ingests, chunks and stores every vector itself.
    """
    original = E5Embedder.embed_passages

    def embed_passages(self: E5Embedder, texts: Sequence[str]) -> FloatArray:
        missing = [text for text in dict.fromkeys(texts) if text not in _PASSAGE_VECTORS]
        if missing:
            for text, vector in zip(missing, original(self, missing), strict=True):
                _PASSAGE_VECTORS[text] = vector
        if not texts:
            return original(self, texts)
        return np.vstack([_PASSAGE_VECTORS[text] for text in texts])

    monkeypatch.setattr(E5Embedder, "embed_passages", embed_passages)
    _share_query_vectors(monkeypatch)
    monkeypatch.setattr(textutil._KiwiHolder, "_kiwi", SharedKiwiTokens(textutil.get_kiwi()))
    return _PASSAGE_VECTORS


def _share_query_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Embed each query text once per session and method, as the passages above.

    Measured (unseen28_privacy, unseen56_privacy, unseen19 under py-spy): the e5 query
    encoder took 11% of their time, mostly the same question (and the same sentences of
    the same passages) embedded again by each search and sentence match of a turn and of
    later runs. Each method keeps its own vectors (one text alone, a batch, one thread);
    a vector is handed back as a copy, so no caller can change the shared one.
    """
    one = E5Embedder.embed_query
    single_thread = E5Embedder.embed_query_single_thread
    batch = E5Embedder.embed_queries

    def shared(
        name: str, original: Callable[[E5Embedder, str], FloatArray]
    ) -> Callable[[E5Embedder, str], FloatArray]:
        def embed(self: E5Embedder, text: str) -> FloatArray:
            vector = _QUERY_VECTORS.get((name, text))
            if vector is None:
                vector = _QUERY_VECTORS[name, text] = original(self, text)
            return vector.copy()

        return embed

    def embed_queries(self: E5Embedder, texts: Sequence[str]) -> FloatArray:
        missing = [text for text in dict.fromkeys(texts) if ("batch", text) not in _QUERY_VECTORS]
        if missing:
            for text, vector in zip(missing, batch(self, missing), strict=True):
                _QUERY_VECTORS["batch", text] = vector
        if not texts:
            return batch(self, texts)
        return np.vstack([_QUERY_VECTORS["batch", text] for text in texts])

    monkeypatch.setattr(E5Embedder, "embed_query", shared("one", one))
    monkeypatch.setattr(E5Embedder, "embed_query_single_thread", shared("thread", single_thread))
    monkeypatch.setattr(E5Embedder, "embed_queries", embed_queries)


class SharedKiwiTokens:
    """The shared Kiwi, with each text's tokens made once per session (per option set).

    Kiwi's tokens of a text depend on the text, the options and the user dictionary
    alone (every word is taught when the instance is made, ``teach_chat_nouns``), and a
    text gets the same tokens alone or in a batch (tests/bench/test_shared_vectors.py).
    Measured as above: Kiwi took 11% of the three sets' time, the same passages and
    questions tokenized again by each reader of each turn. Tokens are immutable; the
    lists around them are new on every call. Anything but ``tokenize`` (with no option
    but ``split_sents``, as the product calls it) goes to Kiwi itself.
    """

    def __init__(self, kiwi: Any) -> None:
        self._kiwi = kiwi

    def __getattr__(self, name: str) -> Any:
        return getattr(self._kiwi, name)

    def tokenize(self, text: Any, *args: Any, **options: Any) -> Any:
        if args or not set(options) <= _PLAIN_OPTIONS:
            return self._kiwi.tokenize(text, *args, **options)
        key = bool(options.get("split_sents"))
        if isinstance(text, str):
            return self._copy(self._tokens([text], key, options)[0], options)
        texts = list(text)
        return [self._copy(tokens, options) for tokens in self._tokens(texts, key, options)]

    def _tokens(self, texts: list[str], key: Hashable, options: dict[str, Any]) -> list[Any]:
        missing = [text for text in dict.fromkeys(texts) if (text, key) not in _KIWI_TOKENS]
        if len(missing) == 1:
            made = [self._kiwi.tokenize(missing[0], **options)]
        else:
            made = list(self._kiwi.tokenize(missing, **options)) if missing else []
        for text, tokens in zip(missing, made, strict=True):
            _KIWI_TOKENS[text, key] = self._frozen(tokens, options)
        return [_KIWI_TOKENS[text, key] for text in texts]

    @staticmethod
    def _frozen(tokens: Any, options: dict[str, Any]) -> Any:
        if options.get("split_sents"):
            return tuple(tuple(sentence) for sentence in tokens)
        return tuple(tokens)

    @staticmethod
    def _copy(tokens: Any, options: dict[str, Any]) -> Any:
        if options.get("split_sents"):
            return [list(sentence) for sentence in tokens]
        return list(tokens)

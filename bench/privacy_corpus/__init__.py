"""The generated, labelled privacy corpus used by ``bench privacy`` and the tests.

It lives with the benchmarks rather than in ``core/privacy`` because nothing at
run time needs it: it plants valid-looking personal data in sentences so that
the scanner and the egress guard can be measured.
"""

from __future__ import annotations

from bench.privacy_corpus.corpus import ExpectedSpan, LabeledSample, evaluate, generate_corpus

__all__ = ["ExpectedSpan", "LabeledSample", "evaluate", "generate_corpus"]

"""Fixtures of the OpenTelemetry export tests: Phoenix, and the assistant and workflow harnesses."""

from tests.graphs.conftest import build_assistant
from tests.telemetry.phoenix import phoenix
from tests.workflow.conftest import harness

__all__ = ["build_assistant", "harness", "phoenix"]

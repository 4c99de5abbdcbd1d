"""Workflow files compiled to LangGraph state machines on the shared engine."""

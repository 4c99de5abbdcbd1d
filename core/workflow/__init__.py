"""Workflow files: schema, templates, expressions, validation and loading (no LangChain)."""

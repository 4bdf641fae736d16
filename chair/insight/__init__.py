"""Pure functions over voices and metrics: pillars, classification, redaction, people behind
percentages, disagreements, charts.

`from chair.insight import classify, redact` gives the two judgements for embedding and
scripts; they load on first use (the window imports only what its first paint needs, and this
package imports nothing by itself)."""

from __future__ import annotations

from typing import Any

_ENTRY_POINTS = {"classify": "chair.insight.classification", "redact": "chair.insight.redaction"}


def __getattr__(name: str) -> Any:
    module = _ENTRY_POINTS.get(name)
    if module is None:
        raise AttributeError(f"module 'chair.insight' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


__all__ = ["classify", "redact"]

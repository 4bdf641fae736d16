"""Pure functions over voices and metrics: pillars, redaction, people behind percentages."""

from chair.insight.classify import Classification, classify, classify_voice
from chair.insight.pillars import AreaStatus, PillarSummary, summarize_pillars
from chair.insight.redact import redact

__all__ = [
    "AreaStatus",
    "Classification",
    "PillarSummary",
    "classify",
    "classify_voice",
    "redact",
    "summarize_pillars",
]

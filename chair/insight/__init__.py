"""Pure functions over voices and metrics: pillars, redaction, people behind percentages."""

from chair.insight.pillars import AreaStatus, PillarSummary, summarize_pillars
from chair.insight.redact import redact

__all__ = ["AreaStatus", "PillarSummary", "redact", "summarize_pillars"]

"""The domain of chair: frozen records, enums and error classes, with no I/O."""

from chair.domain.errors import (
    ChairError,
    DatabaseLocked,
    KeyringUnavailable,
    NewerSchema,
    SourceUnreadable,
)
from chair.domain.model import (
    PILLARS,
    Channel,
    Escalation,
    EscalationStatus,
    MetricObservation,
    Owner,
    Pillar,
    Voice,
    VoiceFilter,
)

__all__ = [
    "PILLARS",
    "ChairError",
    "Channel",
    "DatabaseLocked",
    "Escalation",
    "EscalationStatus",
    "KeyringUnavailable",
    "MetricObservation",
    "NewerSchema",
    "Owner",
    "Pillar",
    "SourceUnreadable",
    "Voice",
    "VoiceFilter",
]

"""The domain of chair: frozen records, enums and error classes, with no I/O."""

from chair.domain.errors import (
    AuthFailed,
    ChairError,
    DatabaseLocked,
    KeyringUnavailable,
    NewerSchema,
    SourceUnreachable,
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
    "AuthFailed",
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
    "SourceUnreachable",
    "SourceUnreadable",
    "Voice",
    "VoiceFilter",
]

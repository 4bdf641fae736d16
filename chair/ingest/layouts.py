"""The JSON records of tools people export from (Zendesk, Intercom, App Store Connect, Freshdesk,
Help Scout, Google Play, Trustpilot, CFPB), recognised by their structure: which field of each
is the customer's text, date, rating and name, read the way each tool writes them."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chair.ingest.htmltext import html_to_text

# Where a wrapped export keeps its records: {"tickets": [...], "next_page": ...}. A key of the
# top-level object, or of an object one level down ({"hits": {"hits": [...]}}).
RECORD_KEYS = frozenset({
    "tickets", "conversations", "data", "reviews", "results", "records", "complaints", "hits",
    "entries", "feedback", "responses", "messages", "value", "rows", "elements", "surveys",
    "ratings", "comments", "posts", "items",
})
PARENT_KEYS = frozenset({"hits", "_embedded", "data", "result", "response", "results"})

_TAG = re.compile(r"</?(?:p|br|div|span|b|i|u|em|strong|a|ul|ol|li|img|table|tr|td|h[1-6]|"
                  r"blockquote|font|pre|code|hr)\b[^>]*>", re.IGNORECASE)


def plain(text: str) -> str:
    """Text as a person reads it: HTML (as help desks store messages) turned into lines."""
    return html_to_text(text) if _TAG.search(text) else text


def get(record: Any, path: str) -> Any:
    """The value at a dotted path ("via.source.from.name", "comments.0.text"), or None."""
    value = record
    for part in path.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return None
    return value


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool | dict | list):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def first(record: Any, *paths: str) -> str:
    """The first of `paths` that holds something."""
    for path in paths:
        text = _text(get(record, path)).strip()
        if text:
            return text
    return ""


Sideloads = Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class Layout:
    """One tool's records. `marks`: paths every record of the tool has (a value there, or
    `type` equal to `kind`). `read` gives the fields of one record; `sideload`: a list beside
    the records that names people by id ({"users": [{"id", "name"}]})."""

    name: str
    channel: str
    marks: tuple[str, ...]
    read: Callable[[dict[str, Any], Sideloads], dict[str, str]]
    text: str = "text"  # where the customer's text is, for messages
    kind: str = ""
    sideload: tuple[str, ...] = field(default=())

    def matches(self, record: Any) -> bool:
        if not isinstance(record, dict):
            return False
        if self.kind and record.get("type") != self.kind:
            return False
        return all(get(record, m) is not None for m in self.marks)


_ZENDESK_SCORES = {"good": "5", "bad": "1"}


def _zendesk(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    requester = _text(r.get("requester_id"))
    author = first(r, "via.source.from.name") or side.get("users", {}).get(requester, "")
    return {
        "id": _text(r.get("id")), "title": first(r, "subject", "raw_subject"),
        "text": plain(first(r, "description")), "date": first(r, "created_at"),
        "rating": _ZENDESK_SCORES.get(first(r, "satisfaction_rating.score").lower(), ""),
        "author": author, "channel": "ticket",
    }


def _intercom(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    text = plain(first(r, "source.body"))
    if not text:  # a conversation the team opened: the customer's first answer
        parts = get(r, "conversation_parts.conversation_parts") or []
        text = next((plain(_text(p.get("body"))) for p in parts if isinstance(p, dict)
                     and get(p, "author.type") in ("user", "lead", "contact")
                     and _text(p.get("body")).strip()), "")
    author = first(r, "source.author.name") if get(r, "source.author.type") != "admin" else ""
    return {
        "id": _text(r.get("id")), "title": first(r, "title", "source.subject"), "text": text,
        "date": first(r, "created_at"), "rating": first(r, "conversation_rating.rating"),
        "author": author, "channel": "chat",
    }


def _app_store(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    return {
        "id": _text(r.get("id")), "title": first(r, "attributes.title"),
        "text": first(r, "attributes.body"), "date": first(r, "attributes.createdDate"),
        "rating": first(r, "attributes.rating"), "author": first(r, "attributes.reviewerNickname"),
        "area": first(r, "attributes.territory"), "channel": "review",
    }


def _freshdesk(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    return {
        "id": _text(r.get("id")), "title": first(r, "subject"),
        "text": first(r, "description_text") or plain(first(r, "description")),
        "date": first(r, "created_at"), "author": first(r, "requester.name"),
        "channel": "ticket",
    }


def _help_scout(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    threads = get(r, "_embedded.threads") or []
    # The API lists a conversation's threads newest first: the customer's first message is
    # the last thread they wrote.
    written = [t for t in threads if isinstance(t, dict) and t.get("type") == "customer"
               and _text(t.get("body")).strip()]
    written.sort(key=lambda t: _text(t.get("createdAt")))
    text = plain(_text(written[0].get("body"))) if written else first(r, "preview")
    customer = get(r, "primaryCustomer") or get(r, "customer") or {}
    name = " ".join(p for p in (first(customer, "first"), first(customer, "last")) if p)
    return {
        "id": _text(r.get("id")), "title": first(r, "subject"), "text": text,
        "date": first(r, "createdAt"), "author": name, "channel": "ticket",
    }


def _google_play(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    comments = r.get("comments") or []
    user: dict[str, Any] = next((c["userComment"] for c in comments if isinstance(c, dict)
                 and isinstance(c.get("userComment"), dict)), {})
    return {
        "id": _text(r.get("reviewId")), "text": first(user, "text"),
        "date": first(user, "lastModified.seconds"), "rating": first(user, "starRating"),
        "language": first(user, "reviewerLanguage"), "author": first(r, "authorName"),
        "channel": "review",
    }


def _trustpilot(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    return {
        "id": _text(r.get("id")), "title": first(r, "title"), "text": first(r, "text"),
        "date": first(r, "createdAt"), "rating": first(r, "stars"),
        "language": first(r, "language"), "author": first(r, "consumer.displayName"),
        "area": first(r, "consumer.countryCode"), "channel": "review",
    }


def _cfpb(r: dict[str, Any], side: Sideloads) -> dict[str, str]:
    source = r.get("_source") if isinstance(r.get("_source"), dict) else r
    return {
        "id": first(source, "complaint_id") or _text(r.get("_id")),
        "title": first(source, "issue"), "text": first(source, "complaint_what_happened"),
        "date": first(source, "date_received"), "area": first(source, "state"),
        "channel": "complaint",
    }


LAYOUTS: tuple[Layout, ...] = (
    Layout("zendesk", "ticket", ("id", "description", "requester_id", "via"), _zendesk,
           "description", sideload=("users",)),
    Layout("intercom", "chat", ("id", "source"), _intercom, "source.body", kind="conversation"),
    Layout("app-store", "review", ("id", "attributes"), _app_store, "attributes.body",
           kind="customerReviews"),
    Layout("freshdesk", "ticket", ("id", "description_text", "requester_id"), _freshdesk,
           "description_text"),
    Layout("help-scout", "ticket", ("id", "preview", "createdAt", "mailboxId"), _help_scout,
           "_embedded.threads"),
    Layout("google-play", "review", ("reviewId", "comments"), _google_play,
           "comments.userComment.text"),
    Layout("trustpilot", "review", ("id", "stars", "consumer"), _trustpilot),
    Layout("cfpb", "complaint", ("complaint_what_happened", "date_received"), _cfpb,
           "complaint_what_happened"),
    Layout("cfpb", "complaint", ("_source.complaint_what_happened", "_source.date_received"),
           _cfpb, "_source.complaint_what_happened"),
)


def recognise(records: Sequence[Any]) -> Layout | None:
    """The tool that wrote these records: the layout most of them match."""
    records = [r for r in records if isinstance(r, dict)]
    for layout in LAYOUTS:
        if records and sum(layout.matches(r) for r in records) * 2 > len(records):
            return layout
    return None

"""The "?" forward: a message to the owner whose whole body is "?", with the customer's
voice attached (as the email it was, message/rfc822, or as text), sent over SMTP."""

from __future__ import annotations

import email.utils
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

from chair.domain.coe_mail import questions
from chair.domain.errors import AuthFailed, ChairError, SourceUnreachable
from chair.domain.model import Channel, Escalation, Voice

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True, slots=True)
class SmtpAccount:
    host: str
    port: int = 587
    user: str = ""
    security: str = "starttls"  # "tls", "starttls" or "none"
    sender: str = ""  # the From address; the user when empty
    sender_name: str = ""

    @property
    def key(self) -> str:
        """The keyring account name of this server's password."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def from_address(self) -> str:
        address = self.sender or (self.user if "@" in self.user else f"chair@{self.host}")
        return email.utils.formataddr((self.sender_name, address)) if self.sender_name else address


def _voice_as_message(voice: Voice) -> EmailMessage:
    """The customer's email as a message again: its headers and its verbatim text."""
    mail = voice.mail
    inner = EmailMessage()
    sender = mail.sender
    inner["From"] = email.utils.formataddr((voice.author, sender)) if sender else voice.author
    if mail.to:
        inner["To"] = mail.to
    inner["Subject"] = voice.subject
    if voice.date_known:
        inner["Date"] = email.utils.formatdate(voice.received_at, localtime=False)
    if mail.message_id:
        inner["Message-ID"] = f"<{mail.message_id}>"
    if mail.in_reply_to:
        inner["In-Reply-To"] = f"<{mail.in_reply_to}>"
    inner.set_content(voice.text)
    return inner


def _voice_as_text(voice: Voice) -> str:
    lines = [
        f"From: {voice.author}" if voice.author else "",
        f"Subject: {voice.subject}" if voice.subject else "",
        f"Channel: {voice.channel} · {voice.source}",
        f"Received: {email.utils.formatdate(voice.received_at, localtime=False)}"
        if voice.date_known else "Received: date unknown",
        f"Rating: {voice.rating:g}" if voice.rating is not None else "",
        f"Link: {voice.link}" if voice.link else "",
    ]
    return "\n".join(x for x in lines if x) + "\n\n" + voice.text + "\n"


def build_forward(escalation: Escalation, voices: list[Voice], account: SmtpAccount,
                  *, message_id: str | None = None, team: str = "") -> EmailMessage:
    """The forward: subject "? <original subject>", body "?" (and the note, if any), then
    the seven questions of a Correction of Error to answer by replying, the escalation's id
    and, from a team store (`team`, its address), where to answer it in chair."""
    msg = EmailMessage(policy=SMTP_POLICY)
    first = voices[0] if voices else None
    original = (first.subject if first else "") or escalation.subject
    msg["Subject"] = f"? {original}".rstrip()
    msg["From"] = account.from_address
    msg["To"] = (email.utils.formataddr((escalation.owner_name, escalation.owner_email))
                 if escalation.owner_name else escalation.owner_email)
    msg["Date"] = email.utils.formatdate(localtime=True)
    domain = account.from_address.rpartition("@")[2].strip(">") or "chair.invalid"
    msg["Message-ID"] = message_id or email.utils.make_msgid("chair", domain=domain)
    msg["X-Chair-Escalation"] = str(escalation.id)
    note = escalation.note.strip()
    head = "?" if note in ("", "?") else f"?\n\n{note}"
    msg.set_content(f"{head}\n\n\n{questions(escalation.id, escalation.due_at, team)}\n")
    for k, voice in enumerate(voices, 1):
        if voice.channel == Channel.EMAIL and voice.mail.sender:
            msg.add_attachment(_voice_as_message(voice), filename=f"voice-{k}.eml")
        else:
            msg.add_attachment(_voice_as_text(voice), filename=f"voice-{k}.txt")
    return msg


def build_reminder(escalation: Escalation, account: SmtpAccount, *, forward_message_id: str,
                   now: int, team: str = "") -> EmailMessage:
    """A reminder of an overdue "?", in the forward's thread: how late it is, and the seven
    questions again."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["Subject"] = f"Reminder: ? {escalation.subject}".rstrip()
    msg["From"] = account.from_address
    msg["To"] = (email.utils.formataddr((escalation.owner_name, escalation.owner_email))
                 if escalation.owner_name else escalation.owner_email)
    msg["Date"] = email.utils.formatdate(localtime=True)
    domain = account.from_address.rpartition("@")[2].strip(">") or "chair.invalid"
    msg["Message-ID"] = email.utils.make_msgid("chair-reminder", domain=domain)
    if forward_message_id:
        msg["In-Reply-To"] = f"<{forward_message_id}>"
        msg["References"] = f"<{forward_message_id}>"
    msg["X-Chair-Escalation"] = str(escalation.id)
    days = max(1, (now - escalation.due_at) // 86400)
    late = f"{days} day{'s' if days != 1 else ''}"
    due = email.utils.formatdate(escalation.due_at, localtime=True)[:16]
    msg.set_content(f"?\n\nThis question was due on {due} and is {late} overdue: the customer "
                    f"is still waiting for the Correction of Error.\n\n\n"
                    f"{questions(escalation.id, escalation.due_at, team)}\n")
    return msg


def build_digest(subject: str, to: list[str], account: SmtpAccount, *, text: str,
                 html: str) -> EmailMessage:
    """The weekly digest: a plain-text part, and the same as HTML for mail readers."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["Subject"] = subject
    msg["From"] = account.from_address
    msg["To"] = ", ".join(to)
    msg["Date"] = email.utils.formatdate(localtime=True)
    domain = account.from_address.rpartition("@")[2].strip(">") or "chair.invalid"
    msg["Message-ID"] = email.utils.make_msgid("chair-digest", domain=domain)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


def send(message: EmailMessage, account: SmtpAccount, password: str = "",
         timeout: float = 30) -> str:
    """Send over SMTP and return the Message-ID (without brackets). Known failures become
    SourceUnreachable, AuthFailed or ChairError with a message the user can act on."""
    if account.security == "none" and password and account.host not in LOCAL_HOSTS:
        raise ChairError(f"Refusing to send a password to {account.host} without encryption; "
                         f"choose TLS or STARTTLS in Settings.")
    context = ssl.create_default_context()
    where = f"{account.host}:{account.port}"
    try:
        if account.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(account.host, account.port, timeout=timeout,
                                                  context=context)
        else:
            smtp = smtplib.SMTP(account.host, account.port, timeout=timeout)
        with smtp:
            smtp.ehlo()
            if account.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if account.user and password:
                smtp.login(account.user, password)
            smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise AuthFailed(f"The SMTP server {where} refused user {account.user!r}: "
                         f"{_reply(exc)}") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise ChairError(f"The SMTP server {where} does not support this: {exc}") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise ChairError(f"The SMTP server {where} refused the owner's address "
                         f"{', '.join(exc.recipients)}") from None
    except smtplib.SMTPResponseException as exc:
        raise ChairError(f"The SMTP server {where} refused the forward: {_reply(exc)}") from None
    except ssl.SSLCertVerificationError as exc:
        raise ChairError(f"The SMTP server {where} showed a certificate this computer does not "
                         f"trust ({exc.verify_message}); nothing was sent.") from None
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as exc:
        # OSError covers refused connections, timeouts and TLS failures alike.
        raise SourceUnreachable(f"Cannot reach the SMTP server {where}: "
                                f"{getattr(exc, 'strerror', None) or exc}") from None
    return str(message["Message-ID"]).strip().strip("<>")


def _reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) \
        else str(exc.smtp_error)
    return f"{exc.smtp_code} {text}".strip()

"""E-mail that a person on a demo machine can read: the console backend prints the decoded
text of each part (Django's own prints the wire form, where Chinese text is base64), and, when
`TECHBRIDGE_OUTBOX` names a folder, each message is also kept there for the outbox page
(`/outbox/`, demo mode only), where its links can be clicked."""

from __future__ import annotations

import email
import email.policy
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.mail.backends.console import EmailBackend as ConsoleBackend

OUTBOX_KEEP = 200  # the outbox keeps the newest messages only


@dataclass(frozen=True)
class Mail:
    """A sent message as a reader sees it."""

    key: str
    sent_at: datetime
    sender: str
    to: str
    subject: str
    text: str
    html: str


def readable(message: Any) -> Mail:
    """Decode a message (headers and parts) into text a person can read."""
    text, html = [], []
    for part in message.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        content = part.get_content()
        (html if part.get_content_subtype() == "html" else text).append(content)
    return Mail(
        key="",
        sent_at=datetime.now(UTC),
        sender=str(message.get("From", "")),
        to=str(message.get("To", "")),
        subject=str(message.get("Subject", "")),
        text="\n".join(text),
        html="\n".join(html),
    )


def outbox_dir() -> Path | None:
    folder = getattr(settings, "OUTBOX_DIR", None)
    return Path(folder) if folder else None


def _keep(mail: Mail, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    stamp = mail.sent_at.strftime("%Y%m%dT%H%M%S%f")
    record = {
        "sent_at": mail.sent_at.isoformat(),
        "from": mail.sender,
        "to": mail.to,
        "subject": mail.subject,
        "text": mail.text,
        "html": mail.html,
    }
    path = folder / f"{stamp}-{secrets.token_hex(4)}.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    for old in sorted(folder.glob("*.json"))[:-OUTBOX_KEEP]:
        old.unlink(missing_ok=True)


def outbox_list(limit: int = 50) -> list[Mail]:
    """The newest messages kept in the outbox, newest first."""
    folder = outbox_dir()
    if folder is None or not folder.is_dir():
        return []
    mails = []
    for path in sorted(folder.glob("*.json"), reverse=True)[:limit]:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        mails.append(
            Mail(
                key=path.stem,
                sent_at=datetime.fromisoformat(raw["sent_at"]),
                sender=raw.get("from", ""),
                to=raw.get("to", ""),
                subject=raw.get("subject", ""),
                text=raw.get("text", ""),
                html=raw.get("html", ""),
            )
        )
    return mails


class ReadableConsoleBackend(ConsoleBackend):
    """Prints each message decoded (UTF-8 text, not base64) and keeps it in the outbox."""

    def write_message(self, message: Any) -> None:
        parsed = email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)
        mail = readable(parsed)
        lines = [
            f"From: {mail.sender}",
            f"To: {mail.to}",
            f"Subject: {mail.subject}",
            "",
            mail.text or mail.html,
            "-" * 79,
            "",
        ]
        self.stream.write("\n".join(lines))
        folder = outbox_dir()
        if folder is not None:
            _keep(mail, folder)

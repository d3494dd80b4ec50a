"""A reply to one letter through SMTP: the recorded text carries its own header block.

The outbox stores exactly what is sent, so a retry on a later run needs nothing but the
row: ``Subject``, ``In-Reply-To`` and ``References`` travel at the top of the text, and
every reply is marked ``Auto-Submitted: auto-replied`` (RFC 3834), which well-behaved
auto-responders never answer, and ``X-Auto-Response-Suppress: All`` for Exchange.
"""

from __future__ import annotations

from email.message import EmailMessage
from typing import TYPE_CHECKING

from omis.adapters.channels.base import ChannelError
from omis.adapters.channels.smtp import SmtpChannel

if TYPE_CHECKING:
    from omis.core.settings import SmtpSettings

HEADERS = ("Subject", "In-Reply-To", "References")


class ReplyChannel(SmtpChannel):
    """One recipient: the sender of the letter replied to."""

    @classmethod
    def to(cls, smtp: SmtpSettings, recipient: str) -> ReplyChannel:
        # The subject is not the channel's: it travels in the recorded text.
        return cls.from_settings(smtp, [recipient], subject="")

    def _message(self, text: str) -> EmailMessage:
        head, _, body = text.partition("\n\n")
        fields = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        if not fields.get("Subject"):
            raise ChannelError("ответ без темы: запись повреждена", True)
        message = EmailMessage()
        for name in HEADERS:
            if fields.get(name):
                message[name] = fields[name]
        message["From"] = self._sender
        message["To"] = ", ".join(self._recipients)
        message["Auto-Submitted"] = "auto-replied"
        message["X-Auto-Response-Suppress"] = "All"
        message.set_content(body)
        return message


def reply_text(subject: str, in_reply_to: str, references: str, body: str) -> str:
    """The text the outbox records for a reply: the header block, a blank line, the body."""
    head = [f"Subject: {subject}", f"In-Reply-To: {in_reply_to}", f"References: {references}"]
    return "\n".join(" ".join(line.split()) for line in head) + "\n\n" + body

"""Automatic mail (auto-replies, delivery reports, lists) is recorded and never acted on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the labels below are read without loading the parser (omis.mail.intake)
    from omis.mail.message import ParsedLetter

_OUT_OF_OFFICE = re.compile(
    r"(автоответ|автоматический ответ|нет на месте|в отпуске|вне офиса|out of (the )?office|"
    r"automatic reply|auto[- ]?reply|autoreply)",
    re.IGNORECASE,
)
# In the body only unmistakable phrases: «нет на месте» is also how contractors report.
_OUT_OF_OFFICE_BODY = re.compile(
    r"(это автоматический ответ|автоматическое сообщение|я в отпуске|нахожусь в отпуске|"
    r"буду отсутствовать|i am out of (the )?office|this is an automatic reply)",
    re.IGNORECASE,
)
_DAEMONS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|noreply|bounce[s]?)@", re.IGNORECASE)
_DELIVERY_SUBJECT = re.compile(
    r"(undeliver|delivery status notification|returned mail|не доставлено|недоставленное|"
    r"delivery has failed|mail delivery failed)",
    re.IGNORECASE,
)


# Each reason code of automatic_reason in words; the code stays in the store and exports.
AUTOMATIC_LABELS = {
    "auto-submitted": "автоматическое письмо (Auto-Submitted)",
    "x-autoreply": "автоответ (X-Autoreply)",
    "x-auto-response-suppress": "автоматическое письмо (X-Auto-Response-Suppress)",  # letters stored before 2026-12
    "precedence-bulk": "массовая рассылка (Precedence)",
    "delivery-report": "отчёт о доставке",
    "mailer-daemon": "письмо почтового робота",
    "out-of-office": "автоответ «нет на месте»",
    "calendar-response": "ответ на приглашение в календаре",
    "read-receipt": "уведомление о прочтении",
    "own-mail": "письмо самой OMIS",
}


def automatic_reason(letter: ParsedLetter) -> str | None:
    """A short reason code when the letter was sent by a machine, else None."""
    headers = letter.headers
    # Not X-Auto-Response-Suppress: Exchange puts it on letters people write too (it asks
    # the receiver's server not to auto-reply), and help desks that filtered on it lost
    # good mail; of the blind letters carrying it alone, every one was a person's report.
    checks = (
        (headers.get("auto-submitted", "no").lower() not in ("", "no"), "auto-submitted"),
        (bool(headers.get("x-autoreply") or headers.get("x-autorespond")), "x-autoreply"),
        (_precedence(headers) in ("bulk", "junk", "list"), "precedence-bulk"),
        (letter.content_type == "multipart/report", "delivery-report"),
        # A meeting response («Принято: Совещание …») carries its answer as text/calendar;
        # an invitation (method=REQUEST) is somebody's plan, read like any letter.
        ("text/calendar" in letter.part_types, "calendar-response"),
        ("message/disposition-notification" in letter.part_types, "read-receipt"),
        # Outlook's receipt is plain text marked only by its class («Прочитано: …»).
        ("content-classes:mdn" in headers.get("content-class", "").lower(), "read-receipt"),
        (bool(headers.get("x-failed-recipients")), "delivery-report"),
        (bool(letter.sender and _DAEMONS.match(letter.sender)), "mailer-daemon"),
        (bool(_DELIVERY_SUBJECT.search(letter.subject)), "delivery-report"),
        (bool(_OUT_OF_OFFICE.search(letter.subject)), "out-of-office"),
        (bool(_OUT_OF_OFFICE_BODY.search(letter.new_text[:500])), "out-of-office"),
    )
    return next((reason for matched, reason in checks if matched), None)


def _precedence(headers: dict[str, str]) -> str:
    return (headers.get("precedence") or headers.get("x-precedence") or "").strip().lower()

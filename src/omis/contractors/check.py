"""The sender check applied to a stored request (the pure rule is :mod:`.sender`)."""

from __future__ import annotations

from omis.contractors.sender import SenderCheck, reason_text, sender_matches
from omis.contractors.store import view
from omis.requests.models import Request


def foreign_sender(request: Request, sender: str | None, mode: SenderCheck) -> str | None:
    """Why a letter from ``sender`` may not move ``request``, or None when it may.

    A request without a contractor accepts any sender, as before the directory existed."""
    if mode == "off" or request.contractor is None:
        return None
    contractor = view(request.contractor)
    if sender_matches(sender, contractor, mode):
        return None
    return reason_text(sender, contractor, mode)

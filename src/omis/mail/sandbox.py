"""The rule sandbox: what OMIS would decide on a letter, without storing anything.

The verdict comes from exactly the code intake runs (:func:`omis.mail.intake.decide_batch`:
the registry read for the letter's numbers, then the one decision), so the sandbox and the
mailbox never disagree; the store is then only read to show what would happen to each
position (the same lifecycle rule apply uses).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from omis.contractors.sender import SenderCheck
from omis.mail.apply import BatchCache
from omis.mail.intake import decide_batch
from omis.mail.message import ParsedLetter, parse_message
from omis.mail.rules import Rules, default_rules
from omis.mail.understand import Understanding
from omis.requests import store
from omis.requests.lifecycle import Actor, decide_transition


@dataclass(frozen=True)
class Effect:
    """What applying the decision would do to one stored position."""

    position: str
    current: str
    applies: bool
    reason: str | None


@dataclass(frozen=True)
class Trial:
    parsed: ParsedLetter
    decision: Understanding
    effects: list[Effect] = field(default_factory=list)


def try_letter(
    session: Session, raw: bytes, rules: Rules | None = None, sender_check: SenderCheck = "domain"
) -> Trial:
    """Parse and decide ``raw`` as intake would; read the positions it would touch."""
    parsed = parse_message(raw)
    cache = BatchCache("sandbox")
    decision = decide_batch(session, cache, [parsed], rules or default_rules(), sender_check)[0]
    return Trial(parsed, decision, effects(session, decision))


def effects(session: Session, decision: Understanding) -> list[Effect]:
    """The lifecycle verdict for each position the decision would touch: the positions
    named, else every position behind the new status (else all, each not applied)."""
    if not decision.decided or decision.request_number is None or decision.status is None:
        return []
    request = store.get_request(session, decision.request_number)
    if request is None:
        return []
    status = decision.status
    named = set(decision.position_numbers)
    if named:
        targets = [p for p in request.positions if p.number in named]
    else:
        behind = [p for p in request.positions if p.status_enum.rank < status.rank]
        targets = behind or list(request.positions)
    found = []
    for target in targets:
        verdict = decide_transition(target.status_enum, status, Actor.LETTER)
        found.append(Effect(target.number, target.status, verdict.applies, verdict.reason))
    return found

"""Re-deciding stored letters with the current rules: the difference, and what may follow.

Each stored letter is re-read (from the message as it arrived, else from its stored subject
and text) and decided as intake decides (:func:`omis.mail.intake.decide_batch`) against the
registry. Where the new decision differs, only what the lifecycle allows is carried out:

* a letter in the review queue that now decides a status is applied (forward only) and
  leaves the queue; one that is now automatic mail is dismissed from it;
* a letter still undecidable keeps its place in the queue with the new reason;
* an applied letter whose new decision moves the same request further is applied again;
* anything else (another request, an earlier status, a letter that should not have been
  applied) is shown for an operator: history is never rewritten;
* a letter whose action an operator undid (:mod:`omis.mail.undo`) is shown with who undid it
  and why, and never carried out: the undo is the operator's decision, and the rules reading
  the letter the same way again is no reason to overrule it.

Changes are recorded with the actor «перепроверка» and the new evidence, and the letter's
stored decision becomes the new one, so a second run changes nothing. Letters a person
assigned or dismissed are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from omis.contractors.sender import SenderCheck
from omis.core.clock import now
from omis.mail.apply import BatchCache, apply_status
from omis.mail.intake import decide_batch
from omis.mail.message import ParsedLetter, parse_message
from omis.mail.models import Letter, LetterUndo
from omis.mail.quotes import strip_quoted
from omis.mail.rules import Rules
from omis.mail.understand import Understanding
from omis.mail.vocabulary import reason_label
from omis.requests import store
from omis.requests.lifecycle import Status
from omis.requests.models import Position

ACTOR = "перепроверка"
BATCH = 200
Action = Literal["apply", "dismiss", "update", "manual", "undone"]
ACTION_TEXT = {
    "apply": "будет применено",
    "dismiss": "уйдёт из очереди разбора",
    "update": "останется в очереди с новой причиной",
    "manual": "нужно решение оператора",
    "undone": "не меняется: действие письма отменено оператором",
}
Key = tuple[str, str | None, str | None, tuple[str, ...], str | None]


@dataclass(frozen=True)
class Change:
    """One letter whose decision differs under the current rules."""

    letter_id: int
    received_at: datetime
    sender: str | None
    subject: str | None
    old: Key
    new: Understanding
    action: Action
    done: bool = False
    note: str | None = None  # why the action is what it is (an operator's undo)

    def describe(self) -> str:
        action = ACTION_TEXT[self.action] + (" (выполнено)" if self.done else "")
        if self.note:
            action += f" ({self.note})"
        return (
            f"письмо {self.letter_id} «{(self.subject or '')[:60]}»: "
            f"{describe_key(self.old)} → {describe_key(self.new.key())} [{action}]"
        )


def describe_key(key: Key) -> str:
    outcome, reason, request, positions, status = key
    if outcome == "ignored":
        return f"пропущено ({reason_label(reason)})"
    if outcome == "unmatched":
        return f"на разбор ({reason_label(reason)}{', №' + request if request else ''})"
    where = f" поз. {', '.join(positions)}" if positions else ""
    return f"№{request}{where} «{status}»"


def stored_key(letter: Letter) -> Key:
    """The stored decision, comparable with :meth:`Understanding.key`."""
    if letter.outcome in ("applied", "not_applied"):
        positions = tuple(sorted(_split(letter.position_number)))
        return ("decided", None, letter.request_number, positions, letter.status)
    if letter.outcome == "ignored":
        return ("ignored", letter.reason, None, (), None)
    return ("unmatched", letter.reason, letter.request_number, (), None)


def replay(
    session: Session,
    rules: Rules,
    *,
    since: datetime | None = None,
    apply: bool = False,
    sender_check: SenderCheck = "domain",
) -> list[Change]:
    """The letters whose decision differs; with ``apply``, carry out what is allowed."""
    changes: list[Change] = []
    for batch in _batches(session, since):
        parsed = [reread(letter) for letter in batch]
        decisions = decide_batch(session, BatchCache("replay"), parsed, rules, sender_check)
        undone = _undone(session, batch)
        for letter, decision in zip(batch, decisions, strict=True):
            old = stored_key(letter)
            if decision.key() == old:
                continue
            undo = undone.get(letter.id)
            action = "undone" if undo else _action(letter, old, decision)
            done = (
                apply
                and action not in ("manual", "undone")
                and _carry_out(session, letter, decision, action)
            )
            changes.append(
                Change(letter.id, letter.received_at, letter.sender, letter.subject, old,
                       decision, action, done, _undo_note(undo) if undo else None)
            )  # fmt: skip
    return changes


def _undone(session: Session, batch: list[Letter]) -> dict[int, LetterUndo]:
    """The last undo of each letter of ``batch`` an operator undid. Any undo counts, even
    when the letter has left the queue since: an operator who assigns it again takes it out
    of replay anyway (see :func:`_batches`), and a letter an older replay applied after the
    undo must not be moved further."""
    query = (
        select(LetterUndo)
        .where(LetterUndo.letter_id.in_([letter.id for letter in batch]))
        .order_by(LetterUndo.id)
    )
    return {undo.letter_id: undo for undo in session.scalars(query)}


def _undo_note(undo: LetterUndo) -> str:
    return f"{undo.undone_by}: {undo.reason}"


# OMIS's own remarks stored after a letter's text (see ParsedLetter.notes): not the sender's.
_OMIS_NOTE = re.compile(r"^\[OMIS: [^\n]*\]$", re.MULTILINE)


def reread(letter: Letter) -> ParsedLetter:
    """The letter as intake read it: from the raw message when it was kept."""
    if letter.raw_message:
        return parse_message(letter.raw_message)
    body = _OMIS_NOTE.sub("", letter.body_text or "").rstrip()
    sender = letter.sender
    return ParsedLetter(
        message_id=letter.message_id,
        date=letter.sent_at,
        sender=sender,
        subject=letter.subject or "",
        body_text=body,
        new_text=strip_quoted(body),
        content_hash=letter.content_hash,
        sender_domain=sender.rpartition("@")[2] if sender and "@" in sender else None,
    )


def _batches(session: Session, since: datetime | None) -> Iterator[list[Letter]]:
    query = (
        select(Letter)
        .where(
            Letter.review_state.is_(None)
            | (Letter.review_state == "open")
            | (Letter.reviewed_by == ACTOR)
        )
        .options(undefer(Letter.raw_message))
        .order_by(Letter.sent_at.is_(None), Letter.sent_at, Letter.id)
    )
    if since is not None:
        query = query.where(Letter.received_at >= since)
    last: tuple[int, ...] = ()
    offset = 0
    while True:
        batch = list(session.scalars(query.limit(BATCH).offset(offset)))
        if not batch or tuple(letter.id for letter in batch) == last:
            return
        last = tuple(letter.id for letter in batch)
        offset += len(batch)
        yield batch


def _action(letter: Letter, old: Key, new: Understanding) -> Action:
    waiting = letter.review_state == "open"
    if new.decided:
        if old[0] != "decided":
            return "apply"
        same_request = old[2] == new.request_number
        further = (
            new.status is not None
            and old[4] is not None
            and (new.status.rank > Status(old[4]).rank)
        )
        more = set(old[3]) < set(new.position_numbers) if old[3] else False
        return "apply" if same_request and (further or more) else "manual"
    if waiting and new.automatic:
        return "dismiss"
    if waiting:
        return "update"
    return "manual"


def _carry_out(session: Session, letter: Letter, new: Understanding, action: Action) -> bool:
    note = f"{ACTOR}: {describe_key(stored_key(letter))} → {describe_key(new.key())}"
    _record(letter, new)
    if action == "dismiss":
        letter.outcome, letter.reason = "ignored", new.automatic
        _close(letter, "dismissed", note)
        return True
    if action == "update":
        letter.outcome, letter.reason = "unmatched", new.unmatched_reason
        return True
    targets = _targets(session, new)
    if targets is None:
        letter.outcome, letter.reason = "unmatched", "unknown_request"
        return False
    assert new.status is not None
    if letter.review_state == "open":
        _close(letter, "assigned", note)
    if not targets:
        letter.outcome, letter.reason = "not_applied", "older_or_equal"
        return True
    outcome = apply_status(session, letter, targets, new.status, actor_name=ACTOR)
    letter.outcome, letter.reason = outcome.outcome, outcome.reason
    return True


def _record(letter: Letter, new: Understanding) -> None:
    letter.request_number = new.request_number
    letter.position_number = ", ".join(new.position_numbers)[:64] or None
    letter.status = new.status.value if new.status else None
    letter.evidence = [e.as_dict() for e in new.evidence]


def _targets(session: Session, new: Understanding) -> list[Position] | None:
    """The positions the new decision moves forward (None: the request is gone)."""
    assert new.request_number is not None
    assert new.status is not None
    request = store.get_request(session, new.request_number)
    if request is None:
        return None
    named = set(new.position_numbers)
    chosen = [p for p in request.positions if not named or p.number in named]
    return [p for p in chosen if p.status_enum.rank < new.status.rank]


def _close(letter: Letter, state: str, note: str) -> None:
    letter.review_state = state
    letter.reviewed_by = ACTOR
    letter.reviewed_at = now()
    letter.review_note = note[:2000]


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]

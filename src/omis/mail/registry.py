"""What the letter rules may know of the registry: a small read-only view, loaded per batch.

A dispatcher reads a number against the requests that exist: a number that is a request of
this contractor is strong evidence, one that matches nothing is not. The decision
(:func:`omis.mail.understand.decide`) stays pure: it reads only this view, which intake,
replay and the rule sandbox build the same way (:func:`omis.mail.intake.decide_batch`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from omis.contractors.sender import ContractorView, normalise_email, sender_matches
from omis.contractors.store import view as contractor_view
from omis.mail.position_names import PositionName, position_names, position_words
from omis.requests.models import Request


@dataclass(frozen=True)
class RequestInfo:
    number: str
    positions: tuple[str, ...]
    contractor_email: str | None = None
    contractor: ContractorView | None = None  # from the contractor directory
    names: tuple[PositionName, ...] = ()  # what positions are, from their comments
    described: tuple[tuple[str, str | None], ...] = ()  # each position with its comment

    @cached_property
    def words(self) -> Mapping[str, frozenset[str]]:
        """Words only some positions' descriptions have («советская» → {"2"}). Worked out
        when a letter asks (a finish of the whole request), not for every request a batch
        names: it costs a dictionary lookup per word of every comment."""
        return position_words(self.described)


@dataclass(frozen=True)
class RegistryView:
    """The requests a batch of letters names, by number (absent: no such request)."""

    requests: Mapping[str, RequestInfo] = field(default_factory=dict)

    def get(self, number: str) -> RequestInfo | None:
        return self.requests.get(number)


def sender_requests(
    view: RegistryView, sender: str | None, public_domains: Iterable[str] = ()
) -> frozenset[str]:
    """The requests in ``view`` whose contractor is ``sender``.

    A request's contractor is its entry in the contractor directory (its addresses, and
    its domains with their subdomains); for a request without one, its free-text
    ``contractor_email``: the same address, or the same domain unless that domain is a
    public mail service. Open and closed requests alike: a decision must not change when a
    request closes (replay would then see differences no rule made).
    """
    if not sender or "@" not in sender:
        return frozenset()
    # Canonical forms: an IDN domain compares equal in its Unicode and punycode spellings.
    address = normalise_email(sender) or sender.strip().lower()
    domain = address.rpartition("@")[2]
    shared = domain in set(public_domains)
    found = set()
    for info in view.requests.values():
        if info.contractor is not None:
            if sender_matches(address, info.contractor, "domain"):
                found.add(info.number)
            continue
        written = info.contractor_email or ""
        contractor = normalise_email(written) or written.strip().lower()
        if not contractor:
            continue
        if contractor == address or (not shared and contractor.rpartition("@")[2] == domain):
            found.add(info.number)
    return frozenset(found)


def view_of(requests: Iterable[Request]) -> RegistryView:
    return RegistryView({request.number: _info(request) for request in requests})


def _info(request: Request) -> RequestInfo:
    described = tuple((p.number, p.comment) for p in request.positions)
    return RequestInfo(
        request.number,
        tuple(number for number, _comment in described),
        request.contractor_email,
        contractor_view(request.contractor) if request.contractor else None,
        position_names(described),
        described,
    )

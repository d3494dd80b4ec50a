"""The sender check: may a letter from this address move this contractor's request? Pure.

``domain`` (the default) accepts the contractor's own addresses and any address in one of
its domains or their subdomains; ``address`` accepts its own addresses only; ``off``
accepts everyone, as OMIS did before contractors existed. A domain is never implied by an
address: a contractor listed as ``ivanov@gmail.com`` does not vouch for all of gmail.com.
A forwarded report is from whoever forwarded it: the From header is the sender.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

SenderCheck = Literal["off", "domain", "address"]
SENDER_CHECKS: tuple[SenderCheck, ...] = ("off", "domain", "address")
REASON = "отправитель не относится к подрядчику заявки"


@dataclass(frozen=True)
class ContractorView:
    """What the check needs to know about a contractor."""

    name: str
    emails: frozenset[str]
    domains: frozenset[str]
    id: int | None = None
    active: bool = True

    @classmethod
    def of(
        cls,
        name: str,
        emails: Iterable[str],
        domains: Iterable[str],
        id: int | None = None,
        active: bool = True,
    ) -> ContractorView:
        return cls(
            name,
            frozenset(e for e in map(normalise_email, emails) if e),
            frozenset(d for d in map(normalise_domain, domains) if d),
            id,
            active,
        )


def normalise_email(value: str | None) -> str | None:
    """``Ivanov@Podryad.RU`` → ``ivanov@podryad.ru``; None for anything that is not one.
    The domain is in its canonical form (see :func:`normalise_domain`)."""
    cleaned = (value or "").strip().strip("<>").strip().lower()
    local, at, domain = cleaned.rpartition("@")
    canonical = normalise_domain(domain)
    if not at or not local or not canonical or any(c.isspace() for c in cleaned):
        return None
    return f"{local}@{canonical}"


def normalise_domain(value: str | None) -> str | None:
    """``@Podryad.ru.`` → ``podryad.ru``; None unless it looks like a mail domain.

    An internationalised domain has two spellings, ``пример.рф`` and its punycode
    ``xn--e1afmkfd.xn--p1ai``; both become the readable one, so a domain compares equal to
    itself however a person or a mail server wrote it."""
    cleaned = (value or "").strip().lower().lstrip("@").rstrip(".")
    labels = cleaned.split(".")
    if len(labels) < 2 or not all(labels) or any(not _label_ok(label) for label in labels):
        return None
    return _readable(cleaned)


def domain_spellings(domain: str) -> tuple[str, ...]:
    """Every way ``domain`` (canonical) may be stored: itself and its punycode. Values
    stored before domains were canonical may be either, so lookups ask for both."""
    try:
        ascii_form = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return (domain,)
    return tuple(dict.fromkeys((domain, ascii_form)))


def address_spellings(address: str) -> tuple[str, ...]:
    local, _, domain = address.rpartition("@")
    return tuple(f"{local}@{spelling}" for spelling in domain_spellings(domain))


def _readable(domain: str) -> str:
    """The Unicode form of an IDN (IDNA 2003, Python's own codec); a name the codec
    refuses (a broken ``xn--`` label) is kept as written rather than lost."""
    try:
        return domain.encode("idna").decode("idna")
    except UnicodeError:
        return domain


def _label_ok(label: str) -> bool:
    return all(ch.isalnum() or ch == "-" for ch in label) and not label.startswith("-")


def sender_matches(
    sender_address: str | None, contractor: ContractorView, mode: SenderCheck
) -> bool:
    """True when a letter from ``sender_address`` may speak for ``contractor``."""
    if mode == "off":
        return True
    address = normalise_email(sender_address)
    if address is None:
        return False
    if address in contractor.emails:
        return True
    if mode == "address":
        return False
    domain = address.rpartition("@")[2]
    return any(domain == known or domain.endswith("." + known) for known in contractor.domains)


def reason_text(sender_address: str | None, contractor: ContractorView, mode: SenderCheck) -> str:
    """Why the letter went to review, for the operator: who sent it, whom the request
    belongs to, and what that contractor's mail may come from."""
    known = [*sorted(contractor.emails), *(f"@{d}" for d in sorted(contractor.domains))]
    if mode == "address":
        known = sorted(contractor.emails)
    allowed = ", ".join(known) if known else "адреса не указаны"
    return (
        f"{REASON}: письмо от {sender_address or 'неизвестного отправителя'}, заявка "
        f"подрядчика «{contractor.name}» ({allowed})"
    )

"""Store operations on the contractor directory. Every change goes through here."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from omis.contractors.models import Contractor, ContractorAddress
from omis.contractors.sender import (
    ContractorView,
    SenderCheck,
    address_spellings,
    domain_spellings,
    normalise_domain,
    normalise_email,
    sender_matches,
)
from omis.core.db import get_row
from omis.core.errors import NotFoundError, UsageError, must_exist
from omis.core.lookalike import invisible_character, likeness, mixed_word, reveal
from omis.core.shown import quoted
from omis.core.validation import TELEGRAM_CHAT_HINT, is_telegram_chat
from omis.requests.lifecycle import Status
from omis.requests.models import Request

MAX_NAME = 200


def validate_name(value: str | None) -> str:
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise UsageError("название подрядчика: не указано")
    if len(cleaned) > MAX_NAME:
        raise UsageError(f"название подрядчика: не длиннее {MAX_NAME} символов")
    _refuse_invisible("название подрядчика", cleaned)
    return cleaned


def validate_email(value: str, what: str = "адрес почты") -> str:
    _refuse_invisible(what, value.strip())
    email = normalise_email(value)
    if email is None:
        raise UsageError(f"{what} {quoted(value)}: ожидается вида dispatcher@podryad.ru")
    _refuse_mixed_letters(what, email)
    return email


def validate_domain(value: str) -> str:
    _refuse_invisible("домен", value.strip())
    domain = normalise_domain(value)
    if domain is None:
        raise UsageError(f"домен {quoted(value)}: ожидается вида podryad.ru")
    _refuse_mixed_letters("домен", domain)
    return domain


def _refuse_invisible(what: str, value: str) -> None:
    """A character nobody sees (a zero-width space copied along with the text) makes a
    name or an address that reads like another one but is not: «Дубль» twice in a list."""
    found = invisible_character(value)
    if found is not None:
        raise UsageError(
            f"{what} «{reveal(value)}»: невидимый символ {found} — уберите его: наберите "
            "заново, не копируя"
        )


def _refuse_mixed_letters(what: str, value: str) -> None:
    problem = mixed_letters(value)
    if problem is not None:
        raise UsageError(f"{what} {value}: {problem}")


def mixed_letters(value: str) -> str | None:
    """Why ``value`` (an address or a domain) cannot be a contractor's: a word of it mixes
    alphabets (strоyservis.ru with a Russian «о»), which is how a stranger's domain is made
    to look like the contractor's. A Russian domain (пример.рф) is fine."""
    word = mixed_word(value)
    if word is None:
        return None
    return (
        f"в «{word}» буквы разных алфавитов вперемешку (латиница и кириллица) — так "
        "подделывают чужие адреса; наберите его заново в одной раскладке"
    )


def validate_chat(value: str | None) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if not is_telegram_chat(cleaned):
        raise UsageError(f"чат эскалации {quoted(value)}: {TELEGRAM_CHAT_HINT}")
    return cleaned


def validate_limits(raw: Mapping[str, object]) -> dict[str, int]:
    """``{"принята": 30}`` → ``{"заявка принята": 30}``: known open statuses, whole minutes."""
    limits: dict[str, int] = {}
    for name, value in raw.items():
        try:
            status = Status.parse(str(name))
        except ValueError as exc:
            raise UsageError(f"предел: {exc}") from None
        if status.is_final:
            raise UsageError(f"предел: для «{status}» предел не задаётся (статус конечный)")
        try:
            minutes = int(str(value).strip())
        except ValueError:
            raise UsageError(f"предел для «{status}»: нужно целое число минут") from None
        if not 1 <= minutes <= 525_600:
            raise UsageError(f"предел для «{status}»: от 1 до 525600 минут")
        limits[status.value] = minutes
    return limits


def parse_limit(text: str) -> tuple[str, int]:
    """``"заявка принята=30"`` (or ``accepted=30``) → ``("заявка принята", 30)``."""
    name, sep, minutes = text.rpartition("=")
    if not sep:
        raise UsageError(
            f"предел {quoted(text)}: ожидается СТАТУС=МИНУТЫ, например «заявка принята=30»"
        )
    ((status, value),) = validate_limits({name: minutes}).items()
    return status, value


@dataclass(frozen=True)
class ContractorData:
    """Everything a contractor is made of, validated by :meth:`validated`."""

    name: str
    emails: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    limits: Mapping[str, object] | None = None
    escalation_chat: str | None = None
    escalation_email: str | None = None
    active: bool = True

    def validated(self) -> ContractorData:
        email = self.escalation_email
        return ContractorData(
            validate_name(self.name),
            tuple(dict.fromkeys(validate_email(e) for e in self.emails)),
            tuple(dict.fromkeys(validate_domain(d) for d in self.domains)),
            validate_limits(self.limits or {}),
            validate_chat(self.escalation_chat),
            validate_email(email, "почта для эскалаций") if email and email.strip() else None,
            self.active,
        )


def public_domain_warnings(data: ContractorData) -> list[str]:
    """Warnings (not refusals) for a public mail service given as a contractor's domain:
    every user of gmail.com would then speak for the contractor."""
    from omis.mail.rules import default_rules  # the list the letter rules already use

    public = default_rules().public_mail_domains.domains
    found = (normalise_domain(domain) for domain in data.domains)
    return [
        f"домен {domain} — общая почтовая служба: письма любого её пользователя будут "
        "считаться письмами подрядчика; лучше указать адреса подрядчика на нём"
        for domain in dict.fromkeys(found)
        if domain in public
    ]


def get(session: Session, name: str) -> Contractor | None:
    query = (
        select(Contractor)
        .where(Contractor.name == " ".join(name.split()))
        .options(selectinload(Contractor.addresses))
    )
    return session.scalars(query).first()


def require(session: Session, name: str) -> Contractor:
    return must_exist(
        get(session, name), f"подрядчик «{name}» не найден; список: omis contractors list"
    )


def require_id(session: Session, contractor_id: int, *, lock: bool = False) -> Contractor:
    """The contractor ``contractor_id``; ``lock`` holds its row until the commit, so a
    change checked against :func:`stamp` cannot interleave with another one."""
    return must_exist(
        get_row(session, Contractor, contractor_id, lock=lock),
        f"подрядчик №{contractor_id} не найден",
    )


def stamp(contractor: Contractor) -> str:
    """A digest of everything an edit form shows of ``contractor``. The form carries the
    stamp of the state it was loaded from; a save whose stamp no longer matches would
    overwrite a change somebody made meanwhile (an address another admin added)."""
    state = {
        "name": contractor.name,
        "active": contractor.active,
        "limits": contractor.status_limits or {},
        "chat": contractor.escalation_chat,
        "email": contractor.escalation_email,
        "addresses": sorted((a.kind, a.value) for a in contractor.addresses),
    }
    text = json.dumps(state, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def list_all(session: Session, *, active_only: bool = False) -> list[Contractor]:
    query = select(Contractor).options(selectinload(Contractor.addresses)).order_by(Contractor.name)
    if active_only:
        query = query.where(Contractor.active.is_(True))
    return list(session.scalars(query))


def _name_taken(
    session: Session, name: str, contractor_id: int | None = None, hint: str = ""
) -> None:
    """Refuse ``name`` when another contractor's reads the same: in any case («стройсервис»
    is «СтройСервис») or with look-alike letters («CтройСервис» with a Latin «C»). Checked
    here, not by an index: SQLite's lower() folds only ASCII."""
    seen = likeness(name)
    for other_id, other in session.execute(select(Contractor.id, Contractor.name)):
        if other_id == contractor_id or likeness(other) != seen:
            continue
        if other == name:
            raise UsageError(f"подрядчик «{name}» уже есть{hint}")
        raise UsageError(
            f"подрядчик «{name}»: уже есть «{reveal(other)}» — названия различаются только "
            "регистром или похожими буквами"
        )


CLI_EDIT_HINT = "; изменить: omis contractors edit"


def add(session: Session, data: ContractorData, taken_hint: str = CLI_EDIT_HINT) -> Contractor:
    """Add a contractor; refused when the name is taken, the refusal ending with
    ``taken_hint`` (how to change the one that exists, in the caller's own terms)."""
    data = data.validated()
    _name_taken(session, data.name, hint=taken_hint)
    contractor = Contractor(name=data.name, status_limits={}, active=data.active)
    session.add(contractor)
    _apply(session, contractor, data)
    return contractor


def replace(session: Session, contractor: Contractor, data: ContractorData) -> Contractor:
    """Make ``contractor`` exactly ``data`` (the CSV import and the web edit form)."""
    data = data.validated()
    _name_taken(session, data.name, contractor.id)
    contractor.name = data.name
    contractor.active = data.active
    contractor.addresses.clear()
    session.flush()
    _apply(session, contractor, data)
    return contractor


def _apply(session: Session, contractor: Contractor, data: ContractorData) -> None:
    contractor.status_limits = validate_limits(data.limits or {})
    contractor.escalation_chat = data.escalation_chat
    contractor.escalation_email = data.escalation_email
    for kind, values in (("email", data.emails), ("domain", data.domains)):
        for value in values:
            _add_address(session, contractor, kind, value)
    session.flush()


def add_address(session: Session, contractor: Contractor, kind: str, value: str) -> str:
    """Add one address (``email``) or domain (``domain``); returns it normalised."""
    cleaned = validate_email(value) if kind == "email" else validate_domain(value)
    normalise = normalise_email if kind == "email" else normalise_domain
    if cleaned in (normalise(a.value) for a in contractor.addresses if a.kind == kind):
        return cleaned
    _add_address(session, contractor, kind, cleaned)
    session.flush()
    return cleaned


def _add_address(session: Session, contractor: Contractor, kind: str, value: str) -> None:
    twin = look_alike(session, kind, value)
    if twin is not None:
        what = "адрес" if kind == "email" else "домен"
        raise UsageError(f"{what} {value}: {twin}")
    spellings = address_spellings(value) if kind == "email" else domain_spellings(value)
    owner = session.scalars(
        select(Contractor)
        .join(ContractorAddress)
        .where(ContractorAddress.kind == kind, ContractorAddress.value.in_(spellings))
    ).first()
    if owner is not None and owner is not contractor:
        what = "адрес" if kind == "email" else "домен"
        raise UsageError(f"{what} {value} уже относится к подрядчику «{owner.name}»")
    contractor.addresses.append(ContractorAddress(kind=kind, value=value))


def look_alike(session: Session, kind: str, value: str) -> str | None:
    """Why ``value`` (a normalised address or domain) must not be added: it reads like a
    different stored address, or its domain like a stored domain («сер.ru» in Russian
    letters beside «cep.ru»), or it mixes Latin and Russian letters. None when it is fine.
    The directory is small: every stored value is compared."""
    mixed = mixed_letters(value)
    if mixed is not None:
        return mixed
    domain = value.rpartition("@")[2]
    query = select(ContractorAddress.kind, ContractorAddress.value, Contractor.name).join(
        Contractor
    )
    for stored_kind, stored, owner in session.execute(query):
        if stored_kind == "email" and kind == "email":
            twin = _reads_like(value, normalise_email(stored))
        elif stored_kind == "domain":
            twin = _reads_like_domain(domain, normalise_domain(stored))
        else:
            continue
        if twin is not None:
            what = "адрес" if stored_kind == "email" else "домен"
            return (
                f"выглядит как {what} {twin} подрядчика «{owner}», но буквы в нём другие — "
                "так подделывают чужие адреса"
            )
    return None


def _reads_like(value: str, stored: str | None) -> str | None:
    return stored if stored and stored != value and likeness(stored) == likeness(value) else None


def _reads_like_domain(domain: str, stored: str | None) -> str | None:
    """``stored`` when ``domain`` or its parent of as many labels reads like it."""
    if not stored:
        return None
    tail = ".".join(domain.split(".")[-len(stored.split(".")) :])
    return stored if _reads_like(tail, stored) else None


def remove_address(contractor: Contractor, kind: str, value: str) -> None:
    cleaned = (normalise_email(value) if kind == "email" else normalise_domain(value)) or value
    normalise = normalise_email if kind == "email" else normalise_domain
    found = [
        a
        for a in contractor.addresses
        if a.kind == kind and (normalise(a.value) or a.value) == cleaned
    ]
    if not found:
        raise NotFoundError(f"у подрядчика «{contractor.name}» нет {cleaned}")
    for address in found:
        contractor.addresses.remove(address)


def view(contractor: Contractor) -> ContractorView:
    return ContractorView.of(
        contractor.name, contractor.emails, contractor.domains, contractor.id, contractor.active
    )


def find_by_sender(
    session: Session, sender: str | None, mode: SenderCheck = "domain"
) -> Contractor | None:
    """The active contractor whose mail ``sender`` is (its address first, then its domain
    or a parent domain); None for a stranger. ``off`` reads as ``domain`` here."""
    address = normalise_email(sender)
    if address is None:
        return None
    domain = address.rpartition("@")[2]
    labels = domain.split(".")
    # Both spellings of an IDN: a value stored before domains were canonical may be either.
    candidates = [
        spelling
        for i in range(len(labels) - 1)
        for spelling in domain_spellings(".".join(labels[i:]))
    ]
    query = (
        select(Contractor)
        .join(ContractorAddress)
        .where(
            Contractor.active.is_(True),
            (
                (ContractorAddress.kind == "email")
                & ContractorAddress.value.in_(address_spellings(address))
            )
            | ((ContractorAddress.kind == "domain") & ContractorAddress.value.in_(candidates)),
        )
        .options(selectinload(Contractor.addresses))
    )
    check: SenderCheck = "domain" if mode == "off" else mode
    for contractor in session.scalars(query).unique():
        if sender_matches(address, view(contractor), check):
            return contractor
    return None


def limits_by_contractor(session: Session) -> dict[int, dict[Status, timedelta]]:
    """Every contractor's own per-status limits (only those that set any)."""
    rows = session.execute(select(Contractor.id, Contractor.status_limits))
    found: dict[int, dict[Status, timedelta]] = {}
    for contractor_id, limits in rows:
        parsed = {
            Status(name): timedelta(minutes=int(minutes))
            for name, minutes in (limits or {}).items()
            if name in Status._value2member_map_
        }
        if parsed:
            found[contractor_id] = parsed
    return found


def names(session: Session) -> dict[int, str]:
    return {row.id: row.name for row in session.execute(select(Contractor.id, Contractor.name))}


def describe_limits(limits: Mapping[str, int] | None) -> str:
    if not limits:
        return "общие"
    return "; ".join(f"{status}: {minutes} мин" for status, minutes in limits.items())


def split_list(text: str | None) -> list[str]:
    """Addresses typed in one field: separated by commas, semicolons or blanks."""
    return [part for part in re.split(r"[\s,;]+", text or "") if part]


class AddressOfAnother(UsageError):
    """The contractor chosen for a request and the address given with it disagree."""


def request_owner(
    session: Session, chosen: Contractor | None, address: str | None
) -> Contractor | None:
    """The contractor of a new request: the one ``chosen``, else the one whose mail
    ``address`` is (None for a stranger's). Refused (AddressOfAnother) when the address is
    another contractor's: that contractor's letters about the request would all wait for
    review as from a sender foreign to it."""
    of_address = find_by_sender(session, address)
    if chosen is None or of_address is None or of_address.id == chosen.id:
        return chosen or of_address
    raise AddressOfAnother(
        f"адрес {address} относится к подрядчику «{of_address.name}», а выбран "
        f"«{chosen.name}»: письма с него по этой заявке ждали бы разбора. Выберите "
        f"«{of_address.name}» или укажите адрес «{chosen.name}»"
    )


def address_warning(session: Session, owner: Contractor | None, address: str | None) -> str | None:
    """Why the mail ``address`` given with a new request of ``owner`` (from
    :func:`request_owner`) deserves a second look, or None. Not a refusal: the directory
    may not know a contractor's new address yet, and the review page adds it in one click."""
    if not address or find_by_sender(session, address) is not None:
        return None
    if owner is None:
        return (
            f"адрес {address} не относится ни к одному подрядчику справочника: заявка "
            "зарегистрирована без подрядчика, и письма о ней не сверяются с его адресами. "
            "Выберите подрядчика на странице заявки или добавьте адрес в справочник"
        )
    return (
        f"адрес {address} не относится к подрядчику «{owner.name}»: письма с него по этой "
        "заявке будут ждать разбора. Добавьте адрес подрядчику или исправьте его"
    )


def attach(request: Request, contractor: Contractor) -> None:
    """Make ``request`` belong to ``contractor``; a request belongs to one contractor, so
    naming another one for it is refused (the operator changes it on the request's page)."""
    if request.contractor_id not in (None, contractor.id):
        current = request.contractor.name if request.contractor else request.contractor_id
        raise UsageError(f"заявка №{request.number} уже относится к подрядчику «{current}»")
    request.contractor_id = contractor.id
    request.contractor = contractor

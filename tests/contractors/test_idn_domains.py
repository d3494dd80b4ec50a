"""An internationalised domain is one domain in its Unicode and punycode spellings: stored
once (readable), refused as another contractor's, and matched in letters either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from fakes.letters import letter
from omis.contractors import store as contractors
from omis.contractors.models import ContractorAddress
from omis.contractors.store import ContractorData
from omis.core.db import Database
from omis.core.errors import UsageError
from omis.core.settings import Settings
from omis.mail.intake import run_mail_check
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Actor

PUNYCODE = "xn--e1afmkfd.xn--p1ai"
UNICODE = "пример.рф"


@pytest.mark.parametrize(("first", "second"), [(PUNYCODE, UNICODE), (UNICODE, PUNYCODE.upper())])
def test_cli_refuses_the_same_domain_in_its_other_spelling(
    run_cli, first: str, second: str
) -> None:
    added = run_cli("contractors", "add", "Bad3", "--domain", first)
    assert added.exit_code == 0, added.output
    assert f"адреса: @{UNICODE};" in added.stdout
    again = run_cli("contractors", "add", "Bad4", "--domain", second)
    assert again.exit_code == 2
    assert again.stderr.strip() == f"ошибка: домен {UNICODE} уже относится к подрядчику «Bad3»"
    email = run_cli("contractors", "add", "Bad5", "--email", f"brig@{PUNYCODE}")
    assert email.exit_code == 0, email.output
    assert f"адреса: brig@{UNICODE};" in email.stdout


def _registry(database: Database, stored: str) -> None:
    """Request 5100 of «Bad3», whose domain was stored as ``stored`` (the punycode spelling
    is how a value typed before domains were canonical may sit in the database)."""
    with database.session() as session:
        owner = contractors.add(session, ContractorData("Bad3", (), ("old.ru",)))
        owner.addresses[0].value = stored
        store.add_position(session, store.NewPosition("5100", "1"), actor=Actor.OPERATOR)
        contractors.attach(store.require_request(session, "5100"), owner)


@pytest.mark.parametrize("stored", [PUNYCODE, UNICODE])
@pytest.mark.parametrize("sender", [f"brig@{UNICODE}", f"brig@{PUNYCODE}", f"brig@msk.{UNICODE}"])
def test_letter_from_either_spelling_moves_the_contractors_request(
    database: Database, settings: Settings, tmp_path: Path, stored: str, sender: str
) -> None:
    _registry(database, stored)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "1.eml").write_bytes(
        letter("Заявка 5100", "Заявка 5100 позиция 1 выехали", sender=sender)
    )
    run_mail_check(database, settings, directory=inbox)
    with database.session() as session:
        outcome = session.scalars(select(Letter.outcome)).one()
        assert outcome == "applied"
        assert store.require_request(session, "5100").positions[0].status == "подрядчик в пути"
        assert contractors.find_by_sender(session, sender) is not None


def test_a_stored_punycode_domain_still_blocks_its_unicode_spelling(database: Database) -> None:
    _registry(database, PUNYCODE)
    with database.session() as session, pytest.raises(UsageError, match="уже относится"):
        contractors.add(session, ContractorData("Bad4", (), (UNICODE,)))
    with database.session() as session:
        owner = contractors.require(session, "Bad3")
        contractors.remove_address(owner, "domain", UNICODE)
        assert session.scalars(select(ContractorAddress)).all() == []


def test_public_mail_domain_is_accepted_with_a_warning(run_cli) -> None:
    added = run_cli("contractors", "add", "Бригада", "--domain", "Gmail.com")
    assert added.exit_code == 0, added.output
    assert added.stderr.strip() == (
        "внимание: домен gmail.com — общая почтовая служба: письма любого её пользователя "
        "будут считаться письмами подрядчика; лучше указать адреса подрядчика на нём"
    )
    quiet = run_cli("contractors", "add", "СтройСервис", "--domain", "stroyservis.ru")
    assert quiet.stderr == ""

"""The sender check, mode by mode (pure)."""

from __future__ import annotations

import pytest

from omis.contractors.sender import ContractorView, reason_text, sender_matches

STROY = ContractorView.of(
    "СтройСервис", ["Dispatch@StroyServis.ru", "ivanov@gmail.com"], ["stroyservis.ru"]
)


@pytest.mark.parametrize(
    ("sender", "mode", "allowed"),
    [
        ("dispatch@stroyservis.ru", "domain", True),
        ("DISPATCH@stroyservis.ru", "address", True),
        ("brigada@stroyservis.ru", "domain", True),
        ("brigada@stroyservis.ru", "address", False),
        ("brigada@msk.stroyservis.ru", "domain", True),  # a subdomain of its domain
        ("brigada@notstroyservis.ru", "domain", False),  # not a subdomain, just a suffix
        ("stroyservis.ru@evil.ru", "domain", False),
        ("ivanov@gmail.com", "domain", True),  # its own address
        ("petrov@gmail.com", "domain", False),  # an address never vouches for its domain
        ("petrov@gmail.com", "off", True),
        (None, "domain", False),
        ("not an address", "domain", False),
        (None, "off", True),
    ],
)
def test_sender_check_by_mode(sender: str | None, mode: str, allowed: bool) -> None:
    assert sender_matches(sender, STROY, mode) is allowed


def test_reason_names_the_sender_and_the_contractor() -> None:
    text = reason_text("petrov@gmail.com", STROY, "domain")
    assert text.startswith("отправитель не относится к подрядчику заявки")
    assert "petrov@gmail.com" in text
    assert "«СтройСервис»" in text
    assert "@stroyservis.ru" in text

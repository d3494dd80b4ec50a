"""Prints instead of sending: dry runs, demonstrations, scenarios."""

from __future__ import annotations

from collections.abc import Callable

from omis.adapters.channels.base import Channel


class ConsoleChannel(Channel):
    """Shows what would go to ``target`` (e.g. ``telegram:-100123``) and sends nothing."""

    kind = "console"
    label = "консоль"

    def __init__(self, target: str, echo: Callable[[str], None] = print) -> None:
        super().__init__(target)
        self._echo = echo

    def send(self, text: str) -> None:
        from omis.adapters.channels import address_label  # the registry imports this module

        self._echo(f"→ {address_label(self.target)}:\n{text}")

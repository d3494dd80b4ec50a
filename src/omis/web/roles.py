"""Roles of the web interface's users, with their Russian labels.

A module of its own, free of Flask, werkzeug and the database, so that the command line
can offer the roles as choices without loading any of them.
"""

from __future__ import annotations

import enum

from omis.core.errors import UsageError


class Role(enum.StrEnum):
    """Roles in increasing power: each one can do everything the previous one can."""

    VIEWER = "viewer"
    OPERATOR = "operator"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise UsageError(
                f"неизвестная роль «{text}»; допустимые: viewer, operator, admin"
            ) from None


ROLE_LABELS = {
    Role.VIEWER: "просмотр",
    Role.OPERATOR: "оператор",
    Role.ADMIN: "администратор",
}

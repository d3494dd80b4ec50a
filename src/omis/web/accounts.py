"""Users of the web interface: roles, hashed passwords, and the lock-out after failed logins.

The command line (``omis user ...``) and the Users page both call these functions.
Passwords are hashed with werkzeug (scrypt); the plain text is never stored or logged.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from omis.core.clock import now
from omis.core.errors import NotFoundError, UsageError
from omis.core.models import User

MIN_PASSWORD = 8
MAX_PASSWORD = 256
USERNAME_PATTERN = re.compile(r"^[\w.@-]{2,64}$")


@cache
def _dummy_hash() -> str:
    """Compared against when the user does not exist, so both cases take the same time."""
    return generate_password_hash("omis-no-such-user")


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


def validate_username(name: str) -> str:
    cleaned = name.strip()
    if not USERNAME_PATTERN.match(cleaned):
        raise UsageError("имя пользователя: от 2 до 64 символов, буквы, цифры, точка, дефис, @ и _")
    return cleaned


def validate_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"пароль: не короче {MIN_PASSWORD} символов")
    if len(password) > MAX_PASSWORD:
        raise UsageError(f"пароль: не длиннее {MAX_PASSWORD} символов")
    return password


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.username == name.strip())).first()


def require_user(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise NotFoundError(f"пользователь «{name}» не найден")
    return user


def add_user(session: Session, name: str, role: Role, password: str) -> User:
    """Create a user; a taken name is a UsageError."""
    name = validate_username(name)
    if find_user(session, name) is not None:
        raise UsageError(f"пользователь «{name}» уже есть")
    user = User(
        username=name,
        role=role.value,
        password_hash=generate_password_hash(validate_password(password)),
        active=True,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    return user


def set_password(user: User, password: str) -> None:
    """New password; also lifts a lock-out (an admin reset is how a locked user gets back)."""
    user.password_hash = generate_password_hash(validate_password(password))
    unlock(user)


def unlock(user: User) -> None:
    user.failed_logins = 0
    user.locked_until = None


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


class LoginOutcome(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    INACTIVE = "inactive"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user: User | None = None
    locked_until: datetime | None = None


@dataclass(frozen=True)
class LockPolicy:
    max_failures: int
    lock_minutes: int


def authenticate(session: Session, name: str, password: str, policy: LockPolicy) -> LoginResult:
    """Check a login; count failures and lock the account for a while after too many.

    While locked, even the right password is refused. An unknown name and a wrong password
    give the same answer, so the form does not reveal which names exist.
    """
    moment = now()
    user = find_user(session, name)
    if user is None:
        check_password_hash(_dummy_hash(), password)
        return LoginResult(LoginOutcome.WRONG)
    if user.locked_until is not None and user.locked_until > moment:
        return LoginResult(LoginOutcome.LOCKED, user, user.locked_until)
    if not check_password_hash(user.password_hash, password):
        return _failed(user, policy, moment)
    if not user.active:
        return LoginResult(LoginOutcome.INACTIVE, user)
    unlock(user)
    user.last_login_at = moment
    return LoginResult(LoginOutcome.OK, user)


def _failed(user: User, policy: LockPolicy, moment: datetime) -> LoginResult:
    user.failed_logins = (user.failed_logins or 0) + 1
    if user.failed_logins < policy.max_failures:
        return LoginResult(LoginOutcome.WRONG, user)
    user.failed_logins = 0
    user.locked_until = moment + timedelta(minutes=policy.lock_minutes)
    return LoginResult(LoginOutcome.LOCKED, user, user.locked_until)


def session_stamp(user: User) -> str:
    """Part of the login cookie's id: a password change ends the user's other sessions."""
    return user.password_hash[-10:]

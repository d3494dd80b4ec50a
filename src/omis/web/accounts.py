"""Users of the web interface: roles, hashed passwords, login sessions, and the lock-out
after failed logins.

The command line (``omis user ...``) and the Users page both call these functions.
Passwords are hashed with werkzeug (scrypt); the plain text is never stored or logged.
"""

from __future__ import annotations

import enum
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, object_session
from werkzeug.security import check_password_hash, generate_password_hash

from omis.core.errors import UsageError, must_exist
from omis.core.lookalike import likeness, mixes_scripts
from omis.core.models import LoginAttempt, User, WebSession

# The roles live in omis.web.roles (free of werkzeug and the database); re-exported here.
from omis.web.roles import ROLE_LABELS as ROLE_LABELS
from omis.web.roles import Role as Role

MIN_PASSWORD = 8
MAX_PASSWORD = 256
# Latin or Russian letters (not mixed: «аdmin» with a Cyrillic «а» looks like «admin»),
# ASCII digits and . @ - _.
USERNAME_PATTERN = re.compile(r"^[A-Za-zА-Яа-яЁё0-9.@_-]{2,64}$")
USERNAME_RULE = (
    "имя пользователя: от 2 до 64 символов — латинские или русские буквы (не вперемешку), "
    "цифры, точка, дефис, @ и _"
)


@cache
def _dummy_hash() -> str:
    """Compared against when the user does not exist, so both cases take the same time."""
    return generate_password_hash("omis-no-such-user")


def validate_username(name: str) -> str:
    cleaned = name.strip()
    if not USERNAME_PATTERN.match(cleaned) or mixes_scripts(cleaned):
        raise UsageError(USERNAME_RULE)
    return cleaned


def validate_password(password: str) -> str:
    if not password.strip():
        raise UsageError("пароль: не может состоять из одних пробелов")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"пароль: не короче {MIN_PASSWORD} символов")
    if len(password) > MAX_PASSWORD:
        raise UsageError(f"пароль: не длиннее {MAX_PASSWORD} символов")
    return password


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.username == name.strip())).first()


def require_user(session: Session, name: str) -> User:
    return must_exist(find_user(session, name), f"пользователь «{name}» не найден")


def add_user(session: Session, name: str, role: Role, password: str) -> User:
    """Create a user; a taken name is a UsageError."""
    name = validate_username(name)
    seen = likeness(name)  # «ADMIN» and «аdmin» are the name «admin»
    twin = next((u for u in list_users(session) if likeness(u.username) == seen), None)
    if twin is not None and twin.username == name:
        raise UsageError(f"пользователь «{name}» уже есть")
    if twin is not None:
        raise UsageError(
            f"пользователь «{name}»: уже есть «{twin.username}» — имена различаются только "
            "регистром или похожими буквами"
        )
    user = User(
        username=name,
        role=role.value,
        password_hash=generate_password_hash(validate_password(password)),
        active=True,
    )
    session.add(user)
    session.flush()
    return user


def set_password(user: User, password: str) -> None:
    """New password; ends the user's sessions everywhere and lifts a lock-out (an admin
    reset is how a locked user gets back)."""
    user.password_hash = generate_password_hash(validate_password(password))
    session = object_session(user)
    if session is not None:
        end_sessions(session, user)
        unlock(session, user)


def unlock(session: Session, user: User) -> None:
    session.execute(delete(LoginAttempt).where(LoginAttempt.key == name_key(user.username)))


def locks(session: Session, moment: datetime) -> dict[str, datetime]:
    """Lower-cased user name → until when logging in under it is locked."""
    query = select(LoginAttempt.key, LoginAttempt.locked_until).where(
        LoginAttempt.key.startswith("name:"), LoginAttempt.locked_until > moment
    )
    return {key.removeprefix("name:"): until for key, until in session.execute(query) if until}


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


# --- logging in -----------------------------------------------------------------------


class LoginOutcome(enum.Enum):
    OK = "ok"
    WRONG = "wrong"
    INACTIVE = "inactive"


@dataclass(frozen=True)
class LoginResult:
    outcome: LoginOutcome
    user: User | None = None


@dataclass(frozen=True)
class LockPolicy:
    """At most ``max_failures`` failed logins under one key within ``window_minutes``;
    the next attempt locks the key for ``lock_minutes``."""

    max_failures: int
    lock_minutes: int
    window_minutes: int = 15


def name_key(name: str) -> str:
    return "name:" + name.strip().lower()[:190]


def address_key(address: str) -> str:
    return "addr:" + address[:190]


def claim_attempt(
    session: Session, key: str, policy: LockPolicy, moment: datetime
) -> datetime | None:
    """Count one login attempt under ``key`` before the password is checked; return until
    when the key is locked if this attempt may not go on.

    The row is locked (``FOR UPDATE`` on PostgreSQL; SQLite's write transaction serialises
    by itself), so concurrent attempts are counted one by one: forty guesses at once get
    ``max_failures`` password checks, not forty. A successful login takes its count back
    (:func:`attempt_succeeded`), so what accumulates is failures.
    """
    _ensure_row(session, key, moment)
    row = session.scalars(
        select(LoginAttempt).where(LoginAttempt.key == key).with_for_update()
    ).one()
    if row.locked_until is not None and row.locked_until > moment:
        return row.locked_until
    if (
        row.locked_until is not None
        or row.window_start + timedelta(minutes=policy.window_minutes) <= moment
    ):
        row.failures, row.window_start, row.locked_until = 0, moment, None
    row.failures += 1
    if row.failures > policy.max_failures:
        row.failures, row.locked_until = 0, moment + timedelta(minutes=policy.lock_minutes)
        return row.locked_until
    return None


def _ensure_row(session: Session, key: str, moment: datetime) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(LoginAttempt).values(key=key, failures=0, window_start=moment)
    session.execute(statement.on_conflict_do_nothing(index_elements=["key"]))


def attempt_succeeded(session: Session, name: str, address: str) -> None:
    """A right password: the name's failures are forgotten, the address gets its try back."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.key == name_key(name)))
    session.execute(
        update(LoginAttempt)
        .where(LoginAttempt.key == address_key(address), LoginAttempt.failures > 0)
        .values(failures=LoginAttempt.failures - 1)
    )


def authenticate(session: Session, name: str, password: str) -> LoginResult:
    """Check a name and password (after :func:`claim_attempt` allowed the attempt).

    An unknown name and a wrong password give the same answer and take the same time, so
    the form does not reveal which names exist."""
    user = find_user(session, name)
    if user is None:
        check_password_hash(_dummy_hash(), password)
        return LoginResult(LoginOutcome.WRONG)
    if not check_password_hash(user.password_hash, password):
        return LoginResult(LoginOutcome.WRONG)
    if not user.active:
        return LoginResult(LoginOutcome.INACTIVE, user)
    return LoginResult(LoginOutcome.OK, user)


# --- sessions ---------------------------------------------------------------------------


def start_session(session: Session, user: User, hours: int, moment: datetime) -> str:
    """A new login: a random token for the cookie; only its hash is stored."""
    session.execute(
        delete(WebSession).where(WebSession.user_id == user.id, WebSession.expires_at <= moment)
    )
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=token_hash(token),
            user_id=user.id,
            created_at=moment,
            expires_at=moment + timedelta(hours=hours),
        )
    )
    user.last_login_at = moment
    return token


def session_user(session: Session, token: str, moment: datetime) -> User | None:
    """The active user a live session token belongs to, or None."""
    row = session.get(WebSession, token_hash(token))
    if row is None or row.expires_at <= moment:
        return None
    user = session.get(User, row.user_id)
    return user if user is not None and user.active else None


def end_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == token_hash(token)))


def end_sessions(session: Session, user: User) -> None:
    """Log the user out everywhere (password changed, user disabled)."""
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()

"""Logging in and out, who is logged in, and what their role lets them do.

Every endpoint requires a login except those in :data:`PUBLIC_ENDPOINTS`; a page that
changes something also requires a role (``@require_role(Role.OPERATOR)``; a POST action
gets both its route and its role from :func:`omis.web.actions.action`). A login is a
row in ``web_sessions`` and the cookie carries its random token: logging out, a password
change or disabling the user deletes the row, and a copied cookie stops working at once.

Failed logins are counted per client address (a rate limit shared by every worker
through the database) and per user name, existing or not, so a name that does not exist
is answered exactly like one that does; the per-name lock is short, so nobody can keep
an account locked for long.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import LoginManager, current_user, login_url, login_user, logout_user
from markupsafe import escape
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired, Length

from omis.core.clock import now
from omis.core.models import User
from omis.core.timefmt import local_time
from omis.web import storage
from omis.web.accounts import (
    LockPolicy,
    LoginOutcome,
    Role,
    address_key,
    attempt_succeeded,
    authenticate,
    claim_attempt,
    end_session,
    name_key,
    session_user,
    start_session,
)
from omis.web.forms import REQUIRED, PostForm

log = logging.getLogger(__name__)
# Why a login was refused, for the log.
REFUSED = {
    LoginOutcome.WRONG: "неверное имя или пароль",
    LoginOutcome.INACTIVE: "учётная запись отключена",
    LoginOutcome.OK: "вход разрешён",
}

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Войдите, чтобы открыть эту страницу."
login_manager.login_message_category = "info"
login_manager.session_protection = "basic"
SESSION_ENDED = "Сеанс завершён — войдите снова."

PUBLIC_ENDPOINTS = frozenset({"auth.login", "health.health", "health.metrics", "static"})

View = TypeVar("View", bound=Callable[..., Any])


@dataclass(frozen=True)
class WebUser:
    """The logged-in person as views see it (no database row kept across the request)."""

    user_id: int
    username: str
    role: Role
    token: str  # the session's token, as the cookie carries it

    is_authenticated = True
    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        return self.token

    def can(self, needed: Role | str) -> bool:
        return self.role.allows(Role(needed))


class AnonymousUser:
    """Nobody logged in: can do nothing (templates ask ``current_user.can(...)``)."""

    is_authenticated = False
    is_active = False
    is_anonymous = True
    username = ""

    def get_id(self) -> None:
        return None

    def can(self, needed: Role | str) -> bool:
        return False


login_manager.anonymous_user = AnonymousUser


def _load_user(token: str) -> WebUser | None:
    user = session_user(storage.reader(), token, now())
    if user is None:
        return None
    return WebUser(user.id, user.username, Role(user.role), token)


login_manager.user_loader(_load_user)


def current() -> WebUser:
    """The logged-in user (views behind the login check only)."""
    return cast(WebUser, current_user._get_current_object())


def require_role(needed: Role) -> Callable[[View], View]:
    """Refuse with 403 unless the logged-in user's role allows ``needed``."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current().can(needed):
                abort(403)
            return view(*args, **kwargs)

        return cast(View, wrapped)

    return decorate


def _ask_to_log_in() -> ResponseReturnValue:
    """Send a visitor who is not logged in to the login page, and back here after it.

    A part of a page that htmx refreshes (the dashboard's panels every minute) must not get
    a redirect: the browser would follow it inside the request and nest the login page in
    the panel, where its form cannot log in. It gets 401 with ``HX-Redirect`` instead, and
    htmx takes the whole page to the login page, then back to the page the person saw
    (``HX-Current-URL``)."""
    if request.headers.get("HX-Request"):
        page = request.headers.get("HX-Current-URL") or request.url
        target = login_url(login_manager.login_view, next_url=page)
        flash(SESSION_ENDED, "info")
        notice = f'<p class="flash info">{SESSION_ENDED} <a href="{escape(target)}">Войти</a></p>'
        return Response(notice, 401, headers={"HX-Redirect": target})
    flash(login_manager.login_message, login_manager.login_message_category)
    return redirect(login_url(login_manager.login_view, next_url=request.url))


login_manager.unauthorized_handler(_ask_to_log_in)


def _require_login() -> ResponseReturnValue | None:
    if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    if not current_user.is_authenticated:
        return cast(ResponseReturnValue, login_manager.unauthorized())
    return None


class LoginForm(PostForm):
    username = StringField("Имя пользователя", [InputRequired(REQUIRED), Length(max=64)])
    password = PasswordField("Пароль", [InputRequired(REQUIRED), Length(max=256)])


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("dashboard.index"))
    form = LoginForm()
    code = 200
    if form.validate_on_submit():
        refusal = _try_login(form.username.data, form.password.data)
        if refusal is None:
            return redirect(safe_next(request.args.get("next")))
        form.password.errors = [refusal.message]
        code = refusal.code
    return render_template("auth/login.html", form=form), code


@dataclass(frozen=True)
class Refusal:
    message: str  # Russian, shown under the password field
    code: int = 200


def _try_login(username: str, password: str) -> Refusal | None:
    """Log the user in; or say why not."""
    web, moment, client = storage.settings().web, now(), _client()
    by_address = LockPolicy(
        web.login_address_max_failures,
        web.login_address_window_minutes,
        web.login_address_window_minutes,
    )
    by_name = LockPolicy(web.login_max_failures, web.login_lock_minutes)
    with storage.writer() as session:
        address_locked = claim_attempt(session, address_key(client), by_address, moment)
        name_locked = (
            None if address_locked else claim_attempt(session, name_key(username), by_name, moment)
        )
    if address_locked is not None:
        log.warning("веб: вход %r с %s отклонён: много попыток с адреса", username, client)
        until = local_time(address_locked, storage.settings().core.tz)
        return Refusal(f"Слишком много попыток входа с этого адреса: повторите после {until}", 429)
    if name_locked is not None:
        log.warning("веб: вход %r с %s отклонён: имя заблокировано", username, client)
        until = local_time(name_locked, storage.settings().core.tz)
        return Refusal(
            f"Слишком много неудачных попыток: вход под этим именем заблокирован до {until}"
        )
    return _check_password(username, password, client, moment)


def _check_password(username: str, password: str, client: str, moment: datetime) -> Refusal | None:
    # Checked outside a write transaction: the hash takes a while, and on SQLite the
    # write lock would make every other login and job wait for it.
    result = authenticate(storage.reader(), username, password)
    if result.outcome is LoginOutcome.OK and result.user is not None:
        with storage.writer() as session:
            user = session.get_one(User, result.user.id)
            attempt_succeeded(session, username, client)
            token = start_session(session, user, storage.settings().web.session_hours, moment)
            _begin(WebUser(user.id, user.username, Role(user.role), token))
        log.info("веб: вход пользователя %s", user.username)
        return None
    log.warning("веб: вход %r с %s отклонён: %s", username, client, REFUSED[result.outcome])
    if result.outcome is LoginOutcome.INACTIVE:
        return Refusal("Учётная запись отключена; обратитесь к администратору")
    return Refusal("Неверное имя пользователя или пароль")


def _begin(user: WebUser) -> None:
    """Log in with a fresh CSRF token: a token learnt before the login is worth nothing."""
    session.pop("csrf_token", None)
    g.pop("csrf_token", None)
    login_user(user)
    session.permanent = True


def _client() -> str:
    return request.remote_addr or "?"


def safe_next(target: str | None) -> str:
    """Only a path on this site: an open redirect would let a link send people elsewhere.
    Every ``next`` a page or a form gives is checked here (login, «Напоминать после»).

    Browsers drop tabs and line breaks from URLs (``/\t/evil.example`` becomes
    ``//evil.example``) and read a backslash as a slash, so any of those refuses the target.
    """
    fallback = url_for("dashboard.index")
    if not target or not target.startswith("/") or target.startswith("//"):
        return fallback
    if any(ch <= " " or ch == "\x7f" or ch == "\\" for ch in target):
        return fallback
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return fallback
    return target


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    if current_user.is_authenticated:
        with storage.writer() as db:
            end_session(db, current().token)
    logout_user()
    session.clear()
    flash("Вы вышли из системы.", "info")
    return redirect(url_for("auth.login"))


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    app.before_request(_require_login)
    app.register_blueprint(bp)

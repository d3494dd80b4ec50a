"""Logging in and out, who is logged in, and what their role lets them do.

Every endpoint requires a login except those in :data:`PUBLIC_ENDPOINTS`; a page that
changes something also requires a role (``@require_role(Role.OPERATOR)``). The login
cookie names the user and a stamp of the password hash, so a password change or a
deactivation ends the user's sessions everywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar, cast

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import LoginManager, current_user, login_user, logout_user
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired, Length

from omis.core.timefmt import local_time
from omis.web import storage
from omis.web.accounts import (
    LockPolicy,
    LoginOutcome,
    Role,
    authenticate,
    session_stamp,
)
from omis.web.forms import REQUIRED, PostForm

log = logging.getLogger(__name__)

bp = Blueprint("auth", __name__)
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Войдите, чтобы открыть эту страницу."
login_manager.login_message_category = "info"
login_manager.session_protection = "basic"

PUBLIC_ENDPOINTS = frozenset({"auth.login", "health.health", "health.metrics", "static"})

View = TypeVar("View", bound=Callable[..., Any])


@dataclass(frozen=True)
class WebUser:
    """The logged-in person as views see it (no database row kept across the request)."""

    user_id: int
    username: str
    role: Role
    stamp: str

    is_authenticated = True
    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        return f"{self.user_id}:{self.stamp}"

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


def _load_user(cookie_id: str) -> WebUser | None:
    from omis.core.models import User

    user_id, _, stamp = cookie_id.partition(":")
    if not user_id.isdigit():
        return None
    user = storage.reader().get(User, int(user_id))
    if user is None or not user.active or session_stamp(user) != stamp:
        return None
    return WebUser(user.id, user.username, Role(user.role), stamp)


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
    if form.validate_on_submit():
        message = _try_login(form.username.data, form.password.data)
        if message is None:
            return redirect(_safe_next(request.args.get("next")))
        form.password.errors = [message]
    return render_template("auth/login.html", form=form)


def _try_login(username: str, password: str) -> str | None:
    """Log the user in; or return why not (Russian, shown under the password field)."""
    web = storage.settings().web
    policy = LockPolicy(web.login_max_failures, web.login_lock_minutes)
    with storage.writer() as session:
        result = authenticate(session, username, password, policy)
        if result.outcome is LoginOutcome.OK and result.user is not None:
            user = result.user
            login_user(WebUser(user.id, user.username, Role(user.role), session_stamp(user)))
            _make_session_permanent()
            log.info("web login: %s", user.username)
            return None
    log.warning("web login refused (%s): %r from %s", result.outcome.value, username, _client())
    if result.outcome is LoginOutcome.LOCKED and result.locked_until is not None:
        until = local_time(result.locked_until, storage.settings().core.tz)
        return f"Слишком много неудачных попыток: вход заблокирован до {until}"
    if result.outcome is LoginOutcome.INACTIVE:
        return "Учётная запись отключена; обратитесь к администратору"
    return "Неверное имя пользователя или пароль"


def _make_session_permanent() -> None:
    from flask import session

    session.permanent = True


def _client() -> str:
    return request.remote_addr or "?"


def _safe_next(target: str | None) -> str:
    """Only a path on this site: an open redirect would let a link send people elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("dashboard.index")


@bp.route("/logout", methods=["POST"])
def logout() -> ResponseReturnValue:
    logout_user()
    flash("Вы вышли из системы.", "info")
    return redirect(url_for("auth.login"))


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    app.before_request(_require_login)
    app.register_blueprint(bp)

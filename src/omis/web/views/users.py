"""Users (administrators only): add, change role, disable, reset password, unlock.

The last active administrator can be neither demoted nor disabled, so the interface can
never lock everybody out of this page.
"""

from __future__ import annotations

from functools import partial

from flask import Blueprint, Flask, render_template, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from wtforms import PasswordField, SelectField, StringField
from wtforms.validators import EqualTo, InputRequired, Length

from omis.core.clock import now
from omis.core.errors import UsageError
from omis.core.models import User
from omis.web import accounts, storage
from omis.web.accounts import Role
from omis.web.actions import action, done, must_get, writing
from omis.web.auth import require_role
from omis.web.forms import REQUIRED, PostForm, options

bp = Blueprint("users", __name__)

ROLE_CHOICES = options((role.value, role.label) for role in Role)


class PasswordFields(PostForm):
    password = PasswordField(
        "Пароль",
        [
            InputRequired(REQUIRED),
            Length(
                min=accounts.MIN_PASSWORD,
                max=accounts.MAX_PASSWORD,
                message=f"От {accounts.MIN_PASSWORD} до 256 символов",
            ),
        ],
    )
    password2 = PasswordField(
        "Пароль ещё раз", [InputRequired(REQUIRED), EqualTo("password", "Пароли не совпадают")]
    )


class NewUserForm(PasswordFields):
    username = StringField("Имя пользователя", [InputRequired(REQUIRED), Length(max=64)])
    role = SelectField("Роль", choices=ROLE_CHOICES, default=Role.OPERATOR.value)


class RoleForm(PostForm):
    role = SelectField("Роль", choices=ROLE_CHOICES)


def _page(
    code: int = 200,
    new_form: NewUserForm | None = None,
    password_forms: dict[int, PasswordFields] | None = None,
) -> ResponseReturnValue:
    users = accounts.list_users(storage.reader())
    body = render_template(
        "users/index.html",
        users=users,
        locks=accounts.locks(storage.reader(), now()),
        new_form=new_form or NewUserForm(formdata=None),
        password_forms=password_forms or {},
        blank_password=PasswordFields(formdata=None),
        roles=list(Role),
        now=now(),
    )
    return body, code


@bp.route("/users", strict_slashes=False)
@require_role(Role.ADMIN)
def index() -> ResponseReturnValue:
    return _page()


@action(bp, "/users", Role.ADMIN)
def create() -> ResponseReturnValue:
    form = NewUserForm()
    with writing(form, "username", partial(_page, 422), UsageError) as session:
        accounts.add_user(session, form.username.data, Role(form.role.data), form.password.data)
    return _back(f"Пользователь «{form.username.data.strip()}» добавлен.")


def _user(session: Session, user_id: int) -> User:
    return must_get(session, User, user_id, f"Пользователь №{user_id} не найден.")


def _back(message: str, category: str = "success") -> ResponseReturnValue:
    return done(message, url_for("users.index"), category)


def _other_active_admins(session: Session, user: User) -> int:
    query = select(func.count()).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id
    )
    return int(session.scalar(query) or 0)


@action(bp, "/users/<id:user_id>/role", Role.ADMIN)
def change_role(user_id: int) -> ResponseReturnValue:
    form = RoleForm()
    if not form.validate():
        return _back("Неизвестная роль.", "error")
    with storage.writer() as session:
        user = _user(session, user_id)
        if (
            user.role == Role.ADMIN
            and form.role.data != Role.ADMIN
            and not _other_active_admins(session, user)
        ):
            return _back("Это последний администратор: роль не изменена.", "error")
        user.role = Role(form.role.data).value
        name = user.username
    return _back(f"Роль пользователя «{name}»: {Role(form.role.data).label}.")


@action(bp, "/users/<id:user_id>/active", Role.ADMIN)
def toggle_active(user_id: int) -> ResponseReturnValue:
    with storage.writer() as session:
        user = _user(session, user_id)
        if user.active and user.role == Role.ADMIN and not _other_active_admins(session, user):
            return _back("Это последний администратор: его нельзя отключить.", "error")
        user.active = not user.active
        if not user.active:
            accounts.end_sessions(session, user)
        state, name = ("включён" if user.active else "отключён"), user.username
    return _back(f"Пользователь «{name}» {state}.")


@action(bp, "/users/<id:user_id>/password", Role.ADMIN)
def set_password(user_id: int) -> ResponseReturnValue:
    form = PasswordFields()
    with storage.writer() as session:
        user = _user(session, user_id)
        if form.validate():
            accounts.set_password(user, form.password.data)
            name = user.username
        else:
            name = None
    if name is None:
        return _page(422, password_forms={user_id: form})
    return _back(f"Пароль пользователя «{name}» изменён; его прежние сеансы завершены.")


@action(bp, "/users/<id:user_id>/unlock", Role.ADMIN)
def unlock(user_id: int) -> ResponseReturnValue:
    with storage.writer() as session:
        user = _user(session, user_id)
        accounts.unlock(session, user)
        name = user.username
    return _back(f"Вход пользователя «{name}» разблокирован.")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

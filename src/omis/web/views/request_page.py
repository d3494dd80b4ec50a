"""One request: its positions, its timeline, and the operator's actions on it.

Every action is a POST that validates on the server; a refused form is shown again on
the same page with the message next to the field (HTTP 422), a successful one redirects
back to the page (so a reload does not repeat it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import Blueprint, Flask, render_template, url_for
from flask.typing import ResponseReturnValue
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from omis.contractors import store as contractors
from omis.core.clock import now
from omis.core.errors import UsageError, must_exist
from omis.core.timefmt import local_time
from omis.reminders import snooze
from omis.requests import store
from omis.requests.lifecycle import Actor, Status, next_status
from omis.requests.models import Position, Request, StatusChange
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, sentence, submitted, writing
from omis.web.auth import current
from omis.web.forms import (
    REQUIRED,
    PostForm,
    options,
    position_digits,
    reason_field,
    status_choices,
)
from omis.web.queries.delays import delay_limits, is_delayed, own_limits
from omis.web.queries.timeline import timeline
from omis.web.views import contractors as contractor_views
from omis.web.views.snooze import default_until

bp = Blueprint("request", __name__)
F = TypeVar("F", bound=PostForm)

REASON_HINT = "Причина попадёт в историю заявки"


class StatusForm(PostForm):
    position = SelectField("Позиция", [InputRequired(REQUIRED)], choices=[])
    status = SelectField("Новый статус", [InputRequired(REQUIRED)], choices=status_choices())
    reason = reason_field("Причина", "Укажите причину смены статуса")


class CommentForm(PostForm):
    # Posted from a hidden field in each position's row: an unknown one is named in Russian.
    position = SelectField("Позиция", [InputRequired(REQUIRED)], choices=[], validate_choice=False)
    comment = TextAreaField("Комментарий", [Optional(), Length(max=store.MAX_COMMENT)])
    author = StringField("Автор", [Optional(), Length(max=store.MAX_AUTHOR)])

    def validate_position(self, field: SelectField) -> None:
        if field.data not in {str(value) for value, *_ in field.iter_choices()}:
            raise ValidationError(f"Позиции {field.data[:20]} в заявке нет")


class PositionForm(PostForm):
    number = StringField("Номер позиции", [InputRequired(REQUIRED), position_digits])
    comment = TextAreaField("Комментарий", [Optional(), Length(max=store.MAX_COMMENT)])
    author = StringField("Автор", [Optional(), Length(max=store.MAX_AUTHOR)])


class OwnerForm(PostForm):
    contractor = SelectField("Подрядчик", choices=[], default="")


class CloseForm(PostForm):
    reason = reason_field("Причина закрытия", "Укажите причину закрытия")


def _load(number: str) -> Request:
    found = store.get_request(storage.reader(), number)
    return must_exist(found, f"Заявка №{number} не найдена.")


def _forms(request: Request, **bound: PostForm) -> dict[str, PostForm]:
    """The page's four forms: the submitted one as bound, the others fresh."""
    choices = options((p.number, p.number) for p in request.positions)
    forms: dict[str, PostForm] = {
        "status_form": bound.get("status_form") or StatusForm(formdata=None),
        "comment_form": bound.get("comment_form") or CommentForm(formdata=None),
        "position_form": bound.get("position_form") or PositionForm(formdata=None),
        "close_form": bound.get("close_form") or CloseForm(formdata=None),
        "owner_form": bound.get("owner_form") or OwnerForm(formdata=None),
    }
    forms["status_form"].position.choices = choices
    if "status_form" not in bound:
        _suggest_status(forms["status_form"], request)
    forms["comment_form"].position.choices = choices
    forms["owner_form"].contractor.choices = _owner_choices(request)
    if "owner_form" not in bound:
        forms["owner_form"].contractor.data = str(request.contractor_id or "")
    return forms


def _suggest_status(form: PostForm, request: Request) -> None:
    """Preselect the first open position and the status after its current one (a closed
    request: its first position as it is), so the form never proposes a step back."""
    positions = list(request.positions)
    if not positions:
        return
    chosen = next((p for p in positions if not p.status_enum.is_final), positions[0])
    form.position.data = chosen.number
    form.status.data = next_status(chosen.status_enum).value


def _owner_choices(request: Request) -> list[Any]:
    listed = contractor_views.choices()
    if request.contractor is not None and not request.contractor.active:
        listed.append((str(request.contractor.id), f"{request.contractor.name} (отключён)"))
    return options(listed, "не указан")


def _page(number: str, code: int = 200, **bound: PostForm) -> ResponseReturnValue:
    request = _load(number)
    settings, moment = storage.settings(), now()
    limits, own = delay_limits(settings.reminders), own_limits(storage.reader())
    late = {
        p.id: is_delayed(p.status, p.status_changed_at, limits, moment, own, request.contractor_id)
        for p in request.positions
    }
    comments = {p.number: (p.comment or "", p.comment_author or "") for p in request.positions}
    body = render_template(
        "requests/show.html",
        req=request,
        late=late,
        comments=comments,
        events=timeline(storage.reader(), request),
        paused=snooze.active_for(storage.reader(), list(request.positions), moment),
        default_until=default_until(moment),
        here=url_for("request.show", number=number),
        **_forms(request, **bound),
    )
    return body, code


def _refused(number: str, name: str) -> Callable[[PostForm], ResponseReturnValue]:
    """The page again with the refused form ``name`` as typed, and its messages (HTTP 422)."""
    return lambda form: _page(number, 422, **{name: form})


def _submitted(number: str, name: str, form: F) -> F:
    """The posted ``form`` (``name`` is what the page calls it), validated against the
    request's positions and contractors; a refused one comes back on the page."""
    _forms(_load(number), **{name: form})
    return submitted(form, _refused(number, name))


def _back(number: str, message: str, category: str = "success") -> ResponseReturnValue:
    return done(message, url_for("request.show", number=number), category)


@bp.route("/requests/<number>")
def show(number: str) -> ResponseReturnValue:
    return _page(number)


def _position(session: Any, number: str, position: str, *, locked: bool = False) -> Position:
    found = store.find_position(session, number, position, locked=locked)
    return must_exist(found, f"Позиция {position} заявки №{number} не найдена.")


@action(bp, "/requests/<number>/status", Role.OPERATOR)
def change_status(number: str) -> ResponseReturnValue:
    form = _submitted(number, "status_form", StatusForm())
    event = store.StatusEvent(
        Status(form.status.data), Actor.OPERATOR, current().username, form.reason.data.strip()
    )
    with storage.writer() as session:
        position = _position(session, number, form.position.data, locked=True)
        earlier = store.repeated_change(session, position, event)
        if earlier is not None:  # the same form again: nothing to decide, nothing to record
            return _back(number, _already_set(form.position.data, earlier), "info")
        change = store.change_status(session, position, event)
        applied, refusal = change.verdict == "applied", change.reason
    if applied:
        return _back(number, f"Позиция {form.position.data}: статус «{form.status.data}».")
    return _back(number, sentence(f"Статус не изменён: {refusal}"), "warning")


def _already_set(position: str, earlier: StatusChange) -> str:
    when = local_time(earlier.recorded_at, storage.settings().core.tz)
    return (
        f"Позиция {position}: статус «{earlier.to_status}» уже установлен — вами, {when}, "
        "с той же причиной. Повторная отправка формы ничего не изменила."
    )


@action(bp, "/requests/<number>/comment", Role.OPERATOR)
def edit_comment(number: str) -> ResponseReturnValue:
    form = _submitted(number, "comment_form", CommentForm())
    with storage.writer() as session:
        position = _position(session, number, form.position.data)
        store.edit_comment(
            session, position, form.comment.data, form.author.data or current().username
        )
    return _back(number, f"Комментарий позиции {form.position.data} сохранён.")


@action(bp, "/requests/<number>/positions", Role.OPERATOR)
def add_position(number: str) -> ResponseReturnValue:
    _load(number)  # a 404 for an unknown request: the store would create it
    form = PositionForm()
    with writing(form, "number", _refused(number, "position_form"), UsageError) as session:
        new = store.NewPosition(number, form.number.data, form.comment.data, form.author.data)
        store.add_position(session, new, actor=Actor.OPERATOR, actor_name=current().username)
    return _back(number, f"Позиция {form.number.data} добавлена.")


@action(bp, "/requests/<number>/close", Role.OPERATOR)
def close(number: str) -> ResponseReturnValue:
    form = _submitted(number, "close_form", CloseForm())
    reason = f"заявка закрыта: {form.reason.data.strip()}"
    with storage.writer() as session:
        closed = store.close_request(session, number, current().username, reason)
    if closed:
        return _back(number, f"Заявка №{number} закрыта ({closed} поз.).")
    return _back(number, f"Заявка №{number} уже закрыта.", "info")


@action(bp, "/requests/<number>/contractor", Role.OPERATOR)
def change_contractor(number: str) -> ResponseReturnValue:
    form = _submitted(number, "owner_form", OwnerForm())
    with storage.writer() as session:
        found = store.require_request(session, number)
        chosen = form.contractor.data
        owner = contractors.require_id(session, int(chosen)) if chosen else None
        found.contractor_id = owner.id if owner else None
    shown = f"«{owner.name}»" if owner else "не указан"
    return _back(number, f"Подрядчик заявки №{number}: {shown}.")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

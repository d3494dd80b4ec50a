"""«Напоминать после …» on a late position (dashboard, request page): pause and resume.

The small forms sit inside other pages, so a refusal comes back as a message on the page
the operator was on (a redirect, through the same check as the login's ``next``), not as
a page of its own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import Blueprint, Flask
from flask.typing import ResponseReturnValue
from sqlalchemy.orm import Session
from wtforms import DateTimeLocalField, HiddenField, StringField
from wtforms.validators import DataRequired, InputRequired, Length

from omis.core.clock import now
from omis.core.errors import OmisError
from omis.core.timefmt import local_time
from omis.reminders import snooze
from omis.requests.models import Position
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, must_get
from omis.web.auth import current, safe_next
from omis.web.forms import REQUIRED, PostForm, stripped

bp = Blueprint("snooze", __name__)

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class SnoozeForm(PostForm):
    until = DateTimeLocalField("Напоминать после", [InputRequired(REQUIRED)], format=LOCAL_FORMAT)
    comment = StringField(
        "Комментарий",
        [DataRequired("Укажите, почему можно подождать"), Length(max=snooze.MAX_COMMENT)],
        filters=[stripped],
    )
    next = HiddenField()


def default_until(moment: datetime) -> str:
    """An hour from now, rounded up to five minutes, as the form's local time."""
    local = (moment + timedelta(hours=1)).astimezone(storage.settings().core.tz)
    local += timedelta(
        minutes=-local.minute % 5, seconds=-local.second, microseconds=-local.microsecond
    )
    return local.strftime(LOCAL_FORMAT)


def _position(session: Session, position_id: int) -> Position:
    return must_get(session, Position, position_id, f"Позиция №{position_id} не найдена.")


@action(bp, "/positions/<id:position_id>/snooze", Role.OPERATOR)
def pause(position_id: int) -> ResponseReturnValue:
    form = SnoozeForm()
    back = safe_next(form.next.data)
    if not form.validate():
        problems = "; ".join(
            f"{getattr(form, name).label.text}: {errors[0]}" for name, errors in form.errors.items()
        )
        return done(f"Напоминания не отложены: {problems}.", back, "error")
    tz = storage.settings().core.tz
    until = form.until.data.replace(tzinfo=tz)
    try:
        with storage.writer() as session:
            position = _position(session, position_id)
            snooze.pause(session, position, until, form.comment.data, current().username, now())
            where = f"№{position.request.number}, поз. {position.number}"
    except OmisError as exc:
        return done(f"Напоминания не отложены: {exc}.", back, "error")
    return done(f"Напоминания по {where} отложены до {local_time(until, tz)}.", back)


@action(bp, "/positions/<id:position_id>/resume", Role.OPERATOR)
def resume(position_id: int) -> ResponseReturnValue:
    form = SnoozeForm()
    with storage.writer() as session:
        position = _position(session, position_id)
        cancelled = snooze.resume(session, position, current().username, now())
        where = f"№{position.request.number}, поз. {position.number}"
    back = safe_next(form.next.data)
    if cancelled:
        return done(f"Напоминания по {where} снова включены.", back)
    return done(f"Напоминания по {where} не были отложены.", back, "info")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

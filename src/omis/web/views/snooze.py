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
from omis.reminders.models import Snooze
from omis.requests.models import Position
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, must_get, sentence
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
            f"{getattr(form, name).label.text}: {errors[0].rstrip('.')}"
            for name, errors in form.errors.items()
        )
        return done(sentence(f"Напоминания не отложены: {problems}"), back, "error")
    tz = storage.settings().core.tz
    until = form.until.data.replace(tzinfo=tz)
    try:
        with storage.writer() as session:
            position = _position(session, position_id)
            where = f"№{position.request.number}, поз. {position.number}"
            running = _same_pause(session, position, until, form.comment.data)
            if running is not None:  # the same form again: the pause it asks for is running
                said = f"Напоминания по {where} уже отложены до {local_time(until, tz)}"
                return done(f"{said} ({running.created_by}); ничего не изменено.", back, "info")
            snooze.pause(session, position, until, form.comment.data, current().username, now())
    except OmisError as exc:
        return done(sentence(f"Напоминания не отложены: {exc}"), back, "error")
    return done(f"Напоминания по {where} отложены до {local_time(until, tz)}.", back)


def _same_pause(
    session: Session, position: Position, until: datetime, comment: str
) -> Snooze | None:
    """The position's running pause when it is the one asked for (same time, same comment):
    a repeated submit must not end it and start an identical one."""
    running = snooze.active_for(session, [position], now()).get(position.id)
    if running is None or running.until != until:
        return None
    return running if running.comment == " ".join(comment.split()) else None


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

"""Notifications: what was sent where and when, and the failures with their errors."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from wtforms import IntegerField, SelectField
from wtforms.validators import NumberRange, Optional

from omis.notify.models import KIND_LABELS, NOTIFICATION_KINDS, NOTIFICATION_STATES, Notification
from omis.web import storage
from omis.web.formatting import CHANNEL_LABELS, outcome_label
from omis.web.forms import QueryForm, options
from omis.web.queries.positions import Page

bp = Blueprint("notifications", __name__)

NOTICE_PAGE = 50


class NoticeFilterForm(QueryForm):
    channel = SelectField("Канал", choices=options(CHANNEL_LABELS.items(), "все"), default="")
    state = SelectField(
        "Состояние",
        choices=options(((s, outcome_label(s)) for s in NOTIFICATION_STATES), "все"),
        default="",
    )
    kind = SelectField(
        "Вид",
        choices=options(((k, KIND_LABELS.get(k, k)) for k in NOTIFICATION_KINDS), "все"),
        default="",
    )
    page = IntegerField("Страница", [Optional(), NumberRange(min=1)], default=1)


def notices_page(form: NoticeFilterForm) -> Page:
    """The newest notifications first, filtered by channel, state and kind."""
    query = select(Notification)
    for column, value in (
        (Notification.channel, form.channel.data),
        (Notification.state, form.state.data),
        (Notification.kind, form.kind.data),
    ):
        if value:
            query = query.where(column == value)
    session = storage.reader()
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    pages = max(1, -(-total // NOTICE_PAGE))
    number = min(max(1, form.page.data or 1), pages)
    ordered = query.order_by(Notification.id.desc())
    rows = session.scalars(ordered.limit(NOTICE_PAGE).offset((number - 1) * NOTICE_PAGE))
    return Page(list(rows), number, total, False, NOTICE_PAGE)


@bp.route("/notifications", strict_slashes=False)
def index() -> ResponseReturnValue:
    form = NoticeFilterForm(request.args)
    page = notices_page(form) if form.validate() else None
    args = {key: value for key, value in request.args.items() if key != "page" and value}
    body = render_template(
        "notifications/index.html",
        form=form,
        page=page,
        args=args,
    )
    return body, (200 if page is not None else 400)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

"""Notifications: what was sent where and when, and the failures with their errors."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from wtforms import IntegerField, SelectField
from wtforms.validators import NumberRange, Optional

from omis.web import optional, storage
from omis.web.forms import QueryForm, options
from omis.web.queries.positions import Page

bp = Blueprint("notifications", __name__)

NOTIFY_MODELS = "omis.notify.models"
NOTICE_PAGE = 50


class NoticeFilterForm(QueryForm):
    channel = SelectField("Канал", choices=options([], "все"), default="")
    status = SelectField("Состояние", choices=options([], "все"), default="")
    page = IntegerField("Страница", [Optional(), NumberRange(min=1)], default=1)


def notification_model() -> Any | None:
    return optional.attribute(NOTIFY_MODELS, "Notification")


def _distinct(model: Any, name: str) -> list[str]:
    column = model.__table__.c.get(name)
    if column is None:
        return []
    return [str(v) for v in storage.reader().scalars(select(column).distinct().order_by(column))]


def notices_page(model: Any, channel: str | None, status: str | None, number: int) -> Page:
    columns, session = model.__table__.c, storage.reader()
    query = select(model)
    if channel and "channel" in columns:
        query = query.where(columns.channel == channel)
    if status and "status" in columns:
        query = query.where(columns.status == status)
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    pages = max(1, -(-total // NOTICE_PAGE))
    number = min(max(1, number), pages)
    ordered = query.order_by(columns.id.desc())
    rows = session.scalars(ordered.limit(NOTICE_PAGE).offset((number - 1) * NOTICE_PAGE))
    return Page(list(rows), number, total, False, NOTICE_PAGE)


@bp.route("/notifications")
def index() -> ResponseReturnValue:
    model = notification_model()
    if model is None:
        return render_template("notifications/index.html", available=False)
    form = NoticeFilterForm(request.args)
    form.channel.choices = options(((c, c) for c in _distinct(model, "channel")), "все")
    form.status.choices = options(((s, s) for s in _distinct(model, "status")), "все")
    page = None
    if form.validate():
        page = notices_page(model, form.channel.data, form.status.data, form.page.data or 1)
    args = {key: value for key, value in request.args.items() if key != "page" and value}
    return render_template(
        "notifications/index.html", available=True, form=form, page=page, args=args
    ), (200 if page is not None else 400)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

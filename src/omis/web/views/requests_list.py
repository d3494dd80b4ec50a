"""The requests list: filters, search, sort, pages, and a CSV export of the same filter."""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Flask, Response, render_template, request, stream_with_context
from flask.typing import ResponseReturnValue
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField
from wtforms.validators import Length as MaxLength
from wtforms.validators import NumberRange, Optional, ValidationError

from omis.contractors.store import names as contractor_names
from omis.core.clock import now
from omis.requests.lifecycle import Status
from omis.web import storage
from omis.web.forms import QueryForm, options, sane_date, status_choices
from omis.web.queries import positions
from omis.web.queries.delays import delay_limits, is_delayed, own_limits
from omis.web.views import contractors as contractor_views

bp = Blueprint("requests", __name__)

DOMAIN_PATTERN = re.compile(r"^@?[\w.-]+$")
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


def _domain(form: Any, field: StringField) -> None:
    value = (field.data or "").strip()
    if value and not DOMAIN_PATTERN.match(value):
        raise ValidationError("Домен почты подрядчика, например podryad.ru")
    field.data = value


class FilterForm(QueryForm):
    q = StringField("Поиск", [Optional(), MaxLength(max=200, message="Не длиннее 200 символов")])
    status = SelectField("Статус", choices=status_choices("все статусы"), default="")
    delayed = BooleanField("только задержанные")
    date_from = DateField("Создана с", [Optional(), sane_date], format=DATE_FORMATS)
    date_to = DateField("по", [Optional(), sane_date], format=DATE_FORMATS)
    domain = StringField("Домен подрядчика", [Optional(), MaxLength(max=200), _domain])
    contractor = SelectField("Подрядчик", choices=[], default="")
    sort = SelectField("Порядок", choices=options(positions.SORT_LABELS.items()), default="new")
    page = IntegerField("Страница", [Optional(), NumberRange(min=1, max=1_000_000)], default=1)

    def validate_date_to(self, field: DateField) -> None:
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError("Конец периода раньше начала")

    def to_filter(self) -> positions.PositionFilter:
        return positions.PositionFilter(
            status=Status(self.status.data) if self.status.data else None,
            delayed=bool(self.delayed.data),
            created_from=self.date_from.data,
            created_to=self.date_to.data,
            domain=self.domain.data or None,
            text=(self.q.data or "").strip() or None,
            sort=self.sort.data,
            contractor=int(self.contractor.data) if self.contractor.data else None,
        )


def _filter_form() -> FilterForm:
    form = FilterForm(request.args)
    form.contractor.choices = options(contractor_views.choices(active_only=False), "все подрядчики")
    return form


def _context() -> positions.QueryContext:
    settings = storage.settings()
    return positions.QueryContext(
        dialect=storage.dialect(),
        tz=settings.core.tz,
        limits=delay_limits(settings.reminders),
        moment=now(),
        own=own_limits(storage.reader()),
    )


def _filter_args() -> dict[str, str]:
    """The current filter as query arguments (for the pager and the export link)."""
    return {key: value for key, value in request.args.items() if key != "page" and value}


@bp.route("/requests", strict_slashes=False)
def index() -> ResponseReturnValue:
    form = _filter_form()
    ctx = _context()
    page = None
    if form.validate():
        page = positions.page(storage.reader(), form.to_filter(), ctx, form.page.data or 1)
    partial = bool(request.headers.get("HX-Request"))
    if partial and page is None:
        # htmx does not swap error answers; send the browser to the full page with messages.
        return Response("", headers={"HX-Redirect": request.full_path})
    template = "requests/_results.html" if partial else "requests/index.html"
    return render_template(
        template,
        form=form,
        page=page,
        args=_filter_args(),
        late=lambda row: is_delayed(
            row.status, row.status_changed_at, ctx.limits, ctx.moment, ctx.own, row.contractor_id
        ),
        contractor_names=contractor_names(storage.reader()),
    ), (200 if page is not None else 400)


@bp.route("/requests/export.csv")
def export() -> ResponseReturnValue:
    form = _filter_form()
    if not form.validate():
        return index()
    flt, ctx, state = form.to_filter(), _context(), storage.state()

    def generate() -> Any:
        # Its own session: the response is streamed after the view has returned.
        with state.read_sessions() as session:
            yield from positions.export_csv(session, flt, ctx)

    stamp = ctx.moment.astimezone(ctx.tz).strftime("%Y%m%d-%H%M")
    return Response(
        stream_with_context(generate()),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="omis-zayavki-{stamp}.csv"'},
    )


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

"""Every letter OMIS read, with its outcome and the evidence behind it."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField
from wtforms.validators import Length, NumberRange, Optional, ValidationError

from omis.core.errors import NotFoundError
from omis.mail.models import Letter
from omis.web import storage
from omis.web.formatting import outcome_label
from omis.web.forms import QueryForm, options, sane_date
from omis.web.queries.letters import OUTCOMES, LetterFilter, letter_page
from omis.web.queries.timeline import evidence_items

bp = Blueprint("letters", __name__)

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


class LetterFilterForm(QueryForm):
    q = StringField("Поиск", [Optional(), Length(max=200, message="Не длиннее 200 символов")])
    outcome = SelectField(
        "Итог", choices=options(((o, outcome_label(o)) for o in OUTCOMES), "все"), default=""
    )
    date_from = DateField("Получено с", [Optional(), sane_date], format=DATE_FORMATS)
    date_to = DateField("по", [Optional(), sane_date], format=DATE_FORMATS)
    review_open = BooleanField("только ждущие разбора")
    page = IntegerField("Страница", [Optional(), NumberRange(min=1)], default=1)

    def validate_date_to(self, field: DateField) -> None:
        if field.data and self.date_from.data and field.data < self.date_from.data:
            raise ValidationError("Конец периода раньше начала")

    def to_filter(self) -> LetterFilter:
        return LetterFilter(
            outcome=self.outcome.data or None,
            text=(self.q.data or "").strip() or None,
            received_from=self.date_from.data,
            received_to=self.date_to.data,
            review_open=bool(self.review_open.data),
        )


@bp.route("/letters")
def index() -> ResponseReturnValue:
    form = LetterFilterForm(request.args)
    page = None
    if form.validate():
        tz = storage.settings().core.tz
        flt = form.to_filter()
        page = letter_page(storage.reader(), flt, storage.dialect(), tz, form.page.data or 1)
    args = {key: value for key, value in request.args.items() if key != "page" and value}
    body = render_template(
        "letters/index.html", form=form, page=page, args=args, evidence_items=evidence_items
    )
    return body, (200 if page is not None else 400)


@bp.route("/letters/<id:letter_id>")
def show(letter_id: int) -> ResponseReturnValue:
    letter = storage.reader().get(Letter, letter_id)
    if letter is None:
        raise NotFoundError(f"Письмо №{letter_id} не найдено.")
    return render_template(
        "letters/show.html", letter=letter, evidence=evidence_items(letter.evidence)
    )


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

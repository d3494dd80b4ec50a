"""Every letter OMIS read, with its outcome and the evidence behind it."""

from __future__ import annotations

from flask import Blueprint, Flask, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from omis.core.clock import now
from omis.core.errors import NotFoundError, OmisError
from omis.mail import undo
from omis.mail.models import Letter
from omis.web import storage
from omis.web.accounts import Role
from omis.web.auth import current, require_role
from omis.web.formatting import outcome_label
from omis.web.forms import PostForm, QueryForm, attach_error, options, stripped
from omis.web.queries.letters import OUTCOMES, LetterFilter, letter_page
from omis.web.queries.timeline import evidence_items

bp = Blueprint("letters", __name__)

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


class LetterFilterForm(QueryForm):
    q = StringField("Поиск", [Optional(), Length(max=200, message="Не длиннее 200 символов")])
    outcome = SelectField(
        "Итог", choices=options(((o, outcome_label(o)) for o in OUTCOMES), "все"), default=""
    )
    date_from = DateField("Получено с", [Optional()], format=DATE_FORMATS)
    date_to = DateField("по", [Optional()], format=DATE_FORMATS)
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


class UndoForm(PostForm):
    reason = TextAreaField(
        "Причина отмены",
        [DataRequired("Укажите, почему действие письма отменяется"), Length(max=undo.MAX_REASON)],
        filters=[stripped],
    )


def _letter(letter_id: int) -> Letter:
    letter = storage.reader().get(Letter, letter_id)
    if letter is None:
        raise NotFoundError(f"Письмо №{letter_id} не найдено.")
    return letter


def _show(letter_id: int, form: UndoForm | None = None, code: int = 200) -> ResponseReturnValue:
    letter, session = _letter(letter_id), storage.reader()
    body = render_template(
        "letters/show.html",
        letter=letter,
        evidence=evidence_items(letter.evidence),
        undoable=undo.undoable(session, letter),
        undos=undo.history(session, letter_id),
        undo_form=form or UndoForm(formdata=None),
    )
    return body, code


@bp.route("/letters/<int:letter_id>")
def show(letter_id: int) -> ResponseReturnValue:
    return _show(letter_id)


@bp.route("/letters/<int:letter_id>/undo", methods=["POST"])
@require_role(Role.OPERATOR)
def take_back(letter_id: int) -> ResponseReturnValue:
    """Undo what the letter did (see :mod:`omis.mail.undo`); refused: said on the page."""
    _letter(letter_id)
    form = UndoForm()
    if not form.validate():
        return _show(letter_id, form, 422)
    try:
        with storage.writer() as session:
            undo.undo(
                session, letter_id, form.reason.data, current().username, now(),
                storage.settings().core.tz,
            )  # fmt: skip
    except OmisError as exc:
        attach_error(form, "reason", exc)
        return _show(letter_id, form, 422)
    flash("Действие письма отменено, письмо вернулось в очередь разбора.", "success")
    return redirect(url_for("review.show", letter_id=letter_id))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

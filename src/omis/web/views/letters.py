"""Every letter OMIS read, with its outcome and the evidence behind it."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from flask import Blueprint, Flask, Response, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy.orm import Session
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField
from wtforms.validators import Length, NumberRange, Optional, ValidationError

from omis.core.clock import now
from omis.core.errors import must_exist
from omis.core.timefmt import local_time
from omis.mail import export as letter_export
from omis.mail import undo
from omis.mail.models import Letter
from omis.mail.replay import ACTION_TEXT, describe_key, replay
from omis.mail.rules import default_rules
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, must_get, writing
from omis.web.auth import current, require_role
from omis.web.formatting import outcome_label
from omis.web.forms import PostForm, QueryForm, options, reason_field, sane_date
from omis.web.queries.letters import OUTCOMES, LetterFilter, existing_requests, letter_page
from omis.web.queries.positions import local_day_start
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


@bp.route("/letters", strict_slashes=False)
def index() -> ResponseReturnValue:
    form = LetterFilterForm(request.args)
    page = None
    if form.validate():
        tz = storage.settings().core.tz
        flt = form.to_filter()
        page = letter_page(storage.reader(), flt, storage.dialect(), tz, form.page.data or 1)
    args = {key: value for key, value in request.args.items() if key != "page" and value}
    numbers = [letter.request_number for letter in page.rows] if page is not None else []
    body = render_template(
        "letters/index.html",
        form=form,
        page=page,
        args=args,
        evidence_items=evidence_items,
        known=existing_requests(storage.reader(), numbers),
    )
    return body, (200 if page is not None else 400)


class UndoForm(PostForm):
    reason = reason_field(
        "Причина отмены", "Укажите, почему действие письма отменяется", undo.MAX_REASON
    )


def stored_letter(letter_id: int) -> Letter:
    """The letter of a page's address (its page here, its review page), or a 404."""
    return must_get(storage.reader(), Letter, letter_id, f"Письмо №{letter_id} не найдено.")


@bp.route("/letters/<id:letter_id>")
def show(letter_id: int, form: UndoForm | None = None, code: int = 200) -> ResponseReturnValue:
    """The letter's page; a refused undo shows it again with its ``form`` (and ``code``)."""
    letter, session = stored_letter(letter_id), storage.reader()
    body = render_template(
        "letters/show.html",
        letter=letter,
        known=existing_requests(session, [letter.request_number]),
        evidence=evidence_items(letter.evidence),
        undoable=undo.undoable(session, letter),
        undos=undo.history(session, letter_id),
        undo_form=form or UndoForm(formdata=None),
    )
    return body, code


@action(bp, "/letters/<id:letter_id>/undo", Role.OPERATOR)
def take_back(letter_id: int) -> ResponseReturnValue:
    """Undo what the letter did (see :mod:`omis.mail.undo`); refused: said on the page."""
    if (handled := _nothing_to_undo(storage.reader(), stored_letter(letter_id))) is not None:
        return handled
    form = UndoForm()
    with writing(form, "reason", partial(show, letter_id, code=422)) as session:
        # Locked (FOR UPDATE on PostgreSQL): two posts must not both undo it.
        letter = must_exist(
            session.get(Letter, letter_id, with_for_update=True), f"Письмо №{letter_id} не найдено."
        )
        if (handled := _nothing_to_undo(session, letter)) is not None:
            return handled
        undo.undo(
            session, letter_id, form.reason.data, current().username, now(),
            storage.settings().core.tz,
        )  # fmt: skip
    message = "Действие письма отменено, письмо вернулось в очередь разбора."
    return done(message, url_for("review.show", letter_id=letter_id))


def _nothing_to_undo(session: Session, letter: Letter) -> ResponseReturnValue | None:
    """None while the letter has changes to undo; else its page, saying why there is nothing
    (undone already, in another tab or by a colleague: by whom and when) instead of a form
    that is no longer there."""
    if undo.undoable(session, letter):
        return None
    undos = undo.history(session, letter.id)
    if undos:
        last = undos[-1]
        when = local_time(last.undone_at, storage.settings().core.tz)
        message = f"действие письма №{letter.id} уже отменено ({last.undone_by}, {when})"
    else:
        message = f"письмо №{letter.id} не меняло статусов, отменять нечего"
    return done(
        f"Не выполнено: {message}.", url_for("letters.show", letter_id=letter.id), "warning"
    )


class ExportForm(QueryForm):
    format = SelectField(
        "Формат", choices=options([("csv", "CSV"), ("json", "JSON")]), default="csv"
    )
    date_from = DateField("Получено с", [Optional(), sane_date], format=DATE_FORMATS)


@bp.route("/letters/export")
def export() -> ResponseReturnValue:
    """Every stored letter (from a date) as CSV or JSON, the columns of ``omis letters export``."""
    form = ExportForm(request.args)
    if not form.validate():
        if form.date_from.errors:
            # The letters page, where the date is typed, says what is wrong with it (400):
            # its filter checks the date the same way.
            return index()
        return "Формат выгрузки: csv или json", 400
    tz = storage.settings().core.tz
    since = local_day_start(form.date_from.data, tz) if form.date_from.data else None
    session = storage.reader()
    records = [letter_export.record(letter, tz) for letter in letter_export.letters(session, since)]
    if form.format.data == "json":
        body, kind = letter_export.to_json(records), "application/json"
    else:
        body, kind = letter_export.to_csv(records), "text/csv"
    name = f"letters.{form.format.data}"
    return Response(
        body,
        mimetype=kind,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


class ReplayFilter(QueryForm):
    date_from = DateField("Письма, полученные с", [Optional(), sane_date], format=DATE_FORMATS)


class ReplayForm(PostForm):
    date_from = DateField("Письма, полученные с", [Optional(), sane_date], format=DATE_FORMATS)


REPLAY_DAYS = 30


@bp.route("/letters/replay")
@require_role(Role.ADMIN)
def replay_page() -> ResponseReturnValue:
    """The stored letters whose decision differs under the current rules (nothing changes)."""
    form = ReplayFilter(request.args)
    tz = storage.settings().core.tz
    if not form.validate():
        return render_template("letters/replay.html", form=form, changes=None), 400
    day = form.date_from.data or (now().astimezone(tz) - timedelta(days=REPLAY_DAYS)).date()
    form.date_from.data = day
    mode = storage.settings().mail.mail_sender_check
    changes = replay(
        storage.reader(), default_rules(), since=local_day_start(day, tz), sender_check=mode
    )
    return render_template(
        "letters/replay.html",
        form=form,
        changes=changes,
        describe_key=describe_key,
        actions=ACTION_TEXT,
    )


@action(bp, "/letters/replay", Role.ADMIN)
def replay_apply() -> ResponseReturnValue:
    """Carry out what the lifecycle allows; the same as ``omis mail replay --apply``."""
    form = ReplayForm()
    if not form.validate():
        # The page again, the message beside the date; nothing was changed.
        return render_template("letters/replay.html", form=form, changes=None), 422
    tz = storage.settings().core.tz
    since = local_day_start(form.date_from.data, tz) if form.date_from.data else None
    with storage.writer() as session:
        mode = storage.settings().mail.mail_sender_check
        changes = replay(session, default_rules(), since=since, apply=True, sender_check=mode)
    changed = sum(change.done for change in changes)
    day = form.date_from.data.isoformat() if form.date_from.data else ""
    return done(
        f"Перепроверка выполнена: изменено писем {changed} из {len(changes)}.",
        url_for("letters.replay_page", date_from=day),
    )


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

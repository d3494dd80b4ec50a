"""New requests: the form for one request, and the CSV import (upload, preview, confirm).

The check step keeps the uploaded file on the server (:mod:`omis.web.uploads`) and the
preview carries only its token, so a file near the upload limit can be confirmed too. The
confirmation reads that same file, of that same login, and parses and checks it again
before storing anything: what changed in the store since the check stops it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from flask import Blueprint, Flask, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.file import FileField
from sqlalchemy.orm import Session
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, Regexp, ValidationError

from omis.contractors import store as contractors
from omis.core.errors import UsageError, path_problem
from omis.requests import csvio, store
from omis.requests.lifecycle import Actor
from omis.web import storage, uploads
from omis.web.accounts import Role
from omis.web.actions import action, sentence
from omis.web.auth import current, require_role
from omis.web.forms import REQUIRED, PostForm, attach_error, digits, options, visible_only
from omis.web.views import contractors as contractor_views

log = logging.getLogger(__name__)
bp = Blueprint("intake", __name__)

PREVIEW_ROWS = 200
_POSITION_SPLIT = re.compile(r"[\s,;]+")
# Enough to catch typos; the address is only shown and filtered on, never mailed to.
EMAIL_PATTERN = re.compile(r"^[^@\s<>]+@[\w-]+(\.[\w-]+)+$")


def _position_list(form: Any, field: StringField) -> None:
    numbers = [part for part in _POSITION_SPLIT.split(field.data or "") if part]
    if not numbers:
        raise ValidationError("Укажите хотя бы одну позицию")
    for number in numbers:
        try:
            store.validate_position_number(number)
        except UsageError as exc:
            raise ValidationError(str(exc)) from None
    # 01 and 1 are one position (as in the store).
    if len({int(number) for number in numbers}) != len(numbers):
        raise ValidationError("Позиции повторяются (01 и 1 — одна позиция)")
    field.data = ", ".join(numbers)


class NewRequestForm(PostForm):
    number = StringField("Номер заявки", [InputRequired(REQUIRED), digits])
    positions = StringField("Позиции", [InputRequired(REQUIRED), _position_list], default="1")
    contractor_email = StringField(
        "Почта подрядчика",
        [
            Optional(),
            Length(max=255),
            visible_only,
            Regexp(EMAIL_PATTERN, message="Адрес почты, например dispatcher@podryad.ru"),
        ],
    )
    comment = TextAreaField("Комментарий", [Optional(), Length(max=store.MAX_COMMENT)])
    author = StringField("Автор комментария", [Optional(), Length(max=store.MAX_AUTHOR)])
    contractor = SelectField("Подрядчик", choices=[], default="")


@bp.route("/requests/new", methods=["GET", "POST"])
@require_role(Role.OPERATOR)
def new() -> ResponseReturnValue:
    form = NewRequestForm()
    form.contractor.choices = options(contractor_views.choices(), "не указан (по адресу почты)")
    if form.validate_on_submit():
        try:
            warning = _create(form)
        except store.TooManyPositionsError as exc:
            attach_error(form, "positions", _sentence(str(exc)))
        except contractors.AddressOfAnother as exc:
            attach_error(form, "contractor_email", _sentence(str(exc)))
        except UsageError as exc:
            attach_error(form, "number", exc)
        else:
            flash(f"Заявка №{form.number.data} зарегистрирована.", "success")
            if warning is not None:
                flash(sentence(f"Внимание: {warning}"), "warning")
            return redirect(url_for("request.show", number=form.number.data))
    code = 422 if form.errors else 200
    return render_template("requests/new.html", form=form), code


def _create(form: NewRequestForm) -> str | None:
    """Register the request; a warning about its contractor's address, if any."""
    user = current().username
    email = (form.contractor_email.data or "").strip() or None
    with storage.writer() as session:
        if store.get_request(session, form.number.data) is not None:
            raise UsageError(
                f"Заявка №{form.number.data} уже есть; добавьте позицию на её странице"
            )
        chosen = form.contractor.data
        picked = contractors.require_id(session, int(chosen)) if chosen else None
        owner = contractors.request_owner(session, picked, email)
        news = [
            store.NewPosition(form.number.data, number, form.comment.data, form.author.data or None)
            for number in _POSITION_SPLIT.split(form.positions.data)
        ]
        [position, *_] = store.add_positions(session, news, actor=Actor.OPERATOR, actor_name=user)
        position.request.contractor_email = email
        if owner is not None:
            contractors.attach(position.request, owner)
        return contractors.address_warning(session, owner, email)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class UploadForm(PostForm):
    file = FileField("Файл CSV")
    skip_invalid = BooleanField("загрузить верные строки, пропустив строки с ошибками")

    def validate_file(self, field: FileField) -> None:
        if not field.data or not getattr(field.data, "filename", ""):
            raise ValidationError("Выберите файл CSV")


class ConfirmForm(PostForm):
    upload = HiddenField()  # the token of the checked file (omis.web.uploads)
    filename = HiddenField()
    skip_invalid = HiddenField()


def checked_files() -> uploads.CheckedFiles:
    settings = storage.settings()
    return uploads.CheckedFiles(
        settings.core.data_dir / uploads.FOLDER, uploads.max_age(settings.web.session_hours)
    )


@bp.route("/requests/import", methods=["GET", "POST"])
@require_role(Role.OPERATOR)
def upload() -> ResponseReturnValue:
    form = UploadForm()
    if not form.validate_on_submit():
        code = 422 if form.errors else 200
        return render_template("requests/import.html", form=form), code
    data = form.file.data.read()
    return _preview(data, form.file.data.filename, bool(form.skip_invalid.data))


def _preview(data: bytes, filename: str, skip_invalid: bool) -> ResponseReturnValue:
    report = csvio.parse_csv(data)
    existing_errors(storage.reader(), report)
    storable = _storable(report, skip_invalid)
    confirm = ConfirmForm(formdata=None)
    confirm.filename.data = filename
    confirm.skip_invalid.data = "1" if skip_invalid else ""
    if storable:
        confirm.upload.data = _keep(data)
    return render_template(
        "requests/import_preview.html",
        report=report,
        rows=report.rows[:PREVIEW_ROWS],
        hidden_rows=max(0, len(report.rows) - PREVIEW_ROWS),
        filename=filename,
        skip_invalid=skip_invalid,
        storable=storable,
        good=_storable(report, skip_invalid=True),
        confirm=confirm,
    )


def _keep(data: bytes) -> str | None:
    """The token of ``data`` kept for the confirmation; None (and a message) when the
    data folder cannot be written."""
    files = checked_files()
    try:
        return files.keep(current().token, data)
    except OSError as exc:
        problem = path_problem(exc) or exc.strerror or str(exc)
        log.error("веб: проверенный файл не сохранён в %s: %s", files.root, problem)
        flash(
            f"Файл проверен, но загрузить его нельзя: не удалось сохранить его на сервере "
            f"({problem}). Сообщите администратору: нужен доступ на запись к каталогу "
            "данных (OMIS_DATA_DIR).",
            "error",
        )
        return None


def _storable(report: csvio.ImportReport, skip_invalid: bool) -> int:
    bad = {error.line for error in report.errors}
    if bad and not skip_invalid:
        return 0
    return sum(1 for line, _ in report.rows if line not in bad)


def existing_errors(session: Session, report: csvio.ImportReport) -> None:
    """The errors the import would find against the store, shown before it runs."""
    csvio.stored_errors(session, report)
    report.errors.sort(key=lambda error: error.line)


@action(bp, "/requests/import/confirm", Role.OPERATOR)
def confirm() -> ResponseReturnValue:
    form = ConfirmForm()
    files, login, token = checked_files(), current().token, form.upload.data or ""
    data = files.read(login, token)
    if data is None:
        flash(
            "Проверенный файл не найден (он уже загружен или проверка устарела); "
            "выберите файл и проверьте его ещё раз.",
            "error",
        )
        return redirect(url_for("intake.upload"))
    skip_invalid = bool(form.skip_invalid.data)
    report = csvio.parse_csv(data)
    with storage.writer() as session:
        csvio.import_csv(session, report, skip_invalid=skip_invalid, actor_name=current().username)
    # Loaded, or refused by what changed since the check (the preview says what): either
    # way this check is spent. A failed write (the store busy) keeps it for another try.
    files.forget(login, token)
    if report.errors and not skip_invalid:
        flash(f"Ничего не загружено: ошибок {len(report.errors)}.", "error")
        return _preview(data, form.filename.data or "файл", skip_invalid)
    skipped = f"; пропущено строк с ошибками: {len(report.errors)}" if report.errors else ""
    flash(f"Загружено позиций: {report.imported}{skipped}.", "success")
    return redirect(url_for("requests.index", sort="new"))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

"""The contractor directory (changes by administrators): list, add, edit, disable, CSV.

Every change goes through :mod:`omis.contractors.store`, as the command line's does; a
refused form comes back with the message next to the field (HTTP 422).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from flask import Blueprint, Flask, Response, flash, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.file import FileField
from sqlalchemy import func, select
from wtforms import BooleanField, HiddenField, IntegerField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from omis.contractors import csvio, store
from omis.contractors.models import Contractor
from omis.contractors.store import ContractorData
from omis.core.clock import now
from omis.core.errors import OmisError
from omis.requests.models import Request
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, must_get, sentence, writing
from omis.web.forms import REQUIRED, PostForm, stripped

bp = Blueprint("contractors", __name__)

LIMIT_FIELDS = csvio.LIMIT_COLUMNS
# The existing contractor of a taken name is a row of the list on the same page.
WEB_EDIT_HINT = " — изменить его можно по ссылке «изменить» в его строке списка"
_MINUTES = [Optional(), NumberRange(min=1, max=525_600, message="От 1 до 525600 минут")]


class ContractorForm(PostForm):
    name = StringField("Название", [InputRequired(REQUIRED), Length(max=200)], filters=[stripped])
    emails = TextAreaField(
        "Адреса почты",
        [Optional(), Length(max=4000)],
        description="через запятую или с новой строки",
    )
    domains = StringField(
        "Домены", [Optional(), Length(max=2000)], description="например stroyservis.ru"
    )
    limit_sent = IntegerField("заявка отправлена", _MINUTES)
    limit_accepted = IntegerField("заявка принята", _MINUTES)
    limit_en_route = IntegerField("подрядчик в пути", _MINUTES)
    limit_on_site = IntegerField("подрядчик на месте", _MINUTES)
    escalation_chat = StringField("Чат Telegram для эскалаций", [Optional(), Length(max=64)])
    escalation_email = StringField("Почта для эскалаций", [Optional(), Length(max=320)])
    active = BooleanField("действует", default=True)
    # The edit form's: the store.stamp of the state it was loaded from.
    loaded = HiddenField()

    def data_object(self) -> ContractorData:
        limits = {
            status.value: getattr(self, column).data
            for column, status in LIMIT_FIELDS.items()
            if getattr(self, column).data
        }
        return ContractorData(
            self.name.data,
            tuple(store.split_list(self.emails.data)),
            tuple(store.split_list(self.domains.data)),
            limits,
            self.escalation_chat.data or None,
            self.escalation_email.data or None,
            bool(self.active.data),
        )

    def fill(self, contractor: Contractor) -> ContractorForm:
        self.name.data = contractor.name
        self.emails.data = "\n".join(contractor.emails)
        self.domains.data = ", ".join(contractor.domains)
        for column, status in LIMIT_FIELDS.items():
            getattr(self, column).data = (contractor.status_limits or {}).get(status.value)
        self.escalation_chat.data = contractor.escalation_chat or ""
        self.escalation_email.data = contractor.escalation_email or ""
        self.active.data = contractor.active
        self.loaded.data = store.stamp(contractor)
        return self


class ImportForm(PostForm):
    file = FileField("Файл CSV")


def _field_of(error: OmisError) -> str:
    """Which field a message of the store is about (it names it in its first words)."""
    text = str(error)
    for prefix, field in (("адрес", "emails"), ("домен", "domains"), ("чат", "escalation_chat"),
                          ("предел", "limit_sent")):  # fmt: skip
        if text.startswith(prefix):
            return field
    return "escalation_email" if "эскалац" in text else "name"


def _request_counts() -> dict[int, int]:
    query = (
        select(Request.contractor_id, func.count())
        .where(Request.contractor_id.is_not(None))
        .group_by(Request.contractor_id)
    )
    rows = storage.reader().execute(query)
    return {int(owner or 0): int(count) for owner, count in rows}


def _index(
    code: int = 200, form: ContractorForm | None = None, errors: list[str] | None = None
) -> ResponseReturnValue:
    body = render_template(
        "contractors/index.html",
        contractors=store.list_all(storage.reader()),
        requests=_request_counts(),
        form=form or ContractorForm(formdata=None),
        import_form=ImportForm(formdata=None),
        import_errors=errors or [],
        limit_fields=LIMIT_FIELDS,
    )
    return body, code


@bp.route("/contractors", strict_slashes=False)
def index() -> ResponseReturnValue:
    return _index()


@action(bp, "/contractors", Role.ADMIN)
def create() -> ResponseReturnValue:
    form = ContractorForm()
    with writing(form, _field_of, partial(_index, 422)) as session:
        name = store.add(session, form.data_object(), WEB_EDIT_HINT).name
    _warn(form.data_object())
    return done(f"Подрядчик «{name}» добавлен.", url_for("contractors.index"))


def _warn(data: ContractorData) -> None:
    for warning in store.public_domain_warnings(data):
        flash(sentence(f"Внимание: {warning}"), "warning")


def _contractor(contractor_id: int) -> Contractor:
    missing = f"Подрядчик №{contractor_id} не найден."
    return must_get(storage.reader(), Contractor, contractor_id, missing)


@bp.route("/contractors/<id:contractor_id>")
def edit(
    contractor_id: int,
    form: ContractorForm | None = None,
    code: int = 200,
    conflict: str | None = None,
) -> ResponseReturnValue:
    """The contractor's form; a refused change shows it again as typed (and ``code``)."""
    contractor = _contractor(contractor_id)
    body = render_template(
        "contractors/edit.html",
        contractor=contractor,
        form=form or ContractorForm(formdata=None).fill(contractor),
        limit_fields=LIMIT_FIELDS,
        conflict=conflict,
    )
    return body, code


@action(bp, "/contractors/<id:contractor_id>", Role.ADMIN)
def update(contractor_id: int) -> ResponseReturnValue:
    """Save the form, unless the contractor changed since the form was loaded: saving it
    then would silently undo that change (the address another admin has just added)."""
    _contractor(contractor_id)
    form = ContractorForm()
    with writing(form, _field_of, partial(edit, contractor_id, code=422)) as session:
        contractor = store.require_id(session, contractor_id, lock=True)
        changed_meanwhile = store.stamp(contractor) != form.loaded.data
        if not changed_meanwhile:
            store.replace(session, contractor, form.data_object())
    if changed_meanwhile:
        return _changed_meanwhile(contractor_id)
    _warn(form.data_object())
    return done(f"Подрядчик «{form.name.data}» сохранён.", url_for("contractors.index"))


def _changed_meanwhile(contractor_id: int) -> ResponseReturnValue:
    # The page shows the contractor as it is now, not as this request first read it.
    storage.reader().rollback()
    message = (
        "Пока вы редактировали, подрядчика изменил кто-то другой. Ваши изменения не "
        "сохранены: ниже — его данные сейчас; внесите изменения заново и сохраните."
    )
    return edit(contractor_id, code=409, conflict=message)


@bp.route("/contractors/export.csv")
def export() -> ResponseReturnValue:
    text = csvio.export_csv(store.list_all(storage.reader()))
    stamp = now().astimezone(storage.settings().core.tz).strftime("%Y%m%d-%H%M")
    return Response(
        text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="omis-podryadchiki-{stamp}.csv"'},
    )


@action(bp, "/contractors/import", Role.ADMIN)
def upload() -> ResponseReturnValue:
    form = ImportForm()
    data = form.file.data.read() if form.file.data else b""
    if not data:
        return _index(422, errors=["Выберите файл CSV"])
    report = csvio.parse_csv(data)
    with storage.writer() as session:
        csvio.import_csv(session, report)
    if report.errors:
        return _index(422, errors=[str(error) for error in report.errors])
    message = f"Подрядчиков добавлено: {report.created}, изменено: {report.updated}."
    return done(message, url_for("contractors.index"))


def choices(active_only: bool = True) -> list[Any]:
    """The directory as the choices of a select (requests form, filters): (id, name)."""
    return [(str(c.id), c.name) for c in store.list_all(storage.reader(), active_only=active_only)]


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

"""The review queue: letters OMIS could not attribute, assigned or dismissed by an operator.

Listing is a plain query here; assigning and dismissing go through the mail pipeline's
own functions (:mod:`omis.mail.review`), so a letter assigned by hand is applied by the
same rules as one read automatically and the history records who did it.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Flask, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from wtforms import IntegerField, SelectField, StringField
from wtforms.validators import InputRequired, NumberRange, Optional

from omis.contractors import store as contractors
from omis.contractors.models import Contractor
from omis.contractors.sender import normalise_email
from omis.core.errors import OmisError, must_exist
from omis.core.timefmt import local_time
from omis.mail import review, sender_review
from omis.mail.models import Letter
from omis.requests import store
from omis.requests.lifecycle import Status
from omis.web import storage
from omis.web.accounts import Role
from omis.web.actions import action, done, sentence, writing
from omis.web.auth import current
from omis.web.forms import (
    REQUIRED,
    PostForm,
    QueryForm,
    digits,
    reason_field,
    status_choices,
)
from omis.web.queries.positions import Page
from omis.web.queries.timeline import evidence_items
from omis.web.views.letters import stored_letter

bp = Blueprint("review", __name__)

REVIEW_PAGE = 30


class PageForm(QueryForm):
    page = IntegerField("Страница", [Optional(), NumberRange(min=1)], default=1)


class AssignForm(PostForm):
    request_number = StringField("Номер заявки", [InputRequired(REQUIRED), digits])
    position_number = StringField("Позиция", [Optional(), digits])
    status = SelectField("Статус", [InputRequired(REQUIRED)], choices=status_choices(""))


class DismissForm(PostForm):
    reason = reason_field("Причина", "Укажите, почему письмо не нужно")


def open_page(number: int) -> Page:
    session = storage.reader()
    condition = Letter.review_state == "open"
    total = int(session.scalar(select(func.count()).where(condition)) or 0)
    pages = max(1, -(-total // REVIEW_PAGE))
    number = min(max(1, number), pages)
    query = select(Letter).where(condition).order_by(Letter.received_at, Letter.id)
    rows = session.scalars(query.limit(REVIEW_PAGE).offset((number - 1) * REVIEW_PAGE))
    return Page(list(rows), number, total, False, REVIEW_PAGE)


@bp.route("/review", strict_slashes=False)
def index() -> ResponseReturnValue:
    form = PageForm(request.args)
    number = form.page.data if form.validate() and form.page.data else 1
    return render_template(
        "review/index.html",
        page=open_page(number),
        args={},
        evidence_items=evidence_items,
    )


@bp.route("/review/<id:letter_id>")
def show(
    letter_id: int,
    code: int = 200,
    assign_form: AssignForm | None = None,
    dismiss_form: DismissForm | None = None,
) -> ResponseReturnValue:
    """The held letter's page; a refused action shows it again with its form (and ``code``)."""
    letter = stored_letter(letter_id)
    held = held_by_sender_check(letter)
    if assign_form is None:
        assign_form = AssignForm(formdata=None)
        assign_form.request_number.data = letter.request_number or ""
        assign_form.position_number.data = letter.position_number or ""
        assign_form.status.data = letter.status or ""
    body = render_template(
        "review/show.html",
        letter=letter,
        evidence=evidence_items(letter.evidence),
        assign_form=assign_form,
        dismiss_form=dismiss_form or DismissForm(formdata=None),
        held=held,
        look_alike=look_alike_sender(letter) if held is not None else None,
    )
    return body, code


def _refused(letter_id: int, name: str) -> Callable[[PostForm], ResponseReturnValue]:
    """The letter's page again with the refused form ``name`` as typed (HTTP 422)."""
    return lambda form: show(letter_id, 422, **{name: form})


def not_in_queue(letter: Letter) -> str | None:
    """Why the letter can no longer be assigned, dismissed or accepted (it was handled, in
    another tab or by a colleague: by whom and when), in Russian; None while it waits."""
    if letter.review_state == review.ReviewState.OPEN:
        return None
    if not letter.review_state:
        return f"Не выполнено: письмо №{letter.id} не в очереди разбора."
    state = review.ReviewState(letter.review_state).label
    who = [letter.reviewed_by] if letter.reviewed_by else []
    if letter.reviewed_at is not None:
        who.append(local_time(letter.reviewed_at, storage.settings().core.tz))
    by = f" ({', '.join(who)})" if who else ""
    return f"Не выполнено: письмо №{letter.id} уже разобрано — {state}{by}."


def _handled(letter: Letter) -> ResponseReturnValue | None:
    """None while the letter waits in the queue; else its page, saying who handled it
    already (a stale tab, a second click) instead of a form that is no longer there."""
    message = not_in_queue(letter)
    if message is None:
        return None
    return done(message, url_for("review.show", letter_id=letter.id), "warning")


def _locked(session: Session, letter_id: int) -> Letter:
    """The letter as the writing transaction sees it, locked (FOR UPDATE on PostgreSQL;
    SQLite's write transaction holds the file) so two posts do not both act on it."""
    letter = session.get(Letter, letter_id, with_for_update=True)
    return must_exist(letter, f"Письмо №{letter_id} не найдено.")


@action(bp, "/review/<id:letter_id>/assign", Role.OPERATOR)
def assign(letter_id: int) -> ResponseReturnValue:
    if (handled := _handled(stored_letter(letter_id))) is not None:
        return handled
    form = AssignForm()
    with writing(form, _assign_field, _refused(letter_id, "assign_form")) as session:
        if (handled := _handled(_locked(session, letter_id))) is not None:
            return handled
        review.assign(
            session,
            letter_id,
            form.request_number.data,
            form.position_number.data or None,
            Status(form.status.data),
            current().username,
        )
    return done(f"Письмо назначено заявке №{form.request_number.data}.", url_for("review.index"))


def _assign_field(error: OmisError) -> str:
    """The field a refusal of the assignment is about: the status, when the positions are
    already at it or further along; else the request (not found, no such position)."""
    return "status" if isinstance(error, review.NothingApplies) else "request_number"


@action(bp, "/review/<id:letter_id>/dismiss", Role.OPERATOR)
def dismiss(letter_id: int) -> ResponseReturnValue:
    if (handled := _handled(stored_letter(letter_id))) is not None:
        return handled
    form = DismissForm()
    with writing(form, "reason", _refused(letter_id, "dismiss_form")) as session:
        if (handled := _handled(_locked(session, letter_id))) is not None:
            return handled
        review.dismiss(session, letter_id, form.reason.data.strip(), current().username)
    return done("Письмо отклонено.", url_for("review.index"))


# --- letters held by the sender check (omis.mail.sender_review) -------------------------


def held_by_sender_check(letter: Letter) -> Contractor | None:
    """The contractor whose request the letter names, when the sender check held it."""
    if letter.reason != sender_review.REASON or not letter.request_number:
        return None
    request = store.get_request(storage.reader(), letter.request_number)
    return request.contractor if request is not None else None


def look_alike_sender(letter: Letter) -> str | None:
    """Why the held letter's sender must not be added to a contractor: it reads like one of
    the directory's addresses or domains without being it (the page warns instead of
    offering the button; adding it is refused anyway)."""
    address = normalise_email(letter.sender)
    if address is None:
        return None
    return contractors.look_alike(storage.reader(), "email", address)


@action(bp, "/review/<id:letter_id>/accept-once", Role.OPERATOR)
def accept_once(letter_id: int) -> ResponseReturnValue:
    return _held_action(letter_id, sender_review.accept_once, "Письмо принято один раз.")


@action(bp, "/review/<id:letter_id>/add-sender", Role.OPERATOR)
def add_sender(letter_id: int) -> ResponseReturnValue:
    letter = stored_letter(letter_id)
    return _held_action(
        letter_id,
        sender_review.add_sender_and_accept,
        f"Адрес {letter.sender} добавлен подрядчику; письмо применено.",
    )


def _held_action(
    letter_id: int, change: Callable[[Session, int, str], object], message: str
) -> ResponseReturnValue:
    if (handled := _handled(stored_letter(letter_id))) is not None:
        return handled
    try:
        with storage.writer() as session:
            if (handled := _handled(_locked(session, letter_id))) is not None:
                return handled
            change(session, letter_id, current().username)
    except OmisError as exc:
        shown = sentence(f"Не выполнено: {exc}")
        return done(shown, url_for("review.show", letter_id=letter_id), "error")
    return done(message, url_for("review.index"))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

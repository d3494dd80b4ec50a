"""The rule sandbox: paste a letter or upload an .eml and see what OMIS would decide.

Nothing is stored: the letter is understood by the same pure functions the mail job uses
(:func:`omis.mail.understand.understand_bytes`), and the store is only read to say what
would happen to the positions named (the same lifecycle rule the job applies).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from flask import Blueprint, Flask, render_template
from flask.typing import ResponseReturnValue
from flask_wtf.file import FileField
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from omis.mail.understand import understand_bytes
from omis.requests import store
from omis.requests.lifecycle import Actor, Status, decide_transition
from omis.web import storage
from omis.web.forms import PostForm
from omis.web.queries.timeline import evidence_items

bp = Blueprint("sandbox", __name__)

MAX_TEXT = 200_000


class SandboxForm(PostForm):
    subject = StringField("Тема", [Optional(), Length(max=998)])
    sender = StringField("От", [Optional(), Length(max=320)])
    body = TextAreaField("Текст письма", [Length(max=MAX_TEXT)])
    eml = FileField("…или файл .eml")

    def validate_body(self, field: TextAreaField) -> None:
        has_file = bool(self.eml.data and getattr(self.eml.data, "filename", ""))
        if (
            not has_file
            and not (field.data or "").strip()
            and not (self.subject.data or "").strip()
        ):
            raise ValidationError("Вставьте текст письма (или тему) либо выберите файл .eml")


def raw_letter(form: SandboxForm) -> bytes:
    """The uploaded .eml as it is, or a MIME letter built from the pasted fields."""
    if form.eml.data and getattr(form.eml.data, "filename", ""):
        data: bytes = form.eml.data.read()
        return data
    message = EmailMessage()
    message["Subject"] = (form.subject.data or "").replace("\n", " ").strip()
    message["From"] = (form.sender.data or "").strip() or "podryadchik@example.ru"
    message.set_content(form.body.data or "")
    return message.as_bytes()


@dataclass(frozen=True)
class Effect:
    """What applying the decision would do to one stored position."""

    position: str
    current: str
    applies: bool
    reason: str | None


def effects(understanding: Any) -> tuple[bool | None, list[Effect]]:
    """Whether the request exists, and the lifecycle verdict for each position it would touch.

    The targets follow the mail job: the positions named, else every position behind the
    new status (else all, each recorded as not applied).
    """
    number, status = understanding.request_number, _status(understanding.status)
    if not number:
        return None, []
    request = store.get_request(storage.reader(), str(number))
    if request is None:
        return False, []
    if status is None:
        return True, []
    named = [str(n) for n in understanding.position_numbers]
    if named:
        targets = [p for p in request.positions if p.number in named]
    else:
        behind = [p for p in request.positions if p.status_enum.rank < status.rank]
        targets = behind or list(request.positions)
    found = []
    for target in targets:
        decision = decide_transition(target.status_enum, status, Actor.LETTER)
        found.append(Effect(target.number, target.status, decision.applies, decision.reason))
    return True, found


def _status(value: Any) -> Status | None:
    if value is None or value == "":
        return None
    try:
        return value if isinstance(value, Status) else Status.parse(str(value))
    except ValueError:
        return None


@bp.route("/sandbox", methods=["GET", "POST"])
def index() -> ResponseReturnValue:
    form = SandboxForm()
    result: dict[str, Any] | None = None
    if form.validate_on_submit():
        parsed, understanding = understand_bytes(raw_letter(form))
        exists, found = effects(understanding)
        result = {
            "parsed": parsed,
            "u": understanding,
            "evidence": evidence_items(list(understanding.evidence)),
            "request_exists": exists,
            "effects": found,
        }
    code = 422 if form.errors else 200
    return render_template("sandbox/index.html", form=form, result=result), code


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

"""The rule sandbox: paste a letter or upload an .eml and see what OMIS would decide.

Nothing is stored: the verdict comes from the code the mail job runs, registry checks
included (:func:`omis.mail.sandbox.try_letter`), and the store is only read to say what
would happen to the positions named (the same lifecycle rule the job applies).
"""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.file import FileField
from wtforms import StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from omis.core.settings import Settings
from omis.mail.sandbox import try_letter
from omis.web import storage
from omis.web.forms import PostForm
from omis.web.queries.timeline import evidence_items

bp = Blueprint("sandbox", __name__)

MAX_TEXT = 200_000
# Room for the pasted fields beside the .eml (MAX_TEXT characters of up to 4 bytes, and
# the form's own parts). Under a megabyte, so a refusal names the letter limit in whole MB.
FORM_ROOM = MAX_TEXT * 4 + 64 * 1024


def upload_limit(settings: Settings) -> int:
    """The sandbox takes any letter the mailboxes read (``OMIS_MAIL_MAX_LETTER_MB``), not
    just what the CSV import's limit (``OMIS_WEB_MAX_UPLOAD_MB``) allows."""
    return settings.mail.max_letter_bytes + FORM_ROOM


def allow_letters() -> None:
    """Before every request, ahead of the CSRF check that reads the form: the sandbox's own
    upload limit for its page."""
    if request.endpoint == "sandbox.index":
        request.max_content_length = upload_limit(storage.settings())


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


@bp.route("/sandbox", methods=["GET", "POST"], strict_slashes=False)
def index() -> ResponseReturnValue:
    form = SandboxForm()
    result: dict[str, Any] | None = None
    if form.validate_on_submit():
        mode = storage.settings().mail.mail_sender_check
        trial = try_letter(storage.reader(), raw_letter(form), sender_check=mode)
        result = {
            "parsed": trial.parsed,
            "u": trial.decision,
            "evidence": evidence_items(list(trial.decision.evidence)),
            "effects": trial.effects,
        }
    code = 422 if form.errors else 200
    return render_template("sandbox/index.html", form=form, result=result), code


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

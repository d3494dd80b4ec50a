"""What every page's POST action shares: its route and role, its form, and the way back.

An action validates on the server. A refused form, or a change the store refuses, comes
back on its page with the messages next to the fields (HTTP 422); a finished action says
what it did in a flash message and redirects, so a reload does not repeat it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from flask import Blueprint, abort, flash, make_response, redirect
from flask.typing import ResponseReturnValue
from sqlalchemy.orm import Session

from omis.core.errors import OmisError, must_exist
from omis.web import storage
from omis.web.accounts import Role
from omis.web.auth import View, require_role
from omis.web.forms import PostForm, attach_error

F = TypeVar("F", bound=PostForm)
M = TypeVar("M")


def action(bp: Blueprint, rule: str, needed: Role) -> Callable[[View], View]:
    """Register the view as ``bp``'s POST endpoint at ``rule``, for the role ``needed``
    (or a stronger one)."""

    def decorate(view: View) -> View:
        guarded = require_role(needed)(view)
        bp.post(rule)(guarded)
        return guarded

    return decorate


def sentence(text: str) -> str:
    """``text`` ending as a sentence ends: a full stop added unless it ends with one already
    (a store's message «… не найдена.» or a form's «… символов.» inside a longer one)."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


def done(message: str, target: str, category: str = "success") -> ResponseReturnValue:
    """Say what the action did (or why it did nothing) and go to the URL ``target``."""
    flash(message, category)
    return redirect(target)


def submitted(form: F, refused: Callable[[F], ResponseReturnValue]) -> F:
    """The posted ``form``, valid. A refused one ends the request here with
    ``refused(form)``: its page again, the messages next to the fields (HTTP 422)."""
    if not form.validate():
        abort(make_response(refused(form)))
    return form


@contextmanager
def writing(
    form: F,
    field: str | Callable[[OmisError], str],
    refused: Callable[[F], ResponseReturnValue],
    refusals: type[OmisError] = OmisError,
) -> Iterator[Session]:
    """A unit of work for the posted ``form``'s change, committed on success. The form
    is refused as :func:`submitted` refuses it; a refusal from the store (one of
    ``refusals``) writes nothing, puts its message next to the field ``field`` (or the
    one ``field(error)`` names) and likewise ends the request with ``refused(form)``."""
    submitted(form, refused)
    try:
        with storage.writer() as session:
            yield session
    except refusals as exc:
        attach_error(form, field if isinstance(field, str) else field(exc), exc)
        abort(make_response(refused(form)))


def must_get(session: Session, model: type[M], key: Any, missing: str) -> M:
    """The row of ``model`` with the primary key ``key``; or a 404 saying ``missing``."""
    return must_exist(session.get(model, key), missing)

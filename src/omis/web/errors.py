"""Error pages in Russian. Nothing ever shows a traceback: the log file gets it instead."""

from __future__ import annotations

import logging

from flask import Flask, render_template, request
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError
from markupsafe import escape
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from omis.core.db import store_error
from omis.core.errors import NotFoundError, StoreBusyError, StoreError

log = logging.getLogger(__name__)

PAGES: dict[int, tuple[str, str]] = {
    400: ("Неверный запрос", "Запрос не удалось разобрать. Вернитесь назад и повторите."),
    403: ("Доступ запрещён", "Вашей роли это действие недоступно. Обратитесь к администратору."),
    404: ("Страница не найдена", "Такой страницы или записи нет. Проверьте адрес или номер."),
    405: ("Действие недоступно", "Эта страница не принимает такой запрос."),
    413: (
        "Файл слишком большой",
        "Размер загружаемого файла превышает допустимый ({limit} МБ). Уменьшите файл "
        "или разделите его на части.",
    ),
    500: (
        "Внутренняя ошибка",
        "Что-то пошло не так. Ошибка записана в журнал; сообщите администратору время, "
        "когда она произошла.",
    ),
    503: (
        "База данных недоступна",
        "Сейчас не удаётся обратиться к базе данных. Повторите через минуту.",
    ),
}

BUSY_MESSAGE = "База данных занята, повторите через минуту."

CSRF_MESSAGE = (
    "Форма устарела или отправлена не с этой страницы (нет действительного токена CSRF). "
    "Обновите страницу и отправьте форму ещё раз."
)


def error_page(code: int, message: str | None = None) -> ResponseReturnValue:
    title, text = PAGES.get(code, PAGES[500])
    limit = (request.max_content_length or 0) // (1024 * 1024)
    shown = message or text.format(limit=limit)
    try:
        body = render_template("errors/error.html", code=code, title=title, message=shown)
    except Exception:  # the page itself failed (e.g. no database for the menu): plain text
        log.exception("веб: страница ошибки %s не построена", code)
        body = _PLAIN.format(title=escape(title), message=escape(shown))
    return body, code


_PLAIN = (
    '<!doctype html><html lang="ru"><meta charset="utf-8"><title>{title}</title>'
    "<h1>{title}</h1><p>{message}</p></html>"
)


def _http_error(exc: HTTPException) -> ResponseReturnValue:
    code = exc.code or 500
    if code in PAGES:
        return error_page(code)
    return exc


def _csrf_error(_exc: CSRFError) -> ResponseReturnValue:
    return error_page(400, CSRF_MESSAGE)


def _not_found(exc: NotFoundError) -> ResponseReturnValue:
    return error_page(404, str(exc))


def _store_error(exc: StoreError) -> ResponseReturnValue:
    """503 in words a user can act on; the driver's own text goes to the log only."""
    log.error("веб: база данных недоступна (%s %s): %s", request.method, request.path, exc)
    return error_page(503, BUSY_MESSAGE if isinstance(exc, StoreBusyError) else None)


def _driver_error(exc: OperationalError) -> ResponseReturnValue:
    """A page's read session is not wrapped by the store (:mod:`omis.web.storage`): its
    database locked or gone is the same 503 as a write's."""
    return _store_error(store_error(exc))


def _unexpected(exc: Exception) -> ResponseReturnValue:
    if isinstance(exc, HTTPException):
        return _http_error(exc)
    log.exception("веб: внутренняя ошибка (%s %s)", request.method, request.path)
    return error_page(500)


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(NotFoundError, _not_found)
    app.register_error_handler(StoreError, _store_error)
    app.register_error_handler(OperationalError, _driver_error)
    app.register_error_handler(Exception, _unexpected)

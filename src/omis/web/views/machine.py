"""Endpoints for machines: ``/health`` (no login) and ``/metrics`` (bearer token)."""

from __future__ import annotations

import hmac

from flask import Blueprint, Flask, Response, jsonify, request
from flask.typing import ResponseReturnValue

from omis.core.clock import now
from omis.web import storage
from omis.web.health import health_report
from omis.web.queries import metrics
from omis.web.queries.delays import delay_limits

bp = Blueprint("health", __name__)

PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@bp.route("/health")
def health() -> ResponseReturnValue:
    report = health_report(storage.database(), storage.settings())
    response = jsonify(report.as_dict())
    response.status_code = report.http_status
    response.headers["Cache-Control"] = "no-store"
    return response


def _authorised() -> bool:
    token = storage.settings().web.metrics_token
    if token is None:
        return False
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    expected = token.get_secret_value().encode()
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), expected)


@bp.route("/metrics", endpoint="metrics")
def metrics_endpoint() -> ResponseReturnValue:
    if storage.settings().web.metrics_token is None:
        return Response(
            "метрики выключены: задайте OMIS_WEB_METRICS_TOKEN\n", 404, mimetype="text/plain"
        )
    if not _authorised():
        return Response(
            "нужен заголовок Authorization: Bearer <OMIS_WEB_METRICS_TOKEN>\n",
            401,
            headers={"WWW-Authenticate": 'Bearer realm="omis-metrics"'},
            mimetype="text/plain",
        )
    limits = delay_limits(storage.settings().reminders)
    body = metrics.render(storage.reader(), limits, now())
    return Response(body, 200, content_type=PROMETHEUS_TYPE)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

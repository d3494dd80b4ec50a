"""The dashboard: the state of everything on one screen."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue

from omis.core.clock import now
from omis.web import storage
from omis.web.queries import dashboard as queries
from omis.web.queries.delays import delay_limits

bp = Blueprint("dashboard", __name__)


@bp.route("/")
def index() -> ResponseReturnValue:
    session, settings, moment = storage.reader(), storage.settings(), now()
    limits = delay_limits(settings.reminders)
    delayed, delayed_total = queries.delayed_positions(session, limits, moment)
    runs = queries.last_runs(session)
    totals = queries.totals(session, storage.database().url)
    context = {
        "counts": totals.counts,
        "open_requests": totals.open_requests,
        "delayed": delayed,
        "delayed_total": delayed_total,
        "delayed_cap": queries.DELAYED_CAP,
        "moment": moment,
        "recent": queries.recent_changes(session),
        "jobs": queries.job_overview(runs),
        "job_label": queries.job_label,
        "systems": queries.outside_systems(settings, runs),
        "review_open": queries.open_review_count(session),
    }
    # htmx refreshes the panels in place every minute; a plain browser gets the whole page.
    template = (
        "dashboard/_panels.html" if request.headers.get("HX-Request") else "dashboard/index.html"
    )
    return render_template(template, **context)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

"""The dashboard: the state of everything on one screen."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue
from wtforms import SelectField

from omis.core.clock import now
from omis.reminders import snooze
from omis.web import storage
from omis.web.forms import QueryForm, options
from omis.web.queries import dashboard as queries
from omis.web.queries.delays import delay_limits, own_limits
from omis.web.queries.pos_state import pos_state
from omis.web.views import contractors as contractor_views
from omis.web.views.snooze import default_until

bp = Blueprint("dashboard", __name__)


@bp.route("/")
def index() -> ResponseReturnValue:
    session, settings, moment = storage.reader(), storage.settings(), now()
    limits, own = delay_limits(settings.reminders), own_limits(session)
    form = ContractorFilter(request.args)
    form.contractor.choices = options(contractor_views.choices(active_only=False), "все подрядчики")
    contractor = int(form.contractor.data) if form.validate() and form.contractor.data else None
    store = storage.database().url
    per_contractor = queries.delayed_per_contractor(session, limits, moment, own, store)
    delayed, delayed_total = queries.delayed_positions(
        session, limits, moment, own=own, contractor=contractor, per_contractor=per_contractor
    )
    runs = queries.last_runs(session)
    totals = (
        queries.totals(session, store)
        if contractor is None
        else queries.contractor_totals(session, contractor, store, moment)
    )
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
        "systems": queries.outside_systems(settings, runs, pos_state(session, settings.delo)),
        "review_open": queries.open_review_count(session),
        "filter_form": form,
        "contractor": contractor,
        "per_contractor": per_contractor,
        "paused": snooze.active(
            session, {row.id: (row.status, row.status_changed_at) for row in delayed}, moment
        ),
        "default_until": default_until(moment),
        "here": request.full_path.rstrip("?"),
    }
    # htmx refreshes the panels in place every minute; a plain browser gets the whole page.
    template = (
        "dashboard/_panels.html" if request.headers.get("HX-Request") else "dashboard/index.html"
    )
    return render_template(template, **context)


class ContractorFilter(QueryForm):
    contractor = SelectField("Подрядчик", choices=[], default="")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

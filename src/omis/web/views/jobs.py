"""Run history of every scheduled job: when, how long, outcome, counts, error."""

from __future__ import annotations

from flask import Blueprint, Flask, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from wtforms import IntegerField, SelectField
from wtforms.validators import NumberRange, Optional

from omis.core.models import JobRun
from omis.web import storage
from omis.web.formatting import outcome_label
from omis.web.forms import QueryForm, options
from omis.web.queries.dashboard import DASHBOARD_JOBS, job_label
from omis.web.queries.positions import Page

bp = Blueprint("jobs", __name__)

JOB_PAGE = 50
OUTCOMES = ("running", "success", "partial", "failed", "skipped")


class JobFilterForm(QueryForm):
    job = SelectField("Задание", choices=options([], "все"), default="")
    outcome = SelectField(
        "Итог", choices=options(((o, outcome_label(o)) for o in OUTCOMES), "все"), default=""
    )
    page = IntegerField("Страница", [Optional(), NumberRange(min=1)], default=1)


def known_jobs() -> list[str]:
    """The scheduled jobs (the dashboard links to each, run or not), then any other that ran."""
    ran = storage.reader().scalars(select(JobRun.job).distinct().order_by(JobRun.job))
    return [*DASHBOARD_JOBS, *(job for job in ran if job not in DASHBOARD_JOBS)]


def runs_page(job: str | None, outcome: str | None, number: int) -> Page:
    session = storage.reader()
    query = select(JobRun)
    if job:
        query = query.where(JobRun.job == job)
    if outcome:
        query = query.where(JobRun.outcome == outcome)
    total = int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)
    pages = max(1, -(-total // JOB_PAGE))
    number = min(max(1, number), pages)
    ordered = query.order_by(JobRun.started_at.desc(), JobRun.id.desc())
    rows = session.scalars(ordered.limit(JOB_PAGE).offset((number - 1) * JOB_PAGE))
    return Page(list(rows), number, total, False, JOB_PAGE)


@bp.route("/jobs", strict_slashes=False)
def index() -> ResponseReturnValue:
    form = JobFilterForm(request.args)
    form.job.choices = options(((job, job_label(job)) for job in known_jobs()), "все")
    page = None
    if form.validate():
        page = runs_page(form.job.data or None, form.outcome.data or None, form.page.data or 1)
    args = {key: value for key, value in request.args.items() if key != "page" and value}
    body = render_template("jobs/index.html", form=form, page=page, args=args, job_label=job_label)
    return body, (200 if page is not None else 400)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

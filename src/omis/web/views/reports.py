"""«Отчёты»: contractor performance, automation rate, delays and POS progress over a
period, as charts with their tables, and the same reports to download.

Every figure comes from :mod:`omis.reports`, the library ``omis report`` prints from;
this module only picks the period and turns the results into charts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from flask import Blueprint, Flask, Response, render_template, request
from flask.typing import ResponseReturnValue
from markupsafe import Markup
from wtforms import DateField, SelectField
from wtforms.validators import Optional, ValidationError

from omis.core.clock import now
from omis.core.errors import NotFoundError, UsageError
from omis.reports.contractors import STEPS, ContractorFigures, ContractorReport
from omis.reports.daycounts import DailyReport
from omis.reports.delays import DelayReport
from omis.reports.export import figure_name, text_value, to_csv, to_json, to_xlsx
from omis.reports.figures import FIGURES, compute, report_period
from omis.reports.mail import MailReport
from omis.reports.period import MAX_DAYS, Period
from omis.reports.pos import AGE_TITLES, AGES, PosReport
from omis.reports.tables import DELAY_COUNTS, MAIL_COUNTS, Column, Report, tables
from omis.web import storage
from omis.web.charts import Bar, Series, daily_bars, daily_lines, horizontal_bars
from omis.web.formatting import duration
from omis.web.forms import QueryForm, options, sane_date

bp = Blueprint("reports", __name__)

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]
CHART_CONTRACTORS = 8  # the chart shows the busiest; the table lists every contractor
PRESETS = (7, 30, 90)
DOWNLOADS = {"xlsx": "Excel", "csv": "CSV", "json": "JSON"}


class PeriodForm(QueryForm):
    since = DateField("С", [Optional(), sane_date], format=DATE_FORMATS)
    until = DateField("по", [Optional(), sane_date], format=DATE_FORMATS)

    def period(self, at: datetime) -> Period | None:
        """The period asked for; None when it cannot be, the reason next to a field.

        The library's own refusal (a start after today's end, a period too long) is shown
        like the form's errors, next to the start: the end defaults to today.
        """
        if not self.validate():
            return None
        try:
            return report_period(storage.settings(), at, self.since.data, self.until.data)
        except UsageError as exc:
            self.since.errors = [*self.since.errors, _sentence(str(exc))]
            return None

    def validate_until(self, field: DateField) -> None:
        if field.data and self.since.data:
            if field.data < self.since.data:
                raise ValidationError("Конец периода раньше начала")
            if (field.data - self.since.data).days + 1 > MAX_DAYS:
                raise ValidationError(f"Период не длиннее {MAX_DAYS} дней")


class ExportForm(PeriodForm):
    figure = SelectField("Отчёт", choices=options((name, name) for name in FIGURES))
    format = SelectField("Формат", choices=options((name, name) for name in DOWNLOADS))


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _reports(period: Period, at: datetime) -> dict[str, Any]:
    session, settings = storage.reader(), storage.settings()
    return {name: compute(name, session, settings, period, at) for name in FIGURES}


@bp.route("/reports", strict_slashes=False)
def index() -> ResponseReturnValue:
    form = PeriodForm(request.args)
    at = now()
    period = form.period(at)
    if period is None:
        return _refused(form)
    form.since.data, form.until.data = period.first, period.last  # the picker shows it
    found = _reports(period, at)
    return render_template(
        "reports/index.html",
        form=form,
        period=period,
        reports=found,
        tables={name: tables(report) for name, report in found.items()},
        charts=_charts(found),
        presets=_presets(at),
        downloads=DOWNLOADS,
        steps=STEPS,
        headline=_headline(found),
    )


@bp.route("/reports/export")
def export() -> ResponseReturnValue:
    form = ExportForm(request.args)
    if form.figure.data not in FIGURES or form.format.data not in DOWNLOADS:
        raise NotFoundError("Такого отчёта или формата нет.")
    at = now()
    period = form.period(at)
    if period is None:
        return _refused(form)
    report = compute(form.figure.data, storage.reader(), storage.settings(), period, at)
    return _download(report, form.format.data, period, at)


def _refused(form: PeriodForm) -> ResponseReturnValue:
    """The page with the period's errors next to its fields (a download link too)."""
    return render_template("reports/index.html", form=form, period=None), 422


def _download(report: Report, fmt: str, period: Period, at: datetime) -> Response:
    tz = storage.settings().core.tz
    name = f"omis-{figure_name(report)}-{period.first}_{period.last}.{fmt}"
    if fmt == "xlsx":
        body: bytes | str = to_xlsx(report, tz, at)
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    elif fmt == "csv":
        # The byte-order mark tells Excel the file is UTF-8 (it guesses Windows-1251 without).
        body, kind = "\ufeff" + to_csv(report, tz), "text/csv"
    else:
        body, kind = to_json(report), "application/json"
    response = Response(body, mimetype=kind)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _presets(at: datetime) -> list[tuple[int, date]]:
    today = at.astimezone(storage.settings().core.tz).date()
    return [(days, date.fromordinal(today.toordinal() - days + 1)) for days in PRESETS]


def _headline(found: dict[str, Any]) -> dict[str, Any]:
    mail: MailReport = found["mail"]
    delays: DelayReport = found["delays"]
    contractors: ContractorReport = found["contractors"]
    pos: PosReport = found["pos"]
    written = [day.sums["updated"] for day in pos.days if day.sums["updated"] is not None]
    return {
        "share": mail.total.share,
        "decided": mail.total.automatic,
        "letters": mail.total.automatic + mail.total.review,
        "late": delays.total.became_late,
        "reaction": contractors.overall.steps["reaction"].median_minutes,
        "open": contractors.overall.open_count,
        "pos_written": sum(written) if written else None,
    }


def _charts(found: dict[str, Any]) -> dict[str, Markup]:
    return {
        "mail": _mail_chart(found["mail"]),
        "delays": _delay_chart(found["delays"]),
        "contractors": _contractor_chart(found["contractors"]),
        "pos": _pos_chart(found["pos"]),
        "pos_open": _pos_open_chart(found["pos"]),
    }


def _mail_chart(report: MailReport) -> Markup:
    return daily_bars("Письма по дням: как разобраны", *_by_day(report, MAIL_COUNTS))


def _delay_chart(report: DelayReport) -> Markup:
    return daily_lines("Задержки по дням", *_by_day(report, DELAY_COUNTS))


def _by_day(report: DailyReport[Any], titles: dict[str, str]) -> tuple[list[date], list[Series]]:
    """The report's days, and a series per count ``titles`` names (as its table does)."""
    days = [item.day for item in report.days if item.day]
    series = [
        Series(title, [getattr(item, name) for item in report.days])
        for name, title in titles.items()
    ]
    return days, series


def _contractor_chart(report: ContractorReport) -> Markup:
    # Contractors with finished steps only: one with open positions alone has no bars.
    busy = [item for item in report.contractors if item.positions]
    shown = busy[:CHART_CONTRACTORS]
    groups = [*shown, report.overall] if len(busy) > 1 else shown
    bars: list[Bar] = []
    for figures in groups:
        bars += _contractor_bars(figures)
    return horizontal_bars("Медиана и 90-й процентиль по этапам", bars)


def _contractor_bars(figures: ContractorFigures) -> list[Bar]:
    bars = [Bar(figures.contractor, None, "", heading=True)]
    for step in STEPS:
        item = figures.steps[step.key]
        if not item.count:
            bars.append(Bar(step.title, None, "нет завершённых этапов", short="нет"))
            continue
        median, p90 = _minutes(item.median_minutes), _minutes(item.p90_minutes)
        bars.append(
            Bar(
                step.title, item.median_minutes, f"медиана {median} · p90 {p90}",
                item.p90_minutes, item.limit_minutes, short=f"{median} / {p90}",
            )
        )  # fmt: skip
    return bars


def _minutes(value: float | None) -> str:
    return duration(value * 60) if value is not None else "—"


def _pos_chart(report: PosReport) -> Markup:
    days = report.period.days
    series = []
    for name in report.installations:
        by_day = {d.day: d.sums["updated"] or 0 for d in report.days if d.installation == name}
        series.append(Series(name, [by_day.get(day, 0) for day in days]))
    return daily_bars("Записано строк ПОС по дням", days, series)


def _pos_open_chart(report: PosReport) -> Markup:
    bars: list[Bar] = []
    for name, snapshot in report.latest.items():
        if len(report.latest) > 1:
            bars.append(Bar(name, None, "", heading=True))
        for age in AGES:
            count = snapshot.by_age.get(age)
            text = "нет данных" if count is None else str(count)
            bars.append(Bar(AGE_TITLES[age], count, text))
    return horizontal_bars("Открытые обращения по возрасту", bars)


def _cell(value: Any, column: Column) -> str:
    return text_value(value, column, storage.settings().core.tz)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.jinja_env.filters["report_cell"] = _cell

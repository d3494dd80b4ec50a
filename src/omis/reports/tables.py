"""Every report as tables: titled, typed columns, one row per line. The exports (text,
CSV, xlsx) and the web page's tables render these, so they show the same figures.

Values stay raw here (ints, minutes as floats, shares as fractions, aware datetimes,
None for a figure nobody recorded); each renderer formats them by the column's kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from omis.reports.contractors import OVERALL, STEPS, ContractorFigures, ContractorReport
from omis.reports.daycounts import DayCounts
from omis.reports.delays import DelayReport
from omis.reports.mail import MailReport
from omis.reports.pos import AGE_TITLES, AGES, PosReport

Kind = Literal["text", "int", "minutes", "share", "date", "datetime"]
Report = ContractorReport | MailReport | DelayReport | PosReport
TOTAL = "Итого"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = "text"


@dataclass(frozen=True)
class Table:
    name: str  # short: an xlsx sheet name (at most 31 characters)
    title: str
    columns: tuple[Column, ...]
    rows: list[list[Any]]


# The counts of a daily report's day, in the order and words of its table and its chart.
MAIL_COUNTS = {
    "automatic": "Разобрано автоматически",
    "review": "Отправлено на разбор",
    "ignored": "Пропущено (автоответы)",
}
DELAY_COUNTS = {
    "became_late": "Стали просроченными",
    "reminders": "Напоминаний отправлено",
    "escalations": "Эскалаций отправлено",
}

TITLES = {
    "contractors": "Работа подрядчиков",
    "mail": "Автоматический разбор писем",
    "delays": "Задержки",
    "pos": "Синхронизация ПОС",
}


def tables(report: Report) -> list[Table]:
    """The report's tables, the main one first (the one CSV exports)."""
    builders: dict[type, Callable[[Any], list[Table]]] = {
        ContractorReport: _contractor_tables,
        MailReport: _mail_tables,
        DelayReport: _delay_tables,
        PosReport: _pos_tables,
    }
    return builders[type(report)](report)


def _contractor_tables(report: ContractorReport) -> list[Table]:
    steps = Table(
        "Этапы",
        "Длительность этапов по подрядчикам",
        (
            Column("Подрядчик"), Column("Этап"), Column("Позиций", "int"),
            Column("Медиана, мин", "minutes"), Column("P90, мин", "minutes"),
            Column("Предел, мин", "minutes"), Column("С превышением", "int"),
        ),
        [
            [figures.contractor, step.title, s.count, s.median_minutes, s.p90_minutes,
             s.limit_minutes, s.breached]
            for figures in [*report.contractors, report.overall]
            for step in STEPS
            for s in [figures.steps[step.key]]
        ],
    )  # fmt: skip
    summary = Table(
        "Подрядчики",
        "Позиции по подрядчикам",
        (
            Column("Подрядчик"), Column("Позиций с этапами в периоде", "int"),
            Column("С превышением предела", "int"), Column("Открыто сейчас", "int"),
        ),
        [_summary_row(figures) for figures in [*report.contractors, report.overall]],
    )  # fmt: skip
    open_rows = Table(
        "Открытые",
        "Открытые позиции, самые старые первыми",
        (
            Column("Подрядчик"), Column("Заявка"), Column("Позиция"), Column("Статус"),
            Column("В статусе с", "datetime"), Column("Зарегистрирована", "datetime"),
        ),
        [
            [figures.contractor, item.request, item.position, item.status, item.since,
             item.registered]
            for figures in report.contractors
            for item in figures.open_oldest
        ],
    )  # fmt: skip
    return [steps, summary, open_rows]


def _summary_row(figures: ContractorFigures) -> list[Any]:
    name = figures.contractor if figures.contractor != OVERALL else TOTAL
    return [name, figures.positions, figures.breached_positions, figures.open_count]


def _mail_tables(report: MailReport) -> list[Table]:
    days = Table(
        "По дням",
        "Письма по дням",
        (
            Column("Дата", "date"), *_count_columns(MAIL_COUNTS),
            Column("Доля автоматически", "share"), Column("Назначено при разборе", "int"),
            Column("Отклонено при разборе", "int"),
        ),
        [
            [item.day or TOTAL, *_counts(item, MAIL_COUNTS), item.share, item.assigned,
             item.dismissed]
            for item in [*report.days, report.total]
        ],
    )  # fmt: skip
    wait = report.wait
    waits = Table(
        "Разбор",
        "Ожидание разбора",
        (
            Column("Разобрано за период", "int"), Column("Медиана ожидания, мин", "minutes"),
            Column("P90 ожидания, мин", "minutes"), Column("Дольше всего, мин", "minutes"),
            Column("В очереди сейчас", "int"),
        ),
        [[wait.count, wait.median_minutes, wait.p90_minutes, wait.max_minutes,
          report.open_review]],
    )  # fmt: skip
    return [days, waits]


def _delay_tables(report: DelayReport) -> list[Table]:
    days = Table(
        "По дням",
        "Задержки по дням",
        (Column("Дата", "date"), *_count_columns(DELAY_COUNTS)),
        [
            [item.day or TOTAL, *_counts(item, DELAY_COUNTS)]
            for item in [*report.days, report.total]
        ],
    )
    by_status = Table(
        "По статусам",
        "Стали просроченными, по статусу",
        (Column("Статус"), Column("Позиций", "int")),
        [[status, count] for status, count in report.late_by_status.items()],
    )
    return [days, by_status]


def _count_columns(titles: dict[str, str]) -> list[Column]:
    return [Column(title, "int") for title in titles.values()]


def _counts(day: DayCounts, titles: dict[str, str]) -> list[int]:
    return [getattr(day, name) for name in titles]


def _pos_tables(report: PosReport) -> list[Table]:
    days = Table(
        "По дням",
        "Синхронизация ПОС по дням и установкам",
        (
            Column("Дата", "date"), Column("Установка"), Column("Запусков", "int"),
            Column("Записано строк", "int"), Column("Переведено в итоговый статус", "int"),
            Column("Ошибок", "int"), Column("Без сопоставления", "int"),
            Column("Расхождений", "int"), Column("Открытых обращений", "int"),
            *(Column(AGE_TITLES[age], "int") for age in AGES),
            Column("Самое старое", "text"),
        ),
        [
            [day.day, day.installation, day.runs, day.sums["updated"], day.sums["advanced"],
             day.sums["failed"], day.sums["unmapped"], day.sums["drift"],
             day.open.followed if day.open else None,
             *(day.open.by_age.get(age) if day.open else None for age in AGES),
             (_iso_day(day.open.oldest) or "—") if day.open else None]
            for day in report.days
        ],
    )  # fmt: skip
    return [days]


def _iso_day(text: str | None) -> str | None:
    """An ISO date from the counts as people read it; anything else as it was recorded."""
    if not text:
        return None
    try:
        return f"{date.fromisoformat(text[:10]):%d.%m.%Y}"
    except ValueError:
        return text

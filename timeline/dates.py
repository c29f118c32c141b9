"""Dates written at their precision, in the active language."""

import calendar
import datetime

from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

DASH = "–"  # an en dash joins the two ends of a range


def is_french() -> bool:
    return (get_language() or "").startswith("fr")


def day_number(day: datetime.date) -> str:
    if day.day == 1 and is_french():
        return "1er"  # French writes the first of the month as an ordinal
    return str(day.day)


def day_text(day: datetime.date) -> str:
    return f"{day_number(day)} {date_format(day, 'F Y')}"


def quarter_text(day: datetime.date) -> str:
    quarter = (day.month - 1) // 3 + 1
    labels = {
        1: _("Q1 %(year)s"),
        2: _("Q2 %(year)s"),
        3: _("Q3 %(year)s"),
        4: _("Q4 %(year)s"),
    }
    return labels[quarter] % {"year": day.year}


def unit_end(start: datetime.date, precision: str) -> datetime.date:
    """The last day of the precision's unit that starts on `start`."""
    if precision == "week":
        return start + datetime.timedelta(days=6)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "quarter":
        last_month = ((start.month - 1) // 3) * 3 + 3
        return datetime.date(start.year, last_month, calendar.monthrange(start.year, last_month)[1])
    if precision == "year":
        return datetime.date(start.year, 12, 31)
    return start


def point_text(day: datetime.date, precision: str) -> str:
    if precision == "year":
        return str(day.year)
    if precision == "quarter":
        return quarter_text(day)
    if precision == "month":
        return date_format(day, "F Y")
    if precision == "week":
        return _("week of %(date)s") % {"date": day_text(day)}
    return day_text(day)


def month_name(day: datetime.date) -> str:
    return date_format(day, "F")


def span_text(start: datetime.date, end: datetime.date, precision: str) -> str:
    """'12 août 2024', 'mai 2023', '3e trimestre 2023'; ranges share what their ends share:
    '3–5 mars 2020', '28 février – 3 mars 2020', 'mai – juillet 2023', '2019–2021'."""
    first = point_text(start, precision)
    if end <= unit_end(start, precision):
        return first
    if precision == "day":
        if (start.year, start.month) == (end.year, end.month):
            return f"{day_number(start)}{DASH}{day_text(end)}"
        if start.year == end.year:
            return f"{day_number(start)} {month_name(start)} {DASH} {day_text(end)}"
        return f"{first} {DASH} {day_text(end)}"
    if precision == "year":
        return f"{start.year}{DASH}{end.year}"
    if precision == "month" and start.year == end.year:
        return f"{month_name(start)} {DASH} {point_text(end, 'month')}"
    return f"{first} {DASH} {point_text(unit_start(end, precision), precision)}"


def unit_start(day: datetime.date, precision: str) -> datetime.date:
    """The first day of the precision's unit that holds `day` (ISO weeks start on Monday)."""
    if precision == "week":
        return day - datetime.timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "quarter":
        return datetime.date(day.year, ((day.month - 1) // 3) * 3 + 1, 1)
    if precision == "year":
        return datetime.date(day.year, 1, 1)
    return day


def span_for(day: datetime.date, precision: str) -> tuple[datetime.date, datetime.date]:
    """The inclusive span that a date at this precision covers."""
    start = unit_start(day, precision)
    return start, unit_end(start, precision)


def iso_text(day: datetime.date, precision: str) -> str:
    """ISO at the precision, as `extract_events --json` writes it: 2023-W21, 2024-08, 2024-Q3."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "week":
        year, week, _weekday = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return day.isoformat()

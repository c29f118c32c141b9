"""The density chart above the timeline: events per month or per year over the span shown."""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils.formats import date_format

from timeline.dates import unit_end

# Up to this many months the chart counts per month; beyond, per year.
MONTHLY_UP_TO = 36
CHART_HEIGHT = 100
BAR_WIDTH = 10
MIN_BAR = 4  # one event among hundreds must still be seen and clicked
MAX_BARS = 150  # a filter from year 1 to 2024 charts the events' own years instead


@dataclass(frozen=True)
class Bar:
    start: datetime.date
    end: datetime.date
    count: int
    x: int
    height: int
    label: str
    key: str  # stable per bucket: the element id that keeps focus on a bar across swaps

    @property
    def y(self) -> int:
        return CHART_HEIGHT - self.height


@dataclass(frozen=True)
class Histogram:
    unit: str  # "month" or "year"
    bars: list[Bar]
    width: int
    height: int = CHART_HEIGHT

    @property
    def first(self) -> Bar:
        return self.bars[0]

    @property
    def last(self) -> Bar:
        return self.bars[-1]

    @property
    def ticks(self) -> list[dict]:
        """Labels under the chart: each year's start, a few of them when there are many years."""
        starts = [bar for bar in self.bars if bar.start.month == 1] or self.bars[:1]
        step = max(1, len(starts) // 8)
        return [
            {"label": bar.start.year, "percent": round(100 * bar.x / self.width, 2)}
            for bar in starts[::step]
        ]


def months_between(first: datetime.date, last: datetime.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def next_bucket(day: datetime.date, unit: str) -> datetime.date:
    if unit == "year":
        return datetime.date(day.year + 1, 1, 1)
    if day.month == 12:
        return datetime.date(day.year + 1, 1, 1)
    return datetime.date(day.year, day.month + 1, 1)


def bar_label(day: datetime.date, unit: str) -> str:
    return str(day.year) if unit == "year" else date_format(day, "F Y")


def count_by_month(events) -> dict[datetime.date, int]:
    """{first day of month: events starting in it}: one query that gives the chart and the count.

    Vague events count at the start of their span, where the list places them too.
    """
    rows = (
        events.order_by()
        .annotate(bucket=TruncMonth("date_start"))
        .values("bucket")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {_as_date(row["bucket"]): row["n"] for row in rows}


def build_histogram(
    months: dict[datetime.date, int],
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> Histogram | None:
    """Bars per month, or per year beyond MONTHLY_UP_TO months, empty buckets kept.

    The chart spans the dates asked for when given, so zooming into a year shows its twelve
    months; else the events' own span.
    """
    if not months:
        return None
    first, last = start or min(months), end or max(months)
    if last.year - first.year >= MAX_BARS:
        first, last = max(first, min(months)), min(last, max(months))
    last = max(first, last)  # events that overlap the range from before it start before it
    unit = "month" if months_between(first, last) <= MONTHLY_UP_TO else "year"
    # Over more than MAX_BARS years ("le 14 juillet 1789" in an article of 2024), a bar holds
    # as many years as keep the chart within MAX_BARS bars.
    years = -(-(last.year - first.year + 1) // MAX_BARS) if unit == "year" else 1
    counts = months
    if unit == "year":
        counts = {}
        for month, n in months.items():
            year = datetime.date(first.year + (month.year - first.year) // years * years, 1, 1)
            counts[year] = counts.get(year, 0) + n
    buckets, day = [], datetime.date(first.year, first.month if unit == "month" else 1, 1)
    while day <= last:
        buckets.append((day, counts.get(day, 0)))
        day = next_bucket(day, unit) if years == 1 else datetime.date(day.year + years, 1, 1)
    tallest = max(count for _day, count in buckets) or 1
    bars = [
        Bar(
            start=day,
            end=unit_end(day, unit) if years == 1 else datetime.date(day.year + years - 1, 12, 31),
            count=count,
            x=n * BAR_WIDTH,
            height=max(round(CHART_HEIGHT * count / tallest), MIN_BAR) if count else 0,
            label=bar_label(day, unit) if years == 1 else f"{day.year}–{day.year + years - 1}",
            key=day.strftime("%Y-%m") if unit == "month" else str(day.year),
        )
        for n, (day, count) in enumerate(buckets)
    ]
    return Histogram(unit=unit, bars=bars, width=len(bars) * BAR_WIDTH)


def _as_date(value) -> datetime.date:
    # Backends may hand truncated dates back as datetimes.
    return value.date() if isinstance(value, datetime.datetime) else value

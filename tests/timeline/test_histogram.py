import datetime

import pytest

from tests.factories import EventFactory
from timeline.histogram import build_histogram, count_by_month
from timeline.models import Event

D = datetime.date


def test_short_span_is_charted_per_month_with_empty_months_kept():
    chart = build_histogram({D(2023, 5, 1): 3, D(2023, 8, 1): 1})
    assert chart.unit == "month"
    assert [(bar.start, bar.count) for bar in chart.bars] == [
        (D(2023, 5, 1), 3),
        (D(2023, 6, 1), 0),
        (D(2023, 7, 1), 0),
        (D(2023, 8, 1), 1),
    ]
    assert chart.bars[0].end == D(2023, 5, 31)
    assert chart.bars[0].key == "2023-05"


def test_long_span_is_charted_per_year():
    chart = build_histogram({D(2019, 3, 1): 2, D(2019, 7, 1): 1, D(2024, 8, 1): 4})
    assert chart.unit == "year"
    assert [(bar.start.year, bar.count) for bar in chart.bars] == [
        (2019, 3),
        (2020, 0),
        (2021, 0),
        (2022, 0),
        (2023, 0),
        (2024, 4),
    ]
    assert chart.bars[0].end == D(2019, 12, 31) and chart.bars[0].key == "2019"


def test_chart_spans_the_dates_asked_for():
    chart = build_histogram({D(2023, 5, 1): 3}, start=D(2023, 1, 1), end=D(2023, 12, 31))
    assert chart.unit == "month" and len(chart.bars) == 12


def test_tallest_bar_fills_the_chart_and_a_single_event_stays_visible():
    chart = build_histogram({D(2023, 1, 1): 400, D(2023, 2, 1): 1})
    assert chart.bars[0].height == 100 and chart.bars[0].y == 0
    assert chart.bars[1].height == 4  # still there to see and click
    assert chart.width == 20


def test_a_range_from_year_one_charts_the_events_own_years():
    chart = build_histogram({D(2020, 1, 1): 1, D(2024, 1, 1): 1}, start=D(1, 1, 1))
    assert chart.first.start == D(2020, 1, 1) and chart.last.start == D(2024, 1, 1)


def test_no_events_no_chart():
    assert build_histogram({}) is None


@pytest.mark.django_db
def test_vague_events_count_in_the_month_their_span_starts():
    EventFactory(date_start=D(2023, 5, 1), date_end=D(2023, 5, 31), precision="month")
    EventFactory(date_start=D(2023, 1, 1), date_end=D(2023, 12, 31), precision="year")
    EventFactory(date_start=D(2023, 5, 17))
    assert count_by_month(Event.objects.all()) == {D(2023, 5, 1): 2, D(2023, 1, 1): 1}


def test_centuries_of_span_are_charted_in_bars_of_several_years():
    # An article naming "le 14 juillet 1789" beside this year's events.
    chart = build_histogram({D(1789, 7, 1): 1, D(2024, 3, 1): 2, D(2024, 5, 1): 1})
    assert chart.unit == "year"
    assert len(chart.bars) <= 150
    assert chart.first.start == D(1789, 1, 1) and chart.first.count == 1
    years = chart.first.end.year - chart.first.start.year + 1
    assert years == 2 and chart.first.label == "1789–1790"
    assert chart.last.count == 3 and chart.last.start <= D(2024, 3, 1) <= chart.last.end
    assert sum(bar.count for bar in chart.bars) == 4

import csv
import datetime
import io
import json

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory
from timeline.exports import timelinejs_date, timelinejs_end

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def story():
    musk = PersonFactory(name="Elon Musk", slug="elon-musk")
    trump = PersonFactory(name="Donald Trump", slug="donald-trump")
    article = ArticleFactory(title="Trump revient sur X", source_name="BFM Tech&Co")
    interview = EventFactory(
        title="Musk reçoit Trump sur X", date_start=D(2024, 8, 12), persons=[musk, trump]
    )
    space = EventFactory(
        title="Le Space de DeSantis échoue",
        date_start=D(2023, 5, 1),
        date_end=D(2023, 5, 31),
        precision="month",
        persons=[musk],
    )
    MentionFactory(event=interview, article=article)
    MentionFactory(event=space, article=ArticleFactory(title="Le Space raté", source_name=""))
    return {"interview": interview, "space": space, "article": article}


def content(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8")


@pytest.mark.parametrize(
    ("start", "end", "precision", "start_date", "end_date"),
    [
        (D(2024, 8, 12), D(2024, 8, 12), "day", {"year": 2024, "month": 8, "day": 12}, None),
        (D(2023, 5, 1), D(2023, 5, 31), "month", {"year": 2023, "month": 5}, None),
        (D(2023, 1, 1), D(2023, 12, 31), "year", {"year": 2023}, None),
        (
            D(2023, 7, 1),
            D(2023, 9, 30),
            "quarter",
            {"year": 2023, "month": 7},
            {"year": 2023, "month": 9},
        ),
        (
            D(2023, 5, 22),
            D(2023, 5, 28),
            "week",
            {"year": 2023, "month": 5, "day": 22},
            {"year": 2023, "month": 5, "day": 28},
        ),
        (
            D(2020, 3, 3),
            D(2020, 3, 5),
            "day",
            {"year": 2020, "month": 3, "day": 3},
            {"year": 2020, "month": 3, "day": 5},
        ),
        (D(2019, 1, 1), D(2021, 12, 31), "year", {"year": 2019}, {"year": 2021}),
    ],
)
def test_timelinejs_dates_stop_at_the_precision(start, end, precision, start_date, end_date):
    event = EventFactory.build(date_start=start, date_end=end, precision=precision)
    assert timelinejs_date(event.date_start, precision) == start_date
    assert timelinejs_end(event) == end_date


def test_timelinejs_export_is_a_timeline_with_every_filtered_event(client, story):
    response = client.get(
        reverse("timeline:export_timelinejs"), {"person": "elon-musk"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    data = json.loads(response.content)
    assert response["Content-Type"] == "application/json"
    assert data["title"]["text"]["headline"] == "Chronologie"
    space, interview = data["events"]
    assert space["start_date"] == {"year": 2023, "month": 5}
    assert "end_date" not in space
    assert space["display_date"] == "mai 2023"
    assert space["text"]["headline"] == "Le Space de DeSantis échoue"
    assert "<mark>Le 9 août 2024</mark>" in space["text"]["text"]
    assert "http://testserver/articles/" in space["text"]["text"]
    assert interview["start_date"] == {"year": 2024, "month": 8, "day": 12}
    assert interview["group"] == "Donald Trump, Elon Musk"


def test_timelinejs_export_follows_the_filters(client, story):
    response = client.get(reverse("timeline:export_timelinejs"), {"person": "donald-trump"})
    assert [e["text"]["headline"] for e in json.loads(response.content)["events"]] == [
        "Musk reçoit Trump sur X"
    ]


def test_exports_refuse_bad_filters(client, story):
    for name in ("timeline:export_timelinejs", "timeline:export_csv", "timeline:api_events"):
        response = client.get(reverse(name), {"start": "2024-01-01", "end": "2023-01-01"})
        assert response.status_code == 400
        assert "end" in json.loads(response.content)["errors"]


def test_csv_export_has_one_row_per_event(client, story):
    response = client.get(reverse("timeline:export_csv"), HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="frise.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(content(response).lstrip("\ufeff"))))
    assert [row["title"] for row in rows] == [
        "Le Space de DeSantis échoue",
        "Musk reçoit Trump sur X",
    ]
    assert rows[0]["date"] == "2023-05" and rows[0]["display_date"] == "May 2023"
    assert rows[1]["persons"] == "Donald Trump; Elon Musk"
    assert rows[1]["sources"] == "BFM Tech&Co"
    assert rows[1]["url"] == f"http://testserver/events/{story['interview'].pk}/"


def test_api_lists_events_with_their_mentions(client, story):
    data = client.get(reverse("timeline:api_events"), {"q": "Trump"}).json()
    assert data["count"] == 1 and data["next"] is None
    (event,) = data["results"]
    assert event["date"] == "2024-08-12" and event["precision"] == "day"
    assert event["persons"] == [
        {"name": "Donald Trump", "slug": "donald-trump"},
        {"name": "Elon Musk", "slug": "elon-musk"},
    ]
    (mention,) = event["mentions"]
    assert mention["expression"] == "Le 9 août 2024"
    assert mention["article"]["source"] == "BFM Tech&Co"
    assert mention["article"]["published_on"] == "2024-08-10"


def test_api_pages_are_chained_by_next_links(client, story):
    first = client.get(reverse("timeline:api_events"), {"person": "elon-musk", "limit": 1}).json()
    assert first["count"] == 2 and [e["title"] for e in first["results"]] == [
        "Le Space de DeSantis échoue"
    ]
    assert first["next"].startswith("http://testserver/api/events/?person=elon-musk&limit=1&after=")
    second = client.get(first["next"]).json()
    assert [e["title"] for e in second["results"]] == ["Musk reçoit Trump sur X"]
    assert second["next"] is None


def test_api_queries_do_not_grow_with_events(client, story, django_assert_max_num_queries):
    for n in range(20):
        MentionFactory(
            event=EventFactory(persons=[story["space"].persons.get()]),
            article=story["article"],
            expression_start=100 + n * 10,
            expression_end=105 + n * 10,
        )
    with django_assert_max_num_queries(6):
        data = client.get(reverse("timeline:api_events")).json()
    assert data["count"] == 22


def test_timeline_links_to_its_exports_with_the_same_filters(client, story):
    html = client.get(
        reverse("timeline:index"), {"person": "elon-musk", "after": "x"}
    ).content.decode()
    assert '/export/timelinejs.json?person=elon-musk"' in html
    assert '/export/events.csv?person=elon-musk"' in html
    assert '/api/events/?person=elon-musk"' in html

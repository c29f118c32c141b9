import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from tests.factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory
from timeline.models import Event, Person, Status

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def change_form_data(event: Event, **changes) -> dict:
    data = {
        "title": event.title,
        "status": event.status,
        "persons": [p.pk for p in event.persons.all()],
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "precision": event.precision,
        "mentions-TOTAL_FORMS": event.mentions.count(),
        "mentions-INITIAL_FORMS": event.mentions.count(),
        "mentions-MIN_NUM_FORMS": 0,
        "mentions-MAX_NUM_FORMS": 1000,
    }
    for n, mention in enumerate(event.mentions.all()):
        data[f"mentions-{n}-id"] = mention.pk
        data[f"mentions-{n}-event"] = event.pk
    data.update(changes)
    return data


def test_editors_group_can_review_but_not_delete_articles():
    perms = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"view_event", "change_event", "view_mention", "change_mention"} <= perms
    assert {"view_person", "change_person", "view_article"} <= perms
    assert "delete_article" not in perms and "change_article" not in perms
    assert "delete_event" not in perms and "add_event" not in perms


def test_editor_sees_needs_review_and_low_confidence_first(client, editor):
    EventFactory(title="sure", confidence=0.95)
    EventFactory(title="shaky", confidence=0.3)
    EventFactory(title="flagged", status=Status.NEEDS_REVIEW)
    html = client.get(reverse("admin:timeline_event_changelist")).content.decode()
    assert html.index("flagged") < html.index("shaky") < html.index("sure")


def test_changing_the_date_marks_the_event_corrected_and_keeps_what_was_extracted(client, editor):
    mention = MentionFactory()
    event = mention.event
    url = reverse("admin:timeline_event_change", args=[event.pk])
    response = client.post(url, change_form_data(event, date_start="2022-11-19"))
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    mention.refresh_from_db()
    assert event.status == Status.CORRECTED
    assert event.date_start == D(2022, 11, 19) == event.date_end
    assert mention.extracted_date_start == D(2024, 8, 9)
    page = client.get(url).content.decode()
    assert "9 août 2024" in page or "9 August 2024" in page  # the extracted value, read-only


def test_changing_the_precision_widens_the_span(client, editor):
    event = MentionFactory().event
    url = reverse("admin:timeline_event_change", args=[event.pk])
    client.post(url, change_form_data(event, date_start="2022-11-19", precision="month"))
    event.refresh_from_db()
    assert (event.date_start, event.date_end, event.precision) == (
        D(2022, 11, 1),
        D(2022, 11, 30),
        "month",
    )
    assert event.status == Status.CORRECTED


def test_saving_without_changes_keeps_the_status(client, editor):
    event = MentionFactory().event
    client.post(reverse("admin:timeline_event_change", args=[event.pk]), change_form_data(event))
    event.refresh_from_db()
    assert event.status == Status.EXTRACTED


def test_verify_action_marks_events_verified(client, editor):
    events = [EventFactory(), EventFactory()]
    client.post(
        reverse("admin:timeline_event_changelist"),
        {"action": "mark_verified", "_selected_action": [e.pk for e in events]},
    )
    assert set(Event.objects.values_list("status", flat=True)) == {Status.VERIFIED}


def test_editor_cannot_delete_an_article(client, editor):
    article = ArticleFactory()
    response = client.post(
        reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert article.__class__.objects.filter(pk=article.pk).exists()


def test_merging_persons_moves_events_and_aliases(client, editor):
    full = PersonFactory(name="Donald Trump")
    short = PersonFactory(name="Donald J. Trump")
    EventFactory(persons=[full])
    EventFactory(persons=[full])
    moved = EventFactory(persons=[short])
    client.post(
        reverse("admin:timeline_person_changelist"),
        {"action": "merge", "_selected_action": [full.pk, short.pk]},
    )
    assert list(Person.objects.all()) == [full]
    assert list(moved.persons.all()) == [full]
    assert set(full.aliases.values_list("name", flat=True)) == {"Donald Trump", "Donald J. Trump"}

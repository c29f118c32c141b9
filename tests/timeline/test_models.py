import datetime

import pytest
from django.db import IntegrityError, transaction

from tests.factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory
from timeline.models import Event, PersonAlias, Status, normalise_name

pytestmark = pytest.mark.django_db
D = datetime.date


def test_event_span_must_be_ordered():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(date_start=D(2024, 8, 12), date_end=D(2024, 8, 1))


def test_event_confidence_stays_between_zero_and_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(confidence=1.5)


def test_event_precision_must_be_a_known_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        EventFactory(precision="decade")


def test_one_expression_of_an_article_is_one_mention():
    mention = MentionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        MentionFactory(article=mention.article, event=mention.event)


def test_between_keeps_events_whose_span_overlaps():
    may = EventFactory(date_start=D(2023, 5, 1), date_end=D(2023, 5, 31), precision="month")
    august = EventFactory(date_start=D(2024, 8, 12))
    assert list(Event.objects.between(D(2023, 5, 20), D(2023, 6, 1))) == [may]
    assert list(Event.objects.between(D(2024, 1, 1), None)) == [august]
    assert set(Event.objects.between(None, None)) == {may, august}


def test_involving_needs_every_person():
    musk, trump = PersonFactory(name="Elon Musk"), PersonFactory(name="Donald Trump")
    both = EventFactory(persons=[musk, trump])
    EventFactory(persons=[musk])
    assert list(Event.objects.involving([musk, trump])) == [both]


def test_for_timeline_hides_rejected_events():
    kept = EventFactory()
    EventFactory(status=Status.REJECTED)
    assert list(Event.objects.for_timeline({})) == [kept]


def test_for_timeline_matches_text_in_sentences_without_duplicates():
    event = EventFactory(title="Lancement")
    article = ArticleFactory()
    MentionFactory(event=event, article=article, sentence="Le Space a échoué.")
    MentionFactory(
        event=event,
        article=article,
        sentence="Le Space, encore.",
        expression_start=20,
        expression_end=30,
    )
    EventFactory(title="Autre chose")
    assert list(Event.objects.for_timeline({"q": "space"})) == [event]


def test_for_review_puts_needs_review_then_low_confidence_first():
    sure = EventFactory(confidence=0.95)
    unsure = EventFactory(confidence=0.4)
    flagged = EventFactory(status=Status.NEEDS_REVIEW, confidence=0.9)
    verified = EventFactory(status=Status.VERIFIED, confidence=0.1)
    assert list(Event.objects.for_review()) == [flagged, unsure, sure, verified]


def test_alias_key_ignores_case_accents_and_spacing():
    person = PersonFactory(name="Élisabeth Borne")
    alias = PersonAlias.objects.get(person=person)
    assert alias.key == normalise_name("  elisabeth   BORNE ") == "elisabeth borne"


def test_mention_sentence_parts_split_around_the_expression():
    mention = MentionFactory(
        sentence="Il parle ce lundi 12 août.",
        sentence_start=100,
        sentence_end=126,
        expression="ce lundi 12 août",
        expression_start=109,
        expression_end=125,
    )
    assert mention.sentence_parts == ("Il parle ", "ce lundi 12 août", ".")

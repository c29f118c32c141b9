import datetime

import pytest
from django.db import connection

from tests.factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory
from timeline.models import SEARCH_CONFIGS, Event, Mention, Person, Status

pytestmark = pytest.mark.django_db
D = datetime.date


def on_postgres(test):
    """Runs in CI's PostgreSQL pass (DATABASE_URL), skipped on SQLite."""
    skip = pytest.mark.skipif(
        connection.vendor != "postgresql", reason="full-text search needs PostgreSQL"
    )
    return pytest.mark.postgres(skip(test))


on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite fallback")


def said(sentence: str, language: str = "fr", title: str = "Un événement") -> Event:
    mention = MentionFactory(
        event=EventFactory(title=title),
        article=ArticleFactory(language=language),
        sentence=sentence,
    )
    return mention.event


def test_containing_words_needs_every_word_in_any_order():
    both = said("Donald Trump parlera avec Elon Musk lundi.")
    said("Elon Musk parlera lundi.")
    assert list(Event.objects.containing_words("musk TRUMP")) == [both]


def test_containing_words_looks_in_titles_too():
    titled = said("Une phrase.", title="Le Space de DeSantis")
    assert list(Event.objects.containing_words("space")) == [titled]


@on_sqlite
def test_searching_falls_back_to_words_on_sqlite():
    event = said("Les élections auront lieu en mai.")
    assert list(Event.objects.searching("élections mai")) == [event]
    assert list(Event.objects.searching("élection")) == [event]  # a substring, no stemming


@on_sqlite
def test_searching_on_sqlite_ignores_accents_both_ways():
    event = said("Les élections auront lieu à Besançon.", title="Scrutin à Besançon")
    said("Rien à voir.")
    assert list(Event.objects.searching("elections besancon")) == [event]
    assert list(Event.objects.searching("ÉLECTIONS")) == [event]
    assert list(Event.objects.searching("scrutin a besancon")) == [event]


@on_postgres
def test_searching_stems_french_sentences_with_the_french_configuration():
    event = said("L'élection présidentielle aura lieu en mai.")
    said("Rien à voir.")
    assert list(Event.objects.searching("élections")) == [event]


@on_postgres
def test_searching_stems_english_sentences_with_the_english_configuration():
    event = said("Twitter banned Donald Trump in January 2021.", language="en")
    assert list(Event.objects.searching("bans")) == [event]


@on_postgres
def test_searching_on_postgres_ignores_accents_both_ways():
    event = said("Les élections auront lieu à Besançon.", title="Scrutin à Besançon")
    said("Rien à voir.")
    assert list(Event.objects.searching("elections besancon")) == [event]
    assert list(Event.objects.searching("ÉLECTION")) == [event]  # stemmed as well
    assert list(Event.objects.searching("scrutin a besancon")) == [event]


@on_postgres
def test_searching_understands_web_search_syntax():
    space = said("Le Space de DeSantis a échoué en mai 2023.")
    said("Le Space de Trump a réussi en août 2024.")
    assert list(Event.objects.searching("space -trump")) == [space]
    assert list(Event.objects.searching('"space de desantis"')) == [space]


def explain(queryset) -> str:
    """The plan PostgreSQL picks when it may not read whole tables."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@on_postgres
def test_search_indexes_serve_the_full_text_expressions():
    from django.contrib.postgres.search import SearchQuery, SearchVector

    said("L'élection présidentielle aura lieu en mai.")
    assert "timeline_event_title_fts_fr" in explain(Event.objects.searching("élection"))
    for language, config in SEARCH_CONFIGS.items():
        sentences = Mention.objects.alias(document=SearchVector("sentence", config=config)).filter(
            document=SearchQuery("élection", config=config, search_type="websearch")
        )
        assert f"timeline_mention_sentence_fts_{language}" in explain(sentences)


def test_filtered_combines_every_filter():
    musk = PersonFactory(name="Elon Musk")
    kept = said("Musk rachète Twitter.", language="en")
    kept.persons.add(musk)
    kept.mentions.update(article=ArticleFactory(language="en", source_name="The Daily"))
    other = said("Musk rachète Twitter.")
    other.persons.add(musk)
    filters = {"person": [musk], "q": "twitter", "language": "en", "source": "The Daily"}
    assert list(Event.objects.filtered(filters)) == [kept]


def test_filtered_hides_rejected_events_unless_asked_for_them():
    kept = EventFactory()
    rejected = EventFactory(status=Status.REJECTED)
    assert list(Event.objects.filtered({})) == [kept]
    assert list(Event.objects.filtered({"status": Status.REJECTED})) == [rejected]


def test_filtered_lists_an_event_said_twice_once():
    event = said("Musk rachète Twitter.")
    MentionFactory(
        event=event,
        article=event.mentions.get().article,
        sentence="Twitter est à Musk.",
        expression_start=50,
        expression_end=55,
    )
    assert list(Event.objects.filtered({"q": "twitter"})) == [event]


def test_after_continues_in_date_then_id_order():
    a = EventFactory(date_start=D(2024, 1, 1))
    b = EventFactory(date_start=D(2024, 1, 1))
    c = EventFactory(date_start=D(2024, 1, 2))
    ordered = Event.objects.order_by("date_start", "pk")
    assert list(ordered.after(a.date_start, a.pk)) == [b, c]
    assert list(ordered.after(b.date_start, b.pk)) == [c]


def test_named_like_finds_people_by_alias_without_accents():
    zemmour = PersonFactory(name="Éric Zemmour")
    zemmour.aliases.create(name="E. Zemmour")
    PersonFactory(name="Marine Le Pen")
    assert list(Person.objects.named_like("eric")) == [zemmour]
    assert list(Person.objects.named_like("e. zem")) == [zemmour]


def test_on_timeline_counts_visible_events_only():
    musk = PersonFactory(name="Elon Musk")
    EventFactory(persons=[musk])
    EventFactory(persons=[musk], status=Status.REJECTED)
    lonely = PersonFactory(name="Nobody")
    EventFactory(persons=[lonely], status=Status.REJECTED)
    assert [(p.name, p.event_count) for p in Person.objects.on_timeline()] == [("Elon Musk", 1)]

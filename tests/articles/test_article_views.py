import pytest

from tests.factories import ArticleFactory, EventFactory, MentionFactory
from timeline.models import Status

pytestmark = pytest.mark.django_db


def test_reader_links_each_date_to_its_event_and_lists_the_events_beside(client):
    article = ArticleFactory(body="Le 9 août 2024, Musk parle. En mai 2023, DeSantis échoue.")
    day = MentionFactory(article=article)
    month = MentionFactory(
        article=article,
        event=EventFactory(title="DeSantis échoue", precision="month"),
        expression="En mai 2023",
        expression_start=28,
        expression_end=39,
    )
    html = client.get(article.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert f'href="{day.event.get_absolute_url()}"><mark>Le 9 août 2024</mark></a>' in html
    assert f'href="{month.event.get_absolute_url()}"><mark>En mai 2023</mark></a>' in html
    assert f'href="#mention-{month.pk}"' in html  # from the list beside to the sentence
    assert "DeSantis échoue" in html and "au mois près" in html


def test_reader_leaves_rejected_events_out(client):
    article = ArticleFactory()
    mention = MentionFactory(article=article, event=EventFactory(status=Status.REJECTED))
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<mark>" not in html and mention.event.title not in html


def test_article_index_counts_the_dates_found(client):
    article = ArticleFactory(title="Trump revient sur X")
    MentionFactory(article=article)
    html = client.get("/articles/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Trump revient sur X" in html and "1 date" in html

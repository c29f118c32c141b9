import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, ExtractionStatus
from tests.factories import ArticleFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db
IMPORT = "admin:articles_import"


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("boss", password="pw"))
    return client


def test_pasted_text_is_stored_extracted_and_shown(admin_client):
    response = admin_client.post(
        reverse(IMPORT),
        {
            "body": "Le Sénat a adopté le budget hier soir, après trois jours de débat.",
            "title": "Budget adopté",
            "published": "2024-03-05",
            "language": "",
        },
    )
    article = Article.objects.get()
    assert response.status_code == 303
    assert response["Location"] == reverse("admin:articles_article_change", args=[article.pk])
    assert (article.title, article.language) == ("Budget adopté", "fr")
    assert article.extraction_status == ExtractionStatus.DONE
    assert Event.objects.get().date_start == datetime.date(2024, 3, 4)
    page = admin_client.get(response["Location"]).content.decode()
    assert "1 dates found" in page or "1 dates trouvées" in page


def test_an_uploaded_web_page_brings_its_metadata(admin_client):
    page = (
        '<html lang="en"><head><meta property="og:title" content="Vote">'
        '<meta property="article:published_time" content="2021-03-04"></head>'
        "<body><article><p>The Senate voted on March 3, 2021.</p></article></body></html>"
    )
    upload = SimpleUploadedFile("vote.html", page.encode(), content_type="text/html")
    admin_client.post(reverse(IMPORT), {"file": upload})
    article = Article.objects.get()
    assert (article.title, article.published_on) == ("Vote", datetime.date(2021, 3, 4))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Give a file or paste"),
        ({"file": SimpleUploadedFile("a.pdf", b"%PDF")}, "Only .txt and .html"),
        ({"file": SimpleUploadedFile("a.txt", "été".encode("latin-1"))}, "not UTF-8"),
    ],
)
def test_bad_imports_are_refused_with_a_reason(admin_client, settings, data, message):
    settings.LANGUAGE_CODE = "en"
    response = admin_client.post(reverse(IMPORT), data, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_importing_the_same_text_again_opens_the_stored_article(admin_client):
    text = {"body": "Le 3 mars 2021, le Sénat a voté."}
    first = admin_client.post(reverse(IMPORT), text)
    second = admin_client.post(reverse(IMPORT), text)
    assert first["Location"] == second["Location"]
    assert Article.objects.count() == 1


def test_progress_polls_while_extraction_is_pending(admin_client):
    article = ArticleFactory(extraction_status=ExtractionStatus.PENDING)
    html = admin_client.get(
        reverse("admin:articles_article_progress", args=[article.pk])
    ).content.decode()
    assert 'hx-trigger="every 2s"' in html
    article.mark_extracted("1.0")
    html = admin_client.get(
        reverse("admin:articles_article_progress", args=[article.pk])
    ).content.decode()
    assert "hx-trigger" not in html and article.get_absolute_url() in html


def test_editors_cannot_import(client):
    user = User.objects.create_user("ed", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert client.get(reverse(IMPORT)).status_code == 403


def test_reextract_action_keeps_the_article_and_reports(admin_client):
    article = ArticleFactory(body="Le 3 mars 2021, le Sénat a voté.")
    response = admin_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "reextract", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "1 articles" in response.content.decode() or "1 article" in response.content.decode()
    article.refresh_from_db()
    assert article.extraction_status == ExtractionStatus.DONE
    assert Event.objects.count() == 1

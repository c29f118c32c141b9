"""Background extraction through a real Redis broker and a real Celery worker."""

import os

import pytest
from celery.contrib.testing.worker import start_worker

from config.celery import app
from tests.factories import ArticleFactory
from timeline.models import Event
from timeline.tasks import extract_article_task

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_worker(settings):
    old = {key: app.conf[key] for key in ("broker_url", "result_backend", "task_always_eager")}
    app.conf.update(broker_url=REDIS_URL, result_backend=REDIS_URL, task_always_eager=False)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            yield app
    finally:
        app.conf.update(old)


@pytest.mark.django_db(transaction=True)
def test_a_worker_extracts_an_article_sent_through_redis(redis_worker):
    article = ArticleFactory(
        body="Le Sénat a voté le budget le 3 mars 2021. Le texte part à l'Assemblée."
    )
    result = extract_article_task.delay(article.pk)
    assert result.get(timeout=120) == 1
    article.refresh_from_db()
    assert article.extraction_status == "done"
    assert Event.objects.get().date_start.isoformat() == "2021-03-03"


@pytest.mark.django_db(transaction=True)
def test_a_task_for_a_missing_article_fails_loudly(redis_worker):
    result = extract_article_task.delay(987654)
    with pytest.raises(Exception, match="does not exist"):
        result.get(timeout=120)
    assert result.state == "FAILURE"

from celery import shared_task

from articles.models import Article
from timeline import services


@shared_task(acks_late=True)
def extract_article_task(article_id: int) -> int:
    """Extract one article's events in a worker; returns how many events it has."""
    report = services.run_extraction(Article.objects.get(pk=article_id))
    return report.events if report else 0

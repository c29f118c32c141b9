from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from articles.models import Article
from timeline.models import Event, Status


def highlight(body: str, mentions) -> list[dict]:
    """The body cut into plain and highlighted pieces, one highlight per extracted expression."""
    pieces, cursor = [], 0
    for mention in sorted(mentions, key=lambda m: m.expression_start):
        if mention.expression_start < cursor or mention.expression_start == mention.expression_end:
            continue  # overlapping or empty expressions are listed beside the text instead
        pieces.append({"text": body[cursor : mention.expression_start]})
        pieces.append(
            {"text": body[mention.expression_start : mention.expression_end], "mention": mention}
        )
        cursor = mention.expression_end
    pieces.append({"text": body[cursor:]})
    return pieces


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """Every article, newest first, with the number of dates found in it."""
    shown = ~Q(mentions__event__status=Status.REJECTED)
    articles = Article.objects.annotate(mention_count=Count("mentions", filter=shown))
    return render(request, "articles/index.html", {"articles": articles})


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The reader: the text with each date linked to its event, and those events beside it."""
    article = get_object_or_404(Article, pk=pk)
    mentions = list(article.mentions.select_related("event").exclude(event__status=Status.REJECTED))
    first_mention = {}
    for mention in sorted(mentions, key=lambda m: m.expression_start):
        first_mention.setdefault(mention.event_id, mention)
    events = list(
        Event.objects.visible()
        .filter(pk__in=[m.event_id for m in mentions])
        .prefetch_related("persons")
    )
    for event in events:
        event.first_mention = first_mention[event.pk]
    context = {"article": article, "pieces": highlight(article.body, mentions), "events": events}
    return render(request, "articles/detail.html", context)

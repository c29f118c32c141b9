import csv
import datetime
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import (
    HttpRequest,
    HttpResponse,
    JsonResponse,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url
from django_htmx.middleware import HtmxDetails

from timeline import exports
from timeline.forms import PICKER_SIZE, EventFilterForm, PersonSearchForm
from timeline.histogram import build_histogram, count_by_month
from timeline.models import Event, EventQuerySet, Mention, Person

PAGE_SIZE = 50  # events per page of the timeline; the next page loads when the end shows
API_PAGE_SIZE = 100
API_MAX_PAGE_SIZE = 500
EXPORT_LIMIT = 2000  # TimelineJS slows down well before this
PEOPLE_PAGE_SIZE = 100


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def can_review(request: HttpRequest) -> bool:
    """Editors see review statuses and may ask for rejected events."""
    return request.user.has_perm("timeline.change_event")


def fragment_target(request: HtmxHttpRequest) -> str | None:
    """The id of the element an htmx request swaps; None for full pages and history restores."""
    if not request.htmx or request.htmx.history_restore_request:
        return None
    return request.htmx.target or ""


def without_blanks(query: QueryDict) -> QueryDict:
    """The query string without its empty fields: what a shared address should say."""
    kept = QueryDict(mutable=True)
    for key, values in query.lists():
        if values := [v for v in values if v.strip()]:
            kept.setlist(key, values)
    return kept


def address(path: str, query: QueryDict) -> str:
    return f"{path}?{query.urlencode()}" if query else path


def parse_cursor(value: str | None) -> tuple[datetime.date, int] | None:
    """'2023-05-01.42' (date and id of the last event shown) or None when absent or malformed."""
    try:
        day, pk = (value or "").split(".")
        return datetime.date.fromisoformat(day), int(pk)
    except ValueError:
        return None


def cursor_for(event: Event) -> str:
    return f"{event.date_start.isoformat()}.{event.pk}"


def group_by_month(events: list[Event], after: datetime.date | None = None) -> list[dict]:
    """Runs of events by the month they start in, in the events' order.

    Each run says whether it opens a year or a month: a page that continues the month of the
    previous page (`after`, the date of its last event) repeats neither heading.
    """
    groups, previous = [], after.replace(day=1) if after else None
    for month, in_month in groupby(events, key=lambda e: e.date_start.replace(day=1)):
        groups.append(
            {
                "month": month,
                "events": list(in_month),
                "opens_year": previous is None or previous.year != month.year,
                "opens_month": previous != month,
            }
        )
        previous = month
    return groups


def with_details(events: EventQuerySet) -> EventQuerySet:
    """What a list item shows: persons and mentions with their articles, in three queries."""
    return events.prefetch_related(
        "persons",
        Prefetch("mentions", queryset=Mention.objects.select_related("article")),
    )


def event_page(events: EventQuerySet, after: tuple[datetime.date, int] | None) -> dict:
    """One page of the timeline after the cursor, grouped by month, with the next cursor."""
    if after:
        events = events.after(*after)
    page = list(with_details(events)[: PAGE_SIZE + 1])
    has_next = len(page) > PAGE_SIZE
    page = page[:PAGE_SIZE]
    return {
        "groups": group_by_month(page, after[0] if after else None),
        "next_cursor": cursor_for(page[-1]) if has_next else None,
        "first_pk": page[0].pk if page else None,
        "after": after,
    }


def results(request: HttpRequest, events: EventQuerySet, filters: dict, after) -> dict:
    """The list region: count, density chart, export links and a page of events."""
    months = count_by_month(events)
    query = without_blanks(request.GET)
    for key in ("after", "who", "page"):
        query.pop(key, None)
    if "person" in filters and not query.getlist("person"):
        query.setlist("person", [p.slug for p in filters["person"]])  # a person's page
    return {
        "count": sum(months.values()),
        "histogram": build_histogram(months, filters.get("start"), filters.get("end")),
        "has_filters": any(filters.get(key) for key in filters if key != "who"),
        "export_query": query.urlencode(),
        "can_review": can_review(request),
        **event_page(events, after),
    }


def next_page(request: HttpRequest, events: EventQuerySet, after) -> HttpResponse:
    """The events after the cursor, appended to the list when its end shows."""
    context = {"fragment": True, "can_review": can_review(request), **event_page(events, after)}
    return render(request, "timeline/partials/events_page.html", context)


def person_choices(selected: list[Person], who: str) -> list[Person]:
    """The persons the picker offers: those already chosen, then the best matches for `who`."""
    people = Person.objects.on_timeline().exclude(pk__in=[p.pk for p in selected])
    if who:
        people = people.named_like(who)
    return [*selected, *people.order_by("-event_count", "name")[:PICKER_SIZE]]


@require_GET
@vary_on_headers("HX-Request", "HX-Target")
def index(request: HtmxHttpRequest) -> HttpResponse:
    """The timeline under the filters; htmx asks for the list, the next page or the picker."""
    clean = without_blanks(request.GET)
    if not request.htmx and clean != request.GET:
        # A form sent without JavaScript names every field; the shared address names the used.
        return redirect(address(request.path, clean), permanent=False)
    form = EventFilterForm(request.GET, can_review=can_review(request))
    filters = form.cleaned_data if form.is_valid() else {}
    selected = sorted(form.cleaned_data.get("person") or [], key=lambda p: p.name)
    target = fragment_target(request)
    context = {"form": form, "selected_persons": selected, "filters": filters}
    if target == "person-choices":
        context["choices"] = person_choices(selected, form.cleaned_data.get("who", ""))
        return render(request, "timeline/index.html#person-choices", context)

    events = Event.objects.filtered(filters)
    after = parse_cursor(request.GET.get("after"))
    if target == "next-page":
        return next_page(request, events, after)
    context |= results(request, events, filters, after)
    if target is not None:
        # Requests from outside the form (a bar of the chart) move its dates along.
        context |= {"fragment": True, "update_dates": request.htmx.trigger != "filters"}
        response = render(request, "timeline/partials/results.html", context)
        return push_url(response, address(request.path, clean))
    context["choices"] = person_choices(selected, form.cleaned_data.get("who", ""))
    return render(request, "timeline/index.html", context)


@require_GET
@vary_on_headers("HX-Request", "HX-Target")
def person(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """A person's page: their timeline, narrowed by dates and words like the main one."""
    person = get_object_or_404(Person.objects.prefetch_related("aliases"), slug=slug)
    form = EventFilterForm(request.GET, can_review=can_review(request))
    filters = form.cleaned_data if form.is_valid() else {}
    filters = {**filters, "person": [person]}
    events = Event.objects.filtered(filters)
    after = parse_cursor(request.GET.get("after"))
    target = fragment_target(request)
    if target == "next-page":
        return next_page(request, events, after)
    context = {"person": person, "form": form, "filters": filters, "selected_persons": [person]}
    context |= results(request, events, filters, after)
    if target is not None:
        context |= {"fragment": True}
        return render(request, "timeline/partials/results.html", context)
    return render(request, "timeline/person.html", context)


def back_url(request: HtmxHttpRequest) -> str:
    """Where closing the event panel leads: the list it was opened from."""
    current = request.htmx.current_url if request.htmx else None
    if current and url_has_allowed_host_and_scheme(current, {request.get_host()}):
        return current
    return reverse("timeline:index")


@require_GET
@vary_on_headers("HX-Request")
def event(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """An event with every sentence that states it: a page, or the side panel of a list."""
    events = Event.objects.all() if can_review(request) else Event.objects.visible()
    event = get_object_or_404(events.prefetch_related("persons"), pk=pk)
    mentions = event.mentions.select_related("article").order_by(
        "article__published_on", "article_id", "sentence_start"
    )
    in_panel = fragment_target(request) is not None
    context = {"event": event, "mentions": mentions, "in_panel": in_panel}
    if in_panel:
        context["back_url"] = back_url(request)
        return render(request, "timeline/event.html#event-detail", context)
    return render(request, "timeline/event.html", context)


@require_GET
@vary_on_headers("HX-Request")
def persons(request: HtmxHttpRequest) -> HttpResponse:
    """Everyone on the timeline with their number of events; searched as the reader types."""
    form = PersonSearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    people = Person.objects.on_timeline()
    if query:
        people = people.named_like(query)
    page = Paginator(people.order_by("name"), PEOPLE_PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "query": query}
    template = "timeline/persons.html"
    if fragment_target(request) is not None:
        template += "#person-list"
        context["fragment"] = True
    return render(request, template, context)


def export_filters(request: HttpRequest) -> tuple[EventFilterForm, EventQuerySet | None]:
    """The timeline's filters for an export; None when they are wrong (answered with a 400)."""
    form = EventFilterForm(request.GET, can_review=can_review(request))
    if not form.is_valid():
        return form, None
    return form, Event.objects.filtered(form.cleaned_data)


def filter_errors(form: EventFilterForm) -> JsonResponse:
    return JsonResponse({"errors": form.errors.get_json_data()}, status=400)


def site_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/").rstrip("/")


@require_GET
def export_timelinejs(request: HttpRequest) -> HttpResponse:
    """The filtered timeline as TimelineJS3 JSON, to embed with Knight Lab's TimelineJS."""
    form, events = export_filters(request)
    if events is None:
        return filter_errors(form)
    shown = list(with_details(events)[:EXPORT_LIMIT])
    description = _("Events from the articles read by Frise.")
    if len(shown) == EXPORT_LIMIT:
        description += " " + _("Only the first %(n)d events are included.") % {"n": EXPORT_LIMIT}
    data = exports.timelinejs(shown, _("Timeline"), description, site_url(request))
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # TimelineJS may load it from another site
    return response


class Echo:
    """A file-like object whose write returns the line, for csv.writer in a streaming response."""

    def write(self, value: str) -> str:
        return value


@require_GET
def export_csv(request: HttpRequest) -> HttpResponse:
    """The filtered timeline as CSV, one event a row, streamed."""
    form, events = export_filters(request)
    if events is None:
        return filter_errors(form)
    response = StreamingHttpResponse(
        csv_lines(with_details(events), site_url(request)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="frise.csv"'
    return response


def csv_lines(events: EventQuerySet, base_url: str):
    writer = csv.writer(Echo())
    yield "\ufeff"  # spreadsheets read UTF-8 only after a byte order mark
    yield writer.writerow(exports.CSV_HEADER)
    for event in events.iterator(chunk_size=500):
        yield writer.writerow(exports.csv_row(event, base_url))


@require_GET
def api_events(request: HttpRequest) -> HttpResponse:
    """The JSON API: the timeline's filters, pages of events chained by their `next` link."""
    form, events = export_filters(request)
    if events is None:
        return filter_errors(form)
    try:
        limit = min(max(int(request.GET.get("limit", API_PAGE_SIZE)), 1), API_MAX_PAGE_SIZE)
    except ValueError:
        return JsonResponse({"errors": {"limit": [{"message": "Not a number."}]}}, status=400)
    count = events.count()
    after = parse_cursor(request.GET.get("after"))
    page_events = events.after(*after) if after else events
    page = list(with_details(page_events)[: limit + 1])
    next_url = None
    if len(page) > limit:
        page = page[:limit]
        query = request.GET.copy()
        query["after"] = cursor_for(page[-1])
        next_url = request.build_absolute_uri(f"{request.path}?{query.urlencode()}")
    base = site_url(request)
    return JsonResponse(
        {"count": count, "next": next_url, "results": [exports.api_event(e, base) for e in page]},
        json_dumps_params={"ensure_ascii": False},
    )

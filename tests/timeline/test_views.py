import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory
from timeline.models import Person, Status
from timeline.views import PAGE_SIZE, group_by_month

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def story():
    desantis = PersonFactory(name="Ron DeSantis", slug="ron-desantis")
    musk = PersonFactory(name="Elon Musk", slug="elon-musk")
    trump = PersonFactory(name="Donald Trump", slug="donald-trump")
    article = ArticleFactory(source_name="BFM Tech&Co")
    space = EventFactory(
        title="Le Space de DeSantis échoue",
        date_start=D(2023, 5, 1),
        date_end=D(2023, 5, 31),
        precision="month",
        persons=[desantis, musk],
    )
    interview = EventFactory(
        title="Musk reçoit Trump sur X", date_start=D(2024, 8, 12), persons=[musk, trump]
    )
    ban = EventFactory(
        title="Trump banni",
        date_start=D(2021, 1, 1),
        date_end=D(2021, 1, 31),
        precision="month",
        persons=[trump],
    )
    for n, event in enumerate([space, interview, ban]):
        MentionFactory(
            event=event, article=article, expression_start=n * 10, expression_end=n * 10 + 5
        )
    return {"space": space, "interview": interview, "ban": ban, "article": article}


def test_timeline_lists_events_in_order_grouped_by_year_and_month(client, story):
    response = client.get(reverse("timeline:index"), HTTP_ACCEPT_LANGUAGE="fr")
    html = response.content.decode()
    assert response.status_code == 200
    positions = [html.index(story[k].title) for k in ("ban", "space", "interview")]
    assert positions == sorted(positions)
    assert "<h2>2021</h2>" in html and "<h2>2023</h2>" in html
    assert "mai 2023" in html and "12 août 2024" in html and "janvier 2021" in html


def test_timeline_dates_follow_the_browser_language(client, story):
    html = client.get(reverse("timeline:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "12 August 2024" in html and "May 2023" in html


def test_person_filter_keeps_only_their_events(client, story):
    response = client.get(reverse("timeline:index"), {"person": "ron-desantis"})
    html = response.content.decode()
    assert story["space"].title in html
    assert story["interview"].title not in html
    assert story["ban"].title not in html


def test_several_persons_filter_needs_all_of_them(client, story):
    response = client.get(reverse("timeline:index"), {"person": ["elon-musk", "donald-trump"]})
    html = response.content.decode()
    assert story["interview"].title in html
    assert story["space"].title not in html and story["ban"].title not in html


def test_date_range_filter_keeps_overlapping_events(client, story):
    response = client.get(reverse("timeline:index"), {"start": "2023-05-20", "end": "2024-01-01"})
    html = response.content.decode()
    assert story["space"].title in html
    assert story["interview"].title not in html and story["ban"].title not in html


def test_htmx_request_gets_the_list_fragment_only(client, story):
    response = client.get(
        reverse("timeline:index"), {"person": "donald-trump"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert html.lstrip().startswith('<section id="event-list"')
    assert story["ban"].title in html and story["space"].title not in html
    assert "HX-Request" in response["Vary"]


def test_history_restore_gets_the_full_page(client, story):
    response = client.get(
        reverse("timeline:index"),
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in response.content.decode()


def test_reversed_date_range_says_so_and_shows_everything(client, story):
    response = client.get(reverse("timeline:index"), {"start": "2024-01-01", "end": "2023-01-01"})
    html = response.content.decode()
    assert "The end date is before the start date." in html or "La date de fin" in html
    assert story["space"].title in html


def test_unknown_person_slug_is_a_form_error_not_a_crash(client, story):
    response = client.get(reverse("timeline:index"), {"person": "nobody"})
    assert response.status_code == 200


def test_rejected_events_are_not_shown(client, story):
    story["ban"].status = Status.REJECTED
    story["ban"].save()
    html = client.get(reverse("timeline:index")).content.decode()
    assert story["ban"].title not in html
    assert client.get(story["ban"].get_absolute_url()).status_code == 404


def test_timeline_queries_do_not_grow_with_events(client, story, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        client.get(reverse("timeline:index"))


def test_event_page_shows_its_sentences_with_the_expression_highlighted(client):
    article = ArticleFactory(title="Trump revient sur X")
    mention = MentionFactory(
        article=article,
        sentence="Elon Musk prévoit de parler avec Donald Trump ce lundi 12 août.",
        sentence_start=0,
        sentence_end=63,
        expression="ce lundi 12 août",
        expression_start=46,
        expression_end=62,
    )
    html = client.get(mention.event.get_absolute_url()).content.decode()
    assert "Donald Trump <mark>ce lundi 12 août</mark>." in html
    assert article.get_absolute_url() in html


def test_article_page_highlights_dates_and_links_them_to_events(client):
    article = ArticleFactory(body="Le 9 août 2024, quelque chose est arrivé. Texte.")
    mention = MentionFactory(article=article)
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{mention.event.get_absolute_url()}"><mark>Le 9 août 2024</mark></a>' in html


def test_people_page_counts_events(client, story):
    html = client.get(reverse("timeline:persons"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Elon Musk" in html and "2 events" in html


# Pagination, grouping and fragments


@pytest.fixture
def many_events():
    """60 events, one every ten days from 2022-01-03, each with a mention."""
    article = ArticleFactory(source_name="Le Quotidien")
    events = []
    for n in range(60):
        event = EventFactory(
            title=f"Épisode {n:02d}", date_start=D(2022, 1, 3) + datetime.timedelta(days=10 * n)
        )
        MentionFactory(
            event=event, article=article, expression_start=n * 20, expression_end=n * 20 + 5
        )
        events.append(event)
    return events


def test_timeline_shows_a_first_page_and_a_link_to_the_next(client, many_events):
    html = client.get(reverse("timeline:index")).content.decode()
    assert html.count('<li class="event') == PAGE_SIZE
    assert "Épisode 49" in html and "Épisode 50" not in html
    last = many_events[PAGE_SIZE - 1]
    assert f'href="/?after={last.date_start.isoformat()}.{last.pk}"' in html
    assert 'hx-trigger="revealed, click"' in html


def test_next_page_starts_after_the_cursor_and_keeps_the_filters(client, many_events):
    last = many_events[9]
    response = client.get(
        reverse("timeline:index"), {"q": "Épisode", "after": f"{last.date_start}.{last.pk}"}
    )
    html = response.content.decode()
    assert "Épisode 09" not in html and "Épisode 10" in html
    assert "q=%C3%89pisode&amp;after=" in html  # the next link keeps the filters


def test_next_page_fragment_continues_the_month_without_repeating_its_heading(client, many_events):
    # Épisode 01 is on 13 January 2022, Épisode 02 on 23 January: the same month.
    first = many_events[1]
    response = client.get(
        reverse("timeline:index"),
        {"after": f"{first.date_start}.{first.pk}"},
        headers={"HX-Request": "true", "HX-Target": "next-page"},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="event-list"' not in html
    assert html.index("Épisode 02") < html.index("<h3>février 2022</h3>")
    assert "<h3>janvier 2022</h3>" not in html and "<h2>2022</h2>" not in html
    assert 'id="next-page"' in html
    assert 'id="result-count"' not in html  # loading more does not announce a new count again


def test_next_page_fragment_opens_a_new_year_with_its_heading(client, many_events):
    december = [e for e in many_events if e.date_start.year == 2022][-1]
    response = client.get(
        reverse("timeline:index"),
        {"after": f"{december.date_start}.{december.pk}"},
        headers={"HX-Request": "true", "HX-Target": "next-page"},
    )
    assert "<h2>2023</h2>" in response.content.decode()


def test_last_page_has_no_next_link(client, many_events):
    last = many_events[-2]
    html = client.get(
        reverse("timeline:index"), {"after": f"{last.date_start}.{last.pk}"}
    ).content.decode()
    assert "Épisode 59" in html and 'id="next-page"' not in html


def test_malformed_cursor_starts_from_the_beginning(client, many_events):
    html = client.get(reverse("timeline:index"), {"after": "yesterday"}).content.decode()
    assert "Épisode 00" in html


def test_timeline_queries_do_not_grow_with_pages(
    client, many_events, django_assert_max_num_queries
):
    musk = PersonFactory(name="Elon Musk", slug="elon-musk")
    for event in many_events:
        event.persons.add(musk)
    with django_assert_max_num_queries(8):
        response = client.get(reverse("timeline:index"), {"person": "elon-musk", "q": "Épisode"})
    assert response.content.decode().count('<li class="event') == PAGE_SIZE


def test_group_by_month_marks_where_headings_open():
    events = [
        EventFactory.build(date_start=D(2023, 12, 30)),
        EventFactory.build(date_start=D(2024, 1, 2)),
        EventFactory.build(date_start=D(2024, 1, 9)),
        EventFactory.build(date_start=D(2024, 2, 1)),
    ]
    groups = group_by_month(events, after=D(2023, 12, 1))
    assert [(g["month"], g["opens_year"], g["opens_month"], len(g["events"])) for g in groups] == [
        (D(2023, 12, 1), False, False, 1),
        (D(2024, 1, 1), True, True, 2),
        (D(2024, 2, 1), False, True, 1),
    ]


def test_filter_form_sent_with_blank_fields_redirects_to_the_short_address(client, story):
    response = client.get(
        reverse("timeline:index"), {"person": "elon-musk", "who": "", "start": "", "q": ""}
    )
    assert response.status_code == 302
    assert response["Location"] == "/?person=elon-musk"


def test_htmx_list_pushes_the_address_without_blank_fields(client, story):
    response = client.get(
        reverse("timeline:index"),
        {"person": "elon-musk", "who": "", "start": "", "q": ""},
        headers={"HX-Request": "true", "HX-Target": "event-list", "HX-Trigger": "filters"},
    )
    assert response.status_code == 200
    assert response["HX-Push-Url"] == "/?person=elon-musk"


def test_htmx_list_announces_the_count_out_of_band(client, story):
    response = client.get(
        reverse("timeline:index"),
        {"person": "donald-trump"},
        headers={"HX-Request": "true", "HX-Target": "event-list", "HX-Trigger": "filters"},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    html = response.content.decode()
    assert '<p id="result-count" hx-swap-oob="innerHTML">2 événements · avec Donald Trump' in html
    assert 'id="id_start"' not in html  # the form sent it: its dates are already right


def test_chart_bar_request_moves_the_form_dates_along(client, story):
    response = client.get(
        reverse("timeline:index"),
        {"start": "2023-01-01", "end": "2023-12-31"},
        headers={"HX-Request": "true", "HX-Target": "event-list", "HX-Trigger": "bar-2023"},
    )
    html = response.content.decode()
    assert (
        '<input type="date" name="start" id="id_start" value="2023-01-01" hx-swap-oob="true">'
        in html
    )
    assert 'id="id_end" value="2023-12-31" hx-swap-oob="true"' in html
    assert story["space"].title in html and story["interview"].title not in html


def test_list_swap_closes_the_event_panel(client, story):
    response = client.get(
        reverse("timeline:index"), headers={"HX-Request": "true", "HX-Target": "event-list"}
    )
    assert '<div id="panel" class="panel" hx-swap-oob="true"></div>' in response.content.decode()


# Histogram on the page


def test_timeline_shows_a_density_chart_per_year_over_a_long_span(client, story):
    html = client.get(reverse("timeline:index"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Événements par an" in html
    assert 'id="bar-2021"' in html and 'id="bar-2024"' in html
    assert 'id="bar-2022"' not in html  # an empty year is drawn, but not a link
    assert 'href="/?start=2023-01-01&amp;end=2023-12-31"' in html
    assert 'aria-label="2023 : 1 événement"' in html


def test_chart_bars_keep_the_other_filters(client, story):
    html = client.get(reverse("timeline:index"), {"person": "donald-trump"}).content.decode()
    assert 'href="/?person=donald-trump&amp;start=2021-01-01&amp;end=2021-12-31"' in html


def test_narrowed_dates_chart_each_month(client, story):
    html = client.get(
        reverse("timeline:index"),
        {"start": "2023-01-01", "end": "2023-12-31"},
        HTTP_ACCEPT_LANGUAGE="fr",
    ).content.decode()
    assert "Événements par mois" in html
    assert 'id="bar-2023-05"' in html
    assert 'href="/?start=2023-05-01&amp;end=2023-05-31"' in html
    assert "Voir toute la période" in html


# Filters


def test_text_filter_searches_titles_and_sentences(client, story):
    html = client.get(reverse("timeline:index"), {"q": "banni"}).content.decode()
    assert story["ban"].title in html and story["space"].title not in html


def test_language_filter_keeps_events_said_in_that_language(client, story):
    english = ArticleFactory(language="en", source_name="The Daily")
    MentionFactory(event=story["space"], article=english)
    html = client.get(reverse("timeline:index"), {"language": "en"}).content.decode()
    assert story["space"].title in html and story["interview"].title not in html


def test_source_filter_offers_the_known_sources(client, story):
    other = ArticleFactory(source_name="The Daily")
    MentionFactory(event=story["space"], article=other)
    html = client.get(reverse("timeline:index"), {"source": "The Daily"}).content.decode()
    assert '<option value="The Daily" selected>' in html
    assert story["space"].title in html and story["ban"].title not in html


def test_status_filter_is_for_editors_only(client, django_user_model, story):
    story["ban"].status = Status.REJECTED
    story["ban"].save()
    html = client.get(reverse("timeline:index"), {"status": "rejected"}).content.decode()
    assert 'name="status"' not in html and story["ban"].title not in html

    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = client.get(reverse("timeline:index"), {"status": "rejected"}).content.decode()
    assert 'name="status"' in html
    assert story["ban"].title in html and story["space"].title not in html


def test_empty_result_says_so_and_offers_ways_out(client, story):
    html = client.get(
        reverse("timeline:index"),
        {"q": "introuvable", "start": "2020-01-01"},
        HTTP_ACCEPT_LANGUAGE="fr",
    ).content.decode()
    assert "Aucun événement ne correspond à ces filtres." in html
    assert 'href="/?q=introuvable"' in html  # without the dates
    assert 'href="/?start=2020-01-01"' in html  # without the words
    assert 'role="status">0 événement' in html


def test_count_names_the_filters_in_force(client, story):
    html = client.get(
        reverse("timeline:index"),
        {"person": "elon-musk", "start": "2023-01-01", "end": "2024-12-31"},
        HTTP_ACCEPT_LANGUAGE="fr",
    ).content.decode()
    assert "2 événements · avec Elon Musk · du 1er janvier 2023 au 31 décembre 2024" in html


# Person picker


def test_picker_offers_the_people_with_most_events_first(client, story):
    html = client.get(reverse("timeline:index")).content.decode()
    choices = html[html.index('id="person-choices"') :]
    assert choices.index("Elon Musk") < choices.index("Ron DeSantis")


def test_picker_fragment_matches_the_typed_name_and_keeps_the_chosen(client, story):
    response = client.get(
        reverse("timeline:index"),
        {"who": "desan", "person": "donald-trump"},
        headers={"HX-Request": "true", "HX-Target": "person-choices"},
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="person-choices"')
    assert 'value="donald-trump" id="person-donald-trump" checked' in html
    assert "Ron DeSantis" in html and "Elon Musk" not in html


def test_picker_ignores_accents_and_case(client, story):
    PersonFactory(name="Marine Le Pen")
    PersonFactory(name="Éric Zemmour")
    event = EventFactory(
        persons=list(Person.objects.filter(name__in=["Marine Le Pen", "Éric Zemmour"]))
    )
    assert event
    response = client.get(
        reverse("timeline:index"),
        {"who": "eric"},
        headers={"HX-Request": "true", "HX-Target": "person-choices"},
    )
    assert "Éric Zemmour" in response.content.decode()


# Event page and panel


def test_event_fragment_for_the_panel_has_a_close_link_back_to_the_list(client, story):
    response = client.get(
        story["space"].get_absolute_url(),
        headers={
            "HX-Request": "true",
            "HX-Target": "panel",
            "HX-Current-URL": "http://testserver/?person=elon-musk",
        },
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    html = response.content.decode()
    assert "<html" not in html
    assert 'href="http://testserver/?person=elon-musk" data-close-panel' in html
    assert f'<h2 id="event-title" tabindex="-1" autofocus>{story["space"].title}</h2>' in html
    assert "HX-Request" in response["Vary"]


def test_event_panel_close_link_never_leads_off_site(client, story):
    response = client.get(
        story["space"].get_absolute_url(),
        headers={"HX-Request": "true", "HX-Current-URL": "https://evil.example/"},
    )
    assert 'href="/" data-close-panel' in response.content.decode()


def test_event_page_marks_a_vague_date(client, story):
    html = client.get(story["space"].get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<time datetime="2023-05">mai 2023</time>' in html
    assert "au mois près" in html


def test_event_page_shows_the_source_and_its_publication_date(client, story):
    html = client.get(story["space"].get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "BFM Tech&amp;Co" in html and "publié le" in html and "10 août 2024" in html


def test_editors_can_open_a_rejected_event(client, django_user_model, story):
    story["ban"].status = Status.REJECTED
    story["ban"].save()
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = client.get(story["ban"].get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "rejected" in html


# People


def test_people_search_narrows_the_index(client, story):
    html = client.get(reverse("timeline:persons"), {"q": "trump"}).content.decode()
    assert "Donald Trump" in html and "Elon Musk" not in html


def test_people_search_fragment_updates_the_announced_count(client, story):
    response = client.get(
        reverse("timeline:persons"),
        {"q": "musk"},
        headers={"HX-Request": "true", "HX-Target": "person-list"},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="person-list"')
    assert '<p id="person-count" hx-swap-oob="innerHTML">1 personne' in html


def test_people_index_leaves_out_people_with_only_rejected_events(client, story):
    story["ban"].status = Status.REJECTED
    story["ban"].save()
    PersonFactory(name="Nobody Atall")
    html = client.get(reverse("timeline:persons"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nobody Atall" not in html
    assert "Donald Trump" in html and "1 event" in html


def test_person_page_is_their_timeline(client, story):
    html = client.get(reverse("timeline:person", args=["donald-trump"])).content.decode()
    assert "<h1>Donald Trump</h1>" in html
    assert story["ban"].title in html and story["interview"].title in html
    assert story["space"].title not in html
    assert "/export/events.csv?person=donald-trump" in html


def test_person_page_narrows_by_dates_from_its_chart(client, story):
    url = reverse("timeline:person", args=["donald-trump"])
    html = client.get(url, {"start": "2021-01-01", "end": "2021-12-31"}).content.decode()
    assert story["ban"].title in html and story["interview"].title not in html
    assert f'href="{url}?start=2021-01-01&amp;end=2021-01-31"' in html


def test_unknown_person_page_is_not_found(client, story):
    assert client.get(reverse("timeline:person", args=["nobody"])).status_code == 404


def test_person_page_queries_do_not_grow(client, many_events, django_assert_max_num_queries):
    musk = PersonFactory(name="Elon Musk", slug="elon-musk")
    for event in many_events:
        event.persons.add(musk)
    with django_assert_max_num_queries(7):
        client.get(reverse("timeline:person", args=["elon-musk"]))


# Languages


def test_language_switch_sets_the_language_and_returns_to_the_page(client, story):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/?person=elon-musk"}
    )
    assert response.status_code == 302 and response["Location"] == "/?person=elon-musk"
    html = client.get("/?person=elon-musk").content.decode()
    assert '<html lang="en">' in html and "May 2023" in html


def test_interface_is_french_by_default(client, story):
    html = client.get(reverse("timeline:index")).content.decode()
    assert '<html lang="fr">' in html and "Chronologie" in html

import re

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


def test_filtering_by_a_person_swaps_the_list_and_updates_the_url(
    page, live_server, demo_timeline, artifacts
):
    page.goto(live_server.url + "/")
    events = page.locator("#event-list li.event")
    expect(page.locator("#event-list")).to_contain_text("12 août 2024")
    total = events.count()
    assert total >= 6

    page.get_by_label("Ron DeSantis").check()

    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")
    expect(events).not_to_have_count(total)
    expect(page.locator("#event-list")).to_contain_text("mai 2023")
    for item in events.all():
        expect(item.locator(".persons")).to_contain_text("Ron DeSantis")
    page.screenshot(path=str(artifacts / "timeline-filtered.png"), full_page=True)

    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/")
    expect(events).to_have_count(total)


def test_filtering_works_without_javascript(no_js_page, live_server, demo_timeline):
    page = no_js_page
    page.goto(live_server.url + "/")
    page.get_by_label("Ron DeSantis").check()
    page.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")  # blank fields dropped
    expect(page.locator("#event-list")).to_contain_text("Ron DeSantis")
    expect(page.locator("#event-list")).not_to_contain_text("12 août 2024")


def test_picker_finds_people_as_you_type_and_combines_two(page, live_server, long_story):
    page.goto(live_server.url + "/")
    events = page.locator("#event-list li.event")
    picker = page.get_by_label("Chercher une personne")

    picker.fill("trump")
    expect(page.locator("#person-choices")).not_to_contain_text("Ron DeSantis")
    page.get_by_label("Donald Trump").check()
    expect(page).to_have_url(re.compile(r"person=donald-trump"))
    picker.fill("musk")
    expect(page.locator("#person-choices")).to_contain_text("Elon Musk")
    expect(page.get_by_label("Donald Trump")).to_be_checked()  # the first choice stays
    page.get_by_label("Elon Musk").check()

    expect(page).to_have_url(
        re.compile(r"person=donald-trump&.*person=elon-musk|person=elon-musk&.*person=donald-trump")
    )
    expect(events).to_have_count(6)
    expect(page.locator("#result-count")).to_have_text(
        re.compile(r"^6 événements · avec Donald Trump, Elon Musk")
    )
    for item in events.all():
        expect(item.locator(".persons")).to_contain_text("Donald Trump")
        expect(item.locator(".persons")).to_contain_text("Elon Musk")


def test_picker_combines_two_people_without_javascript(no_js_page, live_server, long_story):
    page = no_js_page
    page.goto(live_server.url + "/")
    page.get_by_label("Chercher une personne").fill("trump")
    page.get_by_role("button", name="Chercher").click()
    page.get_by_label("Donald Trump").check()
    page.get_by_label("Chercher une personne").fill("musk")
    page.get_by_role("button", name="Chercher").click()
    expect(page.get_by_label("Donald Trump")).to_be_checked()
    page.get_by_label("Elon Musk").check()
    page.get_by_role("button", name="Filtrer").click()

    expect(page.locator("#event-list li.event")).to_have_count(6)
    expect(page.locator("#result-count")).to_contain_text("avec Donald Trump, Elon Musk")


def test_clicking_a_bar_of_the_chart_narrows_the_dates(page, live_server, long_story):
    page.goto(live_server.url + "/")
    expect(page.locator(".histogram figcaption")).to_contain_text("par an")

    page.locator("#bar-2022").click()

    expect(page).to_have_url(f"{live_server.url}/?start=2022-01-01&end=2022-12-31")
    expect(page.locator("#id_start")).to_have_value("2022-01-01")
    expect(page.locator("#id_end")).to_have_value("2022-12-31")
    expect(page.locator(".histogram figcaption")).to_contain_text("par mois")
    expect(page.locator(".histogram a.bar").first).to_be_focused()
    dates = page.locator("#event-list li.event time.event-date").all_text_contents()
    assert dates and all("2022" in d for d in dates)

    page.locator(".histogram a.bar").first.press("Enter")
    expect(page).to_have_url(re.compile(r"start=2022-01-01&end=2022-01-31"))
    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/?start=2022-01-01&end=2022-12-31")


def test_chart_bars_are_one_tab_stop_walked_with_the_arrow_keys(page, live_server, long_story):
    page.goto(live_server.url + "/")
    first = page.locator("#bar-2021")
    first.focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#bar-2022")).to_be_focused()
    expect(first).to_have_attribute("tabindex", "-1")
    page.keyboard.press("End")
    expect(page.locator("#bar-2024")).to_be_focused()


def test_chart_bar_narrows_the_dates_without_javascript(no_js_page, live_server, long_story):
    page = no_js_page
    page.goto(live_server.url + "/")
    page.locator("#bar-2022").click()
    expect(page).to_have_url(f"{live_server.url}/?start=2022-01-01&end=2022-12-31")
    expect(page.locator("#id_start")).to_have_value("2022-01-01")
    expect(page.locator(".histogram figcaption")).to_contain_text("par mois")


def test_scrolling_to_the_end_loads_the_next_page(page, live_server, long_story, short_pages):
    page.goto(live_server.url + "/")
    events = page.locator("#event-list li.event")
    expect(events).to_have_count(10)

    page.locator("#next-page").scroll_into_view_if_needed()
    expect(events).to_have_count(20)
    page.locator("#next-page").scroll_into_view_if_needed()
    expect(events).to_have_count(30)
    page.locator("#next-page").scroll_into_view_if_needed()
    expect(events).to_have_count(31)
    expect(page.locator("#next-page")).to_have_count(0)
    expect(page).to_have_url(f"{live_server.url}/")  # loading more is not a new address
    headings = page.locator(".events-flow > h3").all_text_contents()
    assert len(headings) == len(set(headings))  # a continued month keeps its one heading
    years = page.locator(".events-flow > h2").all_text_contents()
    assert years == ["2021", "2022", "2023", "2024"]


def test_loading_more_from_the_keyboard_moves_focus_to_the_first_new_event(
    page, live_server, long_story, short_pages
):
    page.goto(live_server.url + "/")
    page.locator("#next-page a").focus()
    expect(page.locator(f"#event-link-{long_story['events'][10].pk}")).to_be_focused()


def test_year_and_month_headings_stick_while_scrolling(page, live_server, long_story):
    page.goto(live_server.url + "/")
    page.locator("#event-link-" + str(long_story["events"][5].pk)).scroll_into_view_if_needed()
    page.mouse.wheel(0, 300)
    year = page.locator(".events-flow > h2", has_text="2021")
    expect(year).to_be_visible()
    assert year.bounding_box()["y"] == pytest.approx(0, abs=1)


def test_next_link_without_javascript(no_js_page, live_server, long_story, short_pages):
    page = no_js_page
    page.goto(live_server.url + "/?person=elon-musk")
    page.get_by_role("link", name="Événements suivants").click()
    expect(page).to_have_url(re.compile(r"\?person=elon-musk&after=\d{4}-\d\d-\d\d\.\d+$"))
    expect(page.locator("#event-list li.event")).to_have_count(10)
    expect(page.locator("#event-list")).to_contain_text("Épisode 10")
    expect(page.locator("#event-list")).not_to_contain_text("Épisode 09")


def test_event_panel_opens_beside_the_list_and_back_closes_it(page, live_server, long_story):
    event = long_story["space"]
    page.goto(live_server.url + "/?person=ron-desantis")
    link = page.locator(f"#event-link-{event.pk}")
    link.click()

    expect(page).to_have_url(f"{live_server.url}/events/{event.pk}/")
    panel = page.locator("#panel")
    expect(panel.get_by_role("heading", name=event.title)).to_be_focused()
    expect(panel).to_contain_text("mai 2023")
    expect(panel).to_contain_text("au mois près")
    expect(panel.locator("blockquote mark")).to_have_text("Le 9 août 2024")
    expect(page.locator("#event-list")).to_be_visible()

    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")
    expect(panel).to_be_empty()
    expect(page.locator(f"#event-link-{event.pk}")).to_be_focused()

    page.locator(f"#event-link-{event.pk}").click()
    expect(panel.get_by_role("heading", name=event.title)).to_be_visible()
    page.keyboard.press("Escape")
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")
    expect(panel).to_be_empty()

    page.locator(f"#event-link-{event.pk}").click()
    panel.get_by_role("link", name="Fermer").click()
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")
    expect(panel).to_be_empty()


def test_event_opened_directly_is_a_full_page(page, live_server, long_story):
    event = long_story["space"]
    page.goto(f"{live_server.url}/events/{event.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    expect(page.locator("#panel")).to_have_count(0)
    page.get_by_role("link", name="Ron DeSantis").click()
    expect(page).to_have_url(f"{live_server.url}/people/ron-desantis/")
    expect(page.locator("#event-list li.event")).to_have_count(1)


def test_event_link_opens_the_page_without_javascript(no_js_page, live_server, long_story):
    page = no_js_page
    event = long_story["space"]
    page.goto(live_server.url + "/?person=ron-desantis")
    page.locator(f"#event-link-{event.pk}").click()
    expect(page).to_have_url(f"{live_server.url}/events/{event.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    page.go_back()
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")


def test_language_switch_keeps_the_view_and_translates_dates(page, live_server, long_story):
    page.goto(live_server.url + "/")
    page.get_by_label("Ron DeSantis").check()
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")

    page.get_by_role("button", name="English").click()

    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Timeline")
    expect(page.locator("#event-list")).to_contain_text("May 2023")
    expect(page.get_by_role("button", name="English")).to_have_attribute("aria-pressed", "true")

    page.get_by_role("button", name="Français").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Chronologie")


def test_language_switch_without_javascript(no_js_page, live_server, long_story):
    page = no_js_page
    page.goto(live_server.url + "/?person=ron-desantis")
    page.get_by_role("button", name="English").click()
    expect(page).to_have_url(f"{live_server.url}/?person=ron-desantis")
    expect(page.locator("#event-list")).to_contain_text("May 2023")


def test_people_index_searches_as_you_type(page, live_server, long_story):
    page.goto(live_server.url + "/people/")
    expect(page.locator(".person-index li")).to_have_count(3)
    page.get_by_label("Chercher une personne").fill("desan")
    expect(page.locator(".person-index li")).to_have_count(1)
    expect(page.locator("#person-count")).to_have_text(re.compile("^1 personne"))
    expect(page).to_have_url(f"{live_server.url}/people/?q=desan")
    page.get_by_role("link", name="Ron DeSantis").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ron DeSantis")


def test_timeline_fits_a_360px_screen(browser, live_server, long_story, artifacts):
    context = browser.new_context(locale="fr-FR", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(artifacts / "timeline-360.png"), full_page=True)

    page.locator(f"#event-link-{long_story['space'].pk}").click()
    panel = page.locator("#panel")
    expect(panel.get_by_role("heading", name=long_story["space"].title)).to_be_visible()
    box = panel.bounding_box()
    assert box["x"] == 0 and box["width"] == 360  # the panel covers the small screen
    page.screenshot(path=str(artifacts / "event-panel-360.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_print_stylesheet_keeps_only_the_events(page, live_server, long_story):
    page.goto(live_server.url + "/")
    page.emulate_media(media="print")
    expect(page.locator("#filters")).to_be_hidden()
    expect(page.locator(".histogram")).to_be_hidden()
    expect(page.locator("#event-list li.event").first).to_be_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?person=elon-musk&person=donald-trump",
        "/?q=introuvable",
        "/?start=2022-01-01&end=2022-12-31",
        "/people/",
        "/people/donald-trump/",
        "/articles/",
        "EVENT",
        "ARTICLE",
        "PANEL",
    ],
)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_pages_have_no_serious_accessibility_violations(
    page, live_server, demo_timeline, path, language
):
    from articles.models import Article
    from timeline.models import Event

    # The interface language is the visitor's choice, kept in Django's language cookie.
    page.context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url}]
    )
    event = Event.objects.filter(persons__slug="donald-trump").first()
    if path == "EVENT":
        path = event.get_absolute_url()
    elif path == "ARTICLE":
        path = Article.objects.first().get_absolute_url()
    page.goto(live_server.url + ("/" if path == "PANEL" else path))
    expect(page.locator("html")).to_have_attribute("lang", language)
    if path == "PANEL":
        page.locator(f"#event-link-{event.pk}").click()
        expect(page.locator("#panel h2")).to_be_focused()
    assert axe_violations(page) == []

import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.fixture(scope="module")
def browser():
    """Chromium for one test module. Playwright's sync API leaves an event loop marked running
    in the test thread while it is open; the ORM calls made by the tests themselves are still
    plain synchronous calls, so Django is told to allow them, for this module only: the
    variable must not reach later tests or their subprocesses (tests/test_settings.py)."""
    from playwright.sync_api import sync_playwright

    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        yield from launch(sync_playwright)
    finally:
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


def launch(sync_playwright):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_timeline(transactional_db, demo_dir):
    with open(os.devnull, "w") as quiet:
        call_command("ingest", str(demo_dir), stdout=quiet)


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(
        java_script_enabled=False, locale="fr-FR", viewport={"width": 1200, "height": 900}
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def short_pages(monkeypatch):
    """Ten events a page, so a small story needs several pages (the live server shares this
    process, so the patch reaches it)."""
    monkeypatch.setattr("timeline.views.PAGE_SIZE", 10)


@pytest.fixture
def long_story(transactional_db):
    """Three people over 2021-2024: 30 events with Elon Musk, 6 of them with Donald Trump too."""
    import datetime

    from tests.factories import ArticleFactory, EventFactory, MentionFactory, PersonFactory

    musk = PersonFactory(name="Elon Musk", slug="elon-musk")
    trump = PersonFactory(name="Donald Trump", slug="donald-trump")
    desantis = PersonFactory(name="Ron DeSantis", slug="ron-desantis")
    article = ArticleFactory(title="Musk et la politique", source_name="Le Quotidien")
    english = ArticleFactory(title="Musk and politics", source_name="The Daily", language="en")
    events = []
    for n in range(30):
        day = datetime.date(2021, 1, 4) + datetime.timedelta(days=47 * n)
        persons = [musk, trump] if n % 5 == 0 else [musk]
        event = EventFactory(title=f"Épisode {n:02d} de la saga", date_start=day, persons=persons)
        MentionFactory(
            event=event,
            article=article if n % 2 else english,
            sentence=f"Le {day:%d/%m/%Y}, épisode {n:02d}.",
            expression=f"{day:%d/%m/%Y}",
            expression_start=3 + n * 100,
            expression_end=13 + n * 100,
            sentence_start=n * 100,
            sentence_end=n * 100 + 30,
        )
        events.append(event)
    space = EventFactory(
        title="Le Space de DeSantis échoue",
        date_start=datetime.date(2023, 5, 1),
        date_end=datetime.date(2023, 5, 31),
        precision="month",
        persons=[desantis, musk],
    )
    MentionFactory(event=space, article=ArticleFactory(title="Le Space raté"))
    return {"events": events, "space": space, "article": article}


def axe_violations(page) -> list[dict]:
    """Serious and critical axe-core violations on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => await axe.run(document, {runOnly: {type: "tag", values: tags}})""",
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]

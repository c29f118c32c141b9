import datetime
import json
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, ExtractionStatus
from articles.services import IngestError, read_article_file
from timeline.models import Event, Mention, Person, Status

pytestmark = pytest.mark.django_db
D = datetime.date


def ingest(*paths, **options) -> str:
    out = StringIO()
    call_command("ingest", *[str(p) for p in paths], stdout=out, stderr=out, **options)
    return out.getvalue()


def write_article(folder, name, text, **meta):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    if meta:
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def event_on(start, precision, **filters):
    return Event.objects.filter(date_start=start, precision=precision, **filters)


def test_ingesting_the_demo_builds_the_story(demo_dir):
    output = ingest(demo_dir)
    assert "[1/2]" in output and "[2/2]" in output and "2 files: 2 new, 2 extracted" in output
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("extraction_status", flat=True)) == {"done"}
    desantis = Person.objects.get(name="Ron DeSantis")
    assert event_on(D(2023, 5, 1), "month", persons=desantis).exists()
    assert event_on(D(2021, 1, 6), "day").exists()
    assert event_on(D(2021, 1, 1), "month", persons__name="Donald Trump").exists()
    assert event_on(D(2023, 8, 1), "month", persons__name="Donald Trump").exists()
    assert event_on(D(2024, 8, 9), "day").exists()
    space = event_on(D(2024, 8, 12), "day", persons__name="Elon Musk").get()
    assert set(space.persons.values_list("name", flat=True)) == {"Elon Musk", "Donald Trump"}


def test_the_same_happening_said_twice_is_one_event_with_two_mentions(demo_dir):
    ingest(demo_dir)
    space = event_on(D(2024, 8, 12), "day", persons__name="Elon Musk").get()
    assert space.mentions.count() >= 2
    assert len({m.sentence_start for m in space.mentions.all()}) == space.mentions.count()


def test_mention_offsets_point_into_the_article_text(demo_dir):
    ingest(demo_dir)
    for mention in Mention.objects.select_related("article"):
        body = mention.article.body
        assert body[mention.sentence_start : mention.sentence_end] == mention.sentence
        assert body[mention.expression_start : mention.expression_end] == mention.expression


def test_importing_the_same_files_twice_changes_nothing(demo_dir):
    ingest(demo_dir)
    before = list(Mention.objects.order_by("pk").values_list("pk", "event_id"))
    output = ingest(demo_dir)
    assert "2 unchanged" in output
    assert list(Mention.objects.order_by("pk").values_list("pk", "event_id")) == before


def test_the_same_text_under_another_name_is_one_article(demo_dir, tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(demo_dir / "003_f3febfc380401b87.txt", copy)
    ingest(demo_dir / "003_f3febfc380401b87.txt", copy)
    assert Article.objects.count() == 1


def test_an_editors_correction_survives_extracting_again(demo_dir):
    ingest(demo_dir)
    reinstated = Mention.objects.get(expression="en novembre dernier").event
    reinstated.date_start, reinstated.date_end = D(2022, 11, 1), D(2022, 11, 30)
    reinstated.status = Status.CORRECTED
    reinstated.save()
    rejected = Mention.objects.get(expression="en août 2023").event
    rejected.status = Status.REJECTED
    rejected.save()

    output = ingest(demo_dir, reextract=True)

    assert "kept from editors" in output
    reinstated.refresh_from_db()
    assert (reinstated.date_start, reinstated.status) == (D(2022, 11, 1), Status.CORRECTED)
    assert Mention.objects.filter(expression="en novembre dernier").count() == 1
    assert Mention.objects.get(expression="en août 2023").event.status == Status.REJECTED
    assert Event.objects.filter(date_start=D(2024, 8, 12)).exists()


def test_a_new_extractor_version_extracts_again_but_keeps_corrections(demo_dir):
    ingest(demo_dir)
    event = Mention.objects.get(expression="Le 9 août").event
    event.title = "Rapport du CCDH"
    event.status = Status.CORRECTED
    event.save()
    Article.objects.update(extractor_version="0-old")
    output = ingest(demo_dir)
    assert "2 extracted" in output
    assert Event.objects.get(pk=event.pk).title == "Rapport du CCDH"
    assert set(Article.objects.values_list("extractor_version", flat=True)) != {"0-old"}


def test_sidecar_gives_the_metadata(tmp_path):
    path = write_article(
        tmp_path,
        "a",
        "Le président a parlé hier devant la presse.",
        title="Discours",
        source="Le Monde",
        url="https://example.org/a",
        published="2024-03-05",
        language="fr",
    )
    ingest(path)
    article = Article.objects.get()
    assert (article.title, article.source_name, article.url) == (
        "Discours",
        "Le Monde",
        "https://example.org/a",
    )
    assert article.published_on == D(2024, 3, 5) and not article.is_published_on_inferred
    assert Event.objects.get().date_start == D(2024, 3, 4)


def test_without_sidecar_the_title_is_the_first_line_and_the_language_detected(tmp_path):
    path = write_article(
        tmp_path,
        "b",
        "Senate passes the budget\n\n"
        "The Senate passed the budget on March 3, 2021, after a long debate.",
    )
    ingest(path)
    article = Article.objects.get()
    assert article.title == "Senate passes the budget"
    assert article.language == "en"
    assert Event.objects.filter(date_start=D(2021, 3, 3), precision="day").exists()


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ({"published": "10/08/2024"}, "'published' must be YYYY-MM-DD"),
        ({"language": "de"}, "'language' must be one of"),
        ({"url": "not a url"}, "'url' is not a valid URL"),
        ({"author": "X"}, "unknown field(s) author"),
    ],
)
def test_bad_sidecar_fields_are_refused_with_a_clear_message(tmp_path, meta, message):
    path = write_article(tmp_path, "bad", "Le 3 mars 2021, le texte.", **meta)
    with pytest.raises(IngestError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_article_file(path)


def test_a_bad_file_is_reported_and_the_others_still_imported(tmp_path, demo_dir):
    (tmp_path / "latin1.txt").write_bytes("Le 3 mars 2021, été.".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    good = shutil.copy(demo_dir / "003_f3febfc380401b87.txt", tmp_path / "good.txt")
    out = StringIO()
    with pytest.raises(CommandError, match="2 file"):
        call_command("ingest", str(tmp_path), stdout=out, stderr=out)
    assert "not UTF-8" in out.getvalue() and "the file is empty" in out.getvalue()
    assert Article.objects.filter(title__startswith="Pour la première fois").count() == 1
    assert good.exists()


def test_the_same_url_with_another_text_is_refused(tmp_path):
    write_article(tmp_path, "one", "Le 3 mars 2021, une chose.", url="https://example.org/x")
    write_article(tmp_path, "two", "Le 4 mars 2021, autre chose.", url="https://example.org/x")
    with pytest.raises(CommandError):
        ingest(tmp_path / "one.txt", tmp_path / "two.txt")
    assert Article.objects.count() == 1


def test_a_failed_extraction_is_recorded_on_the_article(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr("timeline.services.extract", broken)
    path = write_article(tmp_path, "c", "Le 3 mars 2021, une chose.")
    with pytest.raises(CommandError):
        ingest(path)
    article = Article.objects.get()
    assert article.extraction_status == ExtractionStatus.FAILED
    assert "model exploded" in article.extraction_error


def test_with_a_broker_ingest_queues_extraction_after_commit(
    tmp_path, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    queued = []
    monkeypatch.setattr("timeline.tasks.extract_article_task.delay", queued.append)
    path = write_article(tmp_path, "d", "Le 3 mars 2021, une chose.")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        output = ingest(path)
    assert "extraction queued" in output
    assert len(callbacks) == 1
    assert queued == [Article.objects.get().pk]
    assert Event.objects.count() == 0


def test_a_saved_web_page_gives_its_text_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(
        '<html lang="en"><head><meta property="og:title" content="Budget passes">'
        '<meta property="article:published_time" content="2021-03-04T08:00:00Z"></head>'
        "<body><article><p>The Senate passed the budget yesterday.</p></article></body></html>",
        encoding="utf-8",
    )
    ingest(tmp_path)
    article = Article.objects.get()
    assert (article.title, article.language, article.published_on) == (
        "Budget passes",
        "en",
        D(2021, 3, 4),
    )
    assert not article.is_published_on_inferred
    assert article.body == "The Senate passed the budget yesterday."
    assert Event.objects.get().date_start == D(2021, 3, 3)


def test_without_a_publication_date_it_is_inferred_and_events_wait_for_review(tmp_path):
    path = write_article(
        tmp_path,
        "e",
        "Le Sénat a voté le budget le 3 mars 2021. Le texte sera examiné vendredi par les députés.",
    )
    ingest(path)
    article = Article.objects.get()
    assert article.published_on is not None and article.is_published_on_inferred
    assert set(Event.objects.values_list("status", flat=True)) == {Status.NEEDS_REVIEW}


TWO_REPORTS = {
    "a": "Elon Musk recevra Donald Trump sur X le 12 août 2024. En janvier 2021, Donald Trump "
    "avait été banni.",
    "b": "Donald Trump sera l'invité d'Elon Musk le 12 août 2024 pour une conversation. "
    "Donald Trump a été banni en janvier 2021.",
}


def test_two_articles_telling_the_same_day_of_the_same_people_share_one_event(tmp_path):
    for name, text in TWO_REPORTS.items():
        write_article(tmp_path, name, text, published="2024-08-10")
    ingest(tmp_path)
    space = Event.objects.get(date_start=D(2024, 8, 12))
    assert space.mentions.values("article").distinct().count() == 2
    # A month is not specific enough to say two articles tell one happening.
    assert Event.objects.filter(date_start=D(2021, 1, 1), precision="month").count() == 2


def test_a_shared_event_outlives_one_of_its_articles_extracted_again(tmp_path):
    for name, text in TWO_REPORTS.items():
        write_article(tmp_path, name, text, published="2024-08-10")
    ingest(tmp_path)
    space = Event.objects.get(date_start=D(2024, 8, 12))
    ingest(tmp_path / "a.txt", reextract=True)
    assert Event.objects.filter(date_start=D(2024, 8, 12)).count() == 1
    assert Event.objects.get(date_start=D(2024, 8, 12)).mentions.count() == 2
    assert Event.objects.filter(pk=space.pk).exists()


def test_a_rejected_event_is_not_reused_by_another_article(tmp_path):
    write_article(tmp_path, "a", TWO_REPORTS["a"], published="2024-08-10")
    ingest(tmp_path / "a.txt")
    Event.objects.filter(date_start=D(2024, 8, 12)).update(status=Status.REJECTED)
    write_article(tmp_path, "b", TWO_REPORTS["b"], published="2024-08-10")
    ingest(tmp_path / "b.txt")
    statuses = Event.objects.filter(date_start=D(2024, 8, 12)).values_list("status", flat=True)
    assert sorted(statuses) == [Status.EXTRACTED, Status.REJECTED]

"""`extract` on whole texts: sentences, tense, people, the seed gold (no database)."""

from datetime import date
from pathlib import Path

import pytest

from timeline.extraction import EXTRACTOR_VERSION, Extraction, detect_language, extract
from timeline.extraction.scoring import load_gold, score

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds" / "seeds.json"


@pytest.fixture(scope="module")
def seed_documents():
    return load_gold(SEEDS)


@pytest.fixture(scope="module")
def seed_extractions(seed_documents):
    return {
        document.id: extract(
            document.text, published_on=document.published, language=document.language
        )
        for document in seed_documents
    }


def events_by_sentence(extraction: Extraction, sentence: str):
    return [event for event in extraction.events if sentence in event.sentence]


def test_every_required_seed_event_is_found_with_its_date_and_precision(
    seed_documents, seed_extractions
):
    for document in seed_documents:
        extraction = seed_extractions[document.id]
        for gold in document.events:
            if gold.optional:
                continue
            found = events_by_sentence(extraction, gold.sentence)
            assert any(gold.accepts(event) for event in found), (document.id, gold)


def test_seed_events_carry_the_gold_persons(seed_documents, seed_extractions):
    for document in seed_documents:
        extraction = seed_extractions[document.id]
        for gold in document.events:
            matches = [e for e in events_by_sentence(extraction, gold.sentence) if gold.accepts(e)]
            if matches:
                assert set(matches[0].persons) == set(gold.persons), (document.id, gold)


def test_no_seed_expression_lies_inside_a_non_date(seed_documents, seed_extractions):
    for document in seed_documents:
        for event in seed_extractions[document.id].events:
            for phrase in document.non_dates:
                start = document.text.find(phrase)
                while start >= 0:
                    inside = (
                        start <= event.expression_start
                        and event.expression_end <= start + len(phrase)
                    )
                    assert not inside, (event.expression, phrase)
                    start = document.text.find(phrase, start + 1)


def test_seed_gold_scores_perfectly(seed_documents):
    report = score(seed_documents)
    assert report.events.f1 == 1.0
    assert report.persons.f1 >= 0.9
    assert report.non_date_errors == 0


def test_offsets_point_into_the_input_text(seed_extractions, seed_documents):
    texts = {document.id: document.text for document in seed_documents}
    for document_id, extraction in seed_extractions.items():
        text = texts[document_id]
        for event in extraction.events:
            assert text[event.start : event.end] == event.sentence
            assert text[event.expression_start : event.expression_end] == event.expression
            assert event.start <= event.expression_start < event.expression_end <= event.end


def test_persons_map_canonical_names_to_their_surface_forms(seed_extractions):
    persons = seed_extractions["seed-003"].persons
    assert set(persons["Elon Musk"]) >= {"Elon Musk", "M. Musk", "Musk"}
    assert all("’" not in name and len(name) > 2 for name in persons)


def test_publication_date_is_inferred_when_missing(seed_documents):
    document = next(d for d in seed_documents if d.id == "seed-000")
    extraction = extract(document.text, published_on=None, language="fr")
    assert extraction.is_published_on_inferred
    assert date(2024, 8, 9) <= extraction.published_on <= date(2024, 8, 12)
    lead = extraction.events[0]
    assert lead.value == "2024-08-12"
    assert lead.confidence < 0.7  # rests on an inferred publication date


def test_without_any_anchor_relative_expressions_yield_no_event():
    extraction = extract("Il est arrivé hier à Paris.", published_on=None, language="fr")
    assert extraction.published_on is None
    assert extraction.events == ()


def test_extract_is_a_pure_function_of_its_inputs():
    text = "Le président a démissionné hier. Il partira le 3 mars 2025."
    first = extract(text, published_on=date(2024, 8, 10), language="fr")
    second = extract(text, published_on=date(2024, 8, 10), language="fr")
    assert first == second
    moved = extract(text, published_on=date(2024, 8, 20), language="fr")
    assert moved.events[0].value == "2024-08-19"


def test_same_expression_twice_in_a_sentence_is_one_event():
    text = "Mardi, la grève a commencé, et mardi soir encore, mardi restait bloqué."
    extraction = extract(text, published_on=date(2024, 8, 10), language="fr")
    assert [event.expression.lower() for event in extraction.events].count("mardi") == 1


def test_this_year_beside_a_finer_date_is_not_a_separate_event():
    text = "Le 9 août, l'ONG a compté 1,2 milliard de vues cette année."
    extraction = extract(text, published_on=date(2024, 8, 10), language="fr")
    assert [event.value for event in extraction.events] == ["2024-08-09"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les députés débattront mardi du projet de loi.", "2024-08-13"),
        ("Les députés ont débattu mardi du projet de loi.", "2024-08-06"),
        ("Le texte sera examiné en commission lundi à 17h.", "2024-08-12"),
        ("Le vote est prévu le 22 octobre.", "2024-10-22"),
        ("Le vote a eu lieu le 22 octobre.", "2023-10-22"),
    ],
)
def test_french_tense_places_yearless_dates(text, value):
    extraction = extract(text, published_on=date(2024, 8, 10), language="fr")
    assert [event.value for event in extraction.events] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The committee will meet on Tuesday.", "2024-06-11"),
        ("The committee met on Tuesday.", "2024-06-04"),
        ("Tickets go on sale on Monday at 10 a.m.", "2024-06-10"),
        ("The judge set sentencing for Sept. 20.", "2024-09-20"),
        ("The company was sold in October.", "2023-10"),
    ],
)
def test_english_tense_places_yearless_dates(text, value):
    extraction = extract(text, published_on=date(2024, 6, 5), language="en")
    assert [event.value for event in extraction.events] == [value]


def test_time_attached_to_a_day_gives_the_day_and_a_lone_time_gives_no_event():
    text = "Le débat aura lieu lundi 12 août. Il devrait commencer à 17h."
    extraction = extract(text, published_on=date(2024, 8, 10), language="fr")
    assert [event.value for event in extraction.events] == ["2024-08-12"]
    times = [timex for timex in extraction.timexes if timex.type == "TIME"]
    assert [timex.value for timex in times] == ["2024-08-12T17:00"]


def test_timexes_include_durations_that_make_no_event():
    text = "Le live, d'une durée de 19 minutes, a eu lieu hier."
    extraction = extract(text, published_on=date(2024, 8, 10), language="fr")
    assert [(t.type, t.value) for t in extraction.timexes] == [
        ("DURATION", "PT19M"),
        ("DATE", "2024-08-09"),
    ]


def test_english_article_finds_people_roles_and_dates():
    text = (
        "Tesla chief executive Elon Musk met investors on Jan. 6, 2021. "
        "Two days later, Mr. Musk announced a new factory. "
        "The billionaire, who was born in 1971, will visit Berlin next week."
    )
    extraction = extract(text, published_on=date(2021, 1, 20))
    assert extraction.language == "en"
    assert [(e.value, e.persons) for e in extraction.events] == [
        ("2021-01-06", ("Elon Musk",)),
        ("2021-01-08", ("Elon Musk",)),
        ("1971", ("Elon Musk",)),
        ("2021-W04", ("Elon Musk",)),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le président a annoncé hier qu'il se rendrait à Berlin la semaine prochaine.", "fr"),
        ("The president said on Tuesday that he would travel to Berlin next week.", "en"),
        ("", "fr"),
    ],
)
def test_detect_language_reads_function_words(text, language):
    assert detect_language(text) == language


def test_extractor_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION

"""`manage.py extract_events PATH... [--published YYYY-MM-DD] [--language fr|en] [--json]`."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.extraction import Extraction, extract


def parse_date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from error


def as_json(path: str, extraction: Extraction, *, with_timexes: bool) -> dict:
    """The JSON line of one file (the shape documented in the command's help)."""
    published = extraction.published_on
    data = {
        "path": path,
        "language": extraction.language,
        "published": published.isoformat() if published else None,
        "published_inferred": extraction.is_published_on_inferred,
        "events": [
            {
                "sentence": event.sentence,
                "start": event.start,
                "end": event.end,
                "expression": event.expression,
                "expression_start": event.expression_start,
                "expression_end": event.expression_end,
                "date": event.value,
                "end_value": event.end_value,
                "date_start": event.date_start.isoformat(),
                "date_end": event.date_end.isoformat(),
                "precision": event.precision,
                "persons": list(event.persons),
                "confidence": event.confidence,
            }
            for event in extraction.events
        ],
    }
    if with_timexes:
        data["timexes"] = [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in extraction.timexes
        ]
    return data


class Command(BaseCommand):
    help = (
        "Print the dated events of text files (touches no database). With --json, one object "
        "per file and line: path, language, published, published_inferred, events (sentence, "
        "start, end, expression, expression_start, expression_end, date, end_value, "
        "date_start, date_end, precision, persons, confidence) and, with --timexes, timexes."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="UTF-8 text files")
        parser.add_argument(
            "--published",
            type=parse_date,
            help="publication date YYYY-MM-DD (inferred from the text when left out)",
        )
        parser.add_argument("--language", choices=["fr", "en"], help="detected when left out")
        parser.add_argument("--json", action="store_true", help="one JSON object per line")
        parser.add_argument("--timexes", action="store_true", help="add every TIMEX3 (--json)")

    def handle(self, *args, **options) -> None:
        for path in options["paths"]:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as error:
                raise CommandError(f"cannot read {path}: {error.strerror or error}") from error
            extraction = extract(
                text, published_on=options["published"], language=options["language"]
            )
            if options["json"]:
                data = as_json(path, extraction, with_timexes=options["timexes"])
                self.stdout.write(json.dumps(data, ensure_ascii=False))
            else:
                self.write_table(path, extraction)

    def write_table(self, path: str, extraction: Extraction) -> None:
        published = extraction.published_on.isoformat() if extraction.published_on else "unknown"
        if extraction.is_published_on_inferred:
            published += " (inferred)"
        self.stdout.write(f"{path} [{extraction.language}, published {published}]")
        if not extraction.events:
            self.stdout.write("  no dated event")
        for event in extraction.events:
            date = event.value + (f"/{event.end_value}" if event.end_value else "")
            persons = ", ".join(event.persons) or "-"
            self.stdout.write(
                f"  {date:<22} {event.precision:<7} {event.confidence:.2f}  "
                f"{event.expression!r:<28} {persons}"
            )
            self.stdout.write(f"      {event.sentence[:110]}")

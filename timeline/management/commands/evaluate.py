"""`manage.py evaluate GOLD.json... [--verbose]`: score the extractor on gold events."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.extraction.scoring import Counts, Report, load_gold, score


class Command(BaseCommand):
    help = "Score event and person extraction on gold files (shared/gold/README.md)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("gold", nargs="+", metavar="GOLD.json")
        parser.add_argument(
            "--verbose", action="store_true", help="list misses and false positives"
        )

    def handle(self, *args, **options) -> None:
        documents = []
        for path in options["gold"]:
            try:
                documents.extend(load_gold(path))
            except (OSError, ValueError, KeyError) as error:
                raise CommandError(f"cannot load {path}: {error}") from error
        report = score(documents)
        if options["verbose"]:
            self.write_details(report)
        self.stdout.write(f"documents: {len(report.documents)}")
        self.stdout.write(self.line("events", report.events))
        self.stdout.write(self.line("persons", report.persons))
        self.stdout.write(f"non-date errors: {report.non_date_errors}")

    @staticmethod
    def line(name: str, counts: Counts) -> str:
        return (
            f"{name}: precision {counts.precision:.3f} recall {counts.recall:.3f} "
            f"F1 {counts.f1:.3f} (tp {counts.tp}, fp {counts.fp}, fn {counts.fn})"
        )

    def write_details(self, report: Report) -> None:
        for document in report.documents:
            self.stdout.write(f"== {document.id}: {self.line('events', document.events)}")
            for gold in document.missed:
                self.stdout.write(
                    f"  missed  {gold.date} {gold.precision} {gold.expression!r} "
                    f"in {gold.sentence[:70]!r}"
                )
            for event in document.false_positives:
                self.stdout.write(
                    f"  extra   {event.value} {event.precision} {event.expression!r} "
                    f"in {event.sentence[:70]!r}"
                )
            for gold, persons in document.person_errors:
                self.stdout.write(
                    f"  persons {gold.expression!r}: expected {list(gold.persons)}, "
                    f"found {list(persons)}"
                )
            for event in document.non_date_errors:
                self.stdout.write(f"  non-date {event.expression!r} read as {event.value}")

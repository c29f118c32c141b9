from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.models import ExtractionStatus
from articles.services import HTML_SUFFIXES, IngestError, read_article_file, store_article
from timeline import services
from timeline.extraction import EXTRACTOR_VERSION

SUFFIXES = {".txt", *HTML_SUFFIXES}


class Command(BaseCommand):
    help = (
        "Import text or saved HTML files as articles (each with an optional NAME.json sidecar: "
        "title, source, url, published, language) and extract their events."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "paths", nargs="+", type=Path, help="Files, or folders of .txt and .html"
        )
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Extract again articles already imported (editors' corrections are kept).",
        )

    def handle(self, *args, paths: list[Path], reextract: bool, **options) -> None:
        files = expand(paths)
        if not files:
            raise CommandError("No text files found in the given paths.")
        counts = {"new": 0, "unchanged": 0, "extracted": 0, "queued": 0, "failed": 0}
        for n, path in enumerate(files, 1):
            prefix = f"[{n}/{len(files)}] {path}"
            try:
                result = store_article(read_article_file(path))
            except IngestError as exc:
                counts["failed"] += 1
                self.stderr.write(f"{prefix}: error: {exc}")
                continue
            article = result.article
            counts["new" if result.created else "unchanged"] += 1
            stale = (
                article.extraction_status != ExtractionStatus.DONE
                or article.extractor_version != EXTRACTOR_VERSION
            )
            if not (result.created or stale or reextract):
                self.stdout.write(f"{prefix}: unchanged (article #{article.pk})")
                continue
            try:
                report = services.schedule_extraction(article)
            except Exception as exc:
                counts["failed"] += 1
                self.stderr.write(f"{prefix}: extraction failed: {exc}")
                continue
            if report is None:
                counts["queued"] += 1
                self.stdout.write(f"{prefix}: article #{article.pk}, extraction queued")
                continue
            counts["extracted"] += 1
            kept = f", {report.kept_mentions} kept from editors" if report.kept_mentions else ""
            self.stdout.write(
                f"{prefix}: article #{article.pk} ({article.language}), "
                f"{report.found} dates, {report.events} events{kept}"
            )
        summary = ", ".join(f"{v} {k}" for k, v in counts.items() if v)
        self.stdout.write(self.style.SUCCESS(f"{len(files)} files: {summary}"))
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} file(s) failed")


def expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES))
        else:
            files.append(path)
    return files

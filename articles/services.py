"""Importing articles from text files with optional JSON sidecars."""

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from articles.html import read_page
from articles.models import Article, Language, hash_content
from timeline.extraction import detect_language

HTML_SUFFIXES = {".html", ".htm"}
SIDECAR_FIELDS = {"title", "source", "url", "published", "language"}


class IngestError(Exception):
    """A file that cannot be imported, with a message for the person importing it."""


@dataclass(frozen=True)
class ArticleData:
    title: str
    body: str
    language: str
    source_name: str
    url: str
    published_on: datetime.date | None


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool


def read_article_file(path: Path) -> ArticleData:
    """Read a UTF-8 text or HTML file and its sidecar NAME.json, checking every field."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise IngestError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    meta = read_sidecar(path.with_suffix(".json"))
    try:
        return article_data(raw, meta, is_html=path.suffix.lower() in HTML_SUFFIXES)
    except IngestError as exc:
        raise IngestError(f"{path}: {exc}") from exc


def article_data(raw: str, meta: dict, *, is_html: bool = False) -> ArticleData:
    """Check an article's text and metadata (sidecar fields) before it is stored.

    A saved web page gives its text and, unless the metadata says otherwise, the title, URL,
    source, language and publication date found in its head.
    """
    body = raw
    if is_html:
        page = read_page(raw)
        body = page.text
        found = {
            "title": page.title,
            "source": page.source,
            "url": page.url,
            "published": page.published_on.isoformat() if page.published_on else "",
            "language": page.language,
        }
        meta = {**{k: v for k, v in found.items() if v}, **{k: v for k, v in meta.items() if v}}
    if not body.strip():
        raise IngestError("the file is empty")

    published_on = None
    if meta.get("published"):
        try:
            published_on = datetime.date.fromisoformat(str(meta["published"])[:10])
        except ValueError as exc:
            raise IngestError(f"'published' must be YYYY-MM-DD, got {meta['published']!r}") from exc
    language = meta.get("language") or detect_language(body)
    if language not in Language.values:
        raise IngestError(f"'language' must be one of {Language.values}, got {language!r}")
    url = (meta.get("url") or "").strip()
    if url:
        try:
            URLValidator()(url)
        except ValidationError as exc:
            raise IngestError(f"'url' is not a valid URL: {url!r}") from exc
    title = (meta.get("title") or first_line(body) or "Untitled").strip()[:500]
    return ArticleData(
        title=title,
        body=body,
        language=language,
        source_name=(meta.get("source") or "").strip()[:200],
        url=url,
        published_on=published_on,
    )


def read_sidecar(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IngestError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(meta, dict):
        raise IngestError(f"{path}: expected a JSON object")
    unknown = set(meta) - SIDECAR_FIELDS
    if unknown:
        raise IngestError(
            f"{path}: unknown field(s) {', '.join(sorted(unknown))}; "
            f"expected {', '.join(sorted(SIDECAR_FIELDS))}"
        )
    return meta


def first_line(body: str) -> str:
    return next((line.strip() for line in body.splitlines() if line.strip()), "")


@transaction.atomic
def store_article(data: ArticleData) -> IngestResult:
    """Store an article once: the same text again returns the stored one unchanged."""
    existing = Article.objects.filter(content_hash=hash_content(data.body)).first()
    if existing:
        return IngestResult(existing, created=False)
    if data.url:
        clash = Article.objects.filter(url=data.url).first()
        if clash:
            raise IngestError(
                f"{data.url} is already article #{clash.pk} ({clash.title!r}) with another text"
            )
    article = Article.objects.create(
        title=data.title,
        body=data.body,
        language=data.language,
        source_name=data.source_name,
        url=data.url,
        published_on=data.published_on,
    )
    return IngestResult(article, created=True)

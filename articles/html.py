"""Reading a saved news web page: its text and the metadata publishers put in the head."""

import datetime
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose text is never part of the article.
SKIPPED = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "figure",
    "iframe",
}
BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "div",
    "section",
    "article",
    "br",
    "tr",
    "main",
    "pre",
}
VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col"}
PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
)


@dataclass(frozen=True)
class Page:
    title: str
    text: str
    published_on: datetime.date | None
    language: str
    url: str
    source: str


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.lang = ""
        self.canonical = ""
        self.title = ""
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self.stack: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.in_json_ld = False
        self.article_depth = 0
        self.all_blocks: list[list[str]] = [[]]
        self.article_blocks: list[list[str]] = [[]]

    def handle_starttag(self, tag: str, attrs) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and attr.get("lang"):
            self.lang = attr["lang"][:2].lower()
        elif tag == "meta":
            key = (attr.get("property") or attr.get("name") or attr.get("itemprop") or "").lower()
            if key and attr.get("content"):
                self.meta.setdefault(key, attr["content"].strip())
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self.canonical = attr.get("href", "")
        elif tag == "time" and attr.get("datetime"):
            self.times.append(attr["datetime"])
        elif tag == "title":
            self.in_title = True
        elif tag == "script" and "ld+json" in attr.get("type", ""):
            self.in_json_ld = True
        if tag in VOID:
            if tag == "br":
                self._break()
            return
        self.stack.append(tag)
        if tag in SKIPPED:
            self.skip_depth += 1
        if tag == "article":
            self.article_depth += 1
        if tag in BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "script":
            self.in_json_ld = False
        if tag in VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in SKIPPED:
                self.skip_depth -= 1
            if open_tag == "article":
                self.article_depth -= 1
            if open_tag == tag:
                break
        if tag in BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif self.in_json_ld:
            self.json_ld.append(data)
        elif not self.skip_depth:
            self.all_blocks[-1].append(data)
            if self.article_depth:
                self.article_blocks[-1].append(data)

    def _break(self) -> None:
        for blocks in (self.all_blocks, self.article_blocks):
            if blocks[-1]:
                blocks.append([])


def _paragraphs(blocks: list[list[str]]) -> str:
    lines = (" ".join("".join(block).split()) for block in blocks)
    return "\n\n".join(line for line in lines if line)


def _json_ld_value(chunks: list[str], key: str) -> str:
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except json.JSONDecodeError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get(key), str):
                    return item[key]
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return ""


def parse_date(value: str) -> datetime.date | None:
    match = re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", value)
    if not match:
        return None
    try:
        return datetime.date(*map(int, match.groups()))
    except ValueError:
        return None


def read_page(html: str) -> Page:
    """The article's text (paragraphs of <article>, else of the whole body) and its metadata."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    text = _paragraphs(reader.article_blocks) or _paragraphs(reader.all_blocks)
    published = None
    candidates = [reader.meta.get(key, "") for key in PUBLISHED_KEYS]
    candidates.append(_json_ld_value(reader.json_ld, "datePublished"))
    candidates.extend(reader.times[:1])
    for value in candidates:
        published = parse_date(value) if value else None
        if published:
            break
    title = (
        reader.meta.get("og:title")
        or _json_ld_value(reader.json_ld, "headline")
        or " ".join(reader.title.split())
    )
    return Page(
        title=title.strip(),
        text=text,
        published_on=published,
        language=reader.lang if reader.lang in {"fr", "en"} else "",
        url=reader.meta.get("og:url") or reader.canonical,
        source=reader.meta.get("og:site_name", ""),
    )

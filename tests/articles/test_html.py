import datetime

from articles.html import read_page

PAGE = """<!doctype html><html lang="en-GB"><head>
<title>Budget vote | The Courier</title>
<meta property="og:title" content="Senate passes the budget">
<meta property="og:site_name" content="The Courier">
<meta property="og:url" content="https://courier.example/budget">
<meta property="article:published_time" content="2021-03-04T08:15:00+00:00">
<script>var tracking = "on March 9, 2020";</script>
</head><body>
<nav><a href="/">Home</a> Subscribe on Monday</nav>
<article><h1>Senate passes the budget</h1>
<p>The Senate passed the budget on March 3, 2021,<br>after a long debate.</p>
<aside>Related: an old story of 2009</aside>
<p>It goes to the House &amp; the president next week.</p></article>
<footer>© 2021</footer></body></html>"""


def test_the_article_text_keeps_paragraphs_and_leaves_out_page_furniture():
    page = read_page(PAGE)
    assert page.text == (
        "Senate passes the budget\n\nThe Senate passed the budget on March 3, 2021,"
        "\n\nafter a long debate.\n\nIt goes to the House & the president next week."
    )
    assert "Subscribe" not in page.text and "tracking" not in page.text and "2009" not in page.text


def test_metadata_gives_title_source_url_language_and_publication_date():
    page = read_page(PAGE)
    assert page.title == "Senate passes the budget"
    assert page.source == "The Courier"
    assert page.url == "https://courier.example/budget"
    assert page.language == "en"
    assert page.published_on == datetime.date(2021, 3, 4)


def test_json_ld_and_time_elements_give_the_date_when_meta_tags_do_not():
    ld = """<html lang="fr"><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
     "headline": "Le Sénat vote le budget", "datePublished": "2023-05-25T10:00:00+02:00"}]}
    </script></head><body><p>Le Sénat a voté hier.</p></body></html>"""
    page = read_page(ld)
    assert (page.title, page.published_on, page.language) == (
        "Le Sénat vote le budget",
        datetime.date(2023, 5, 25),
        "fr",
    )
    timed = '<html><body><p>Texte.</p><time datetime="2022-11-19">19 nov.</time></body></html>'
    assert read_page(timed).published_on == datetime.date(2022, 11, 19)


def test_a_page_without_metadata_has_no_date_and_its_whole_body_as_text():
    page = read_page("<html><body><div>Un paragraphe.</div><div>Un autre.</div></body></html>")
    assert page.published_on is None
    assert page.text == "Un paragraphe.\n\nUn autre."

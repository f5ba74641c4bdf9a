"""The Learn section: short Markdown articles with a small TOML front matter.

Each file in ``resources/learn/`` starts with a block between ``+++`` lines::

    +++
    title = "The Reverse Golden Rule"
    order = 60
    section = "tips"
    opens = "reverse_golden_rule"
    +++

Inside the text, links such as ``kindspace://exercise/rain``, ``kindspace://support`` and
``kindspace://learn/common-humanity`` are for the app itself: the view intercepts them
(QTextBrowser's anchorClicked) and opens the exercise, the support page or the article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kindspace.localized import localized_files
from kindspace.paths import resource_path
from kindspace.practice.content import ContentError, Fields, parse_toml

APP_SCHEME = "kindspace"
SECTIONS = ("basics", "tips", "help")
LINK_TARGETS = ("exercise", "support", "learn")
_FENCE = "+++"
_MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass(frozen=True)
class AppLink:
    """A link into kindspace: ``target`` is exercise, support or learn; ``name`` its id."""

    target: str
    name: str | None = None


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    order: int
    section: str
    markdown: str
    #: The exercise this article offers to start ("Try it"), if any.
    opens: str | None = None

    def app_links(self) -> list[AppLink]:
        """Every kindspace:// link in the text (others, such as web links, are left out)."""
        links = []
        for url in _MARKDOWN_LINK.findall(self.markdown):
            link = parse_app_link(url)
            if link is not None:
                links.append(link)
        return links


def parse_app_link(url: str) -> AppLink | None:
    """``kindspace://exercise/rain`` → AppLink("exercise", "rain"); None for other links."""
    parts = urlsplit(url.strip())
    if parts.scheme != APP_SCHEME:
        return None
    name = parts.path.strip("/") or None
    return AppLink(parts.netloc, name)


def exercise_link(exercise_id: str) -> str:
    return f"{APP_SCHEME}://exercise/{exercise_id}"


def learn_folder() -> Path:
    return resource_path("learn")


def load_articles(folder: Path | None = None, language: str | None = None) -> list[Article]:
    """Every article, in reading order, in ``language`` (the app's current one by default).

    A page not yet translated is shown in English; its slug is the English file's name in
    every language, so links between pages keep working.
    """
    where = folder or learn_folder()
    if not where.is_dir():
        raise ContentError(f"kindspace could not find its Learn texts in {where}.")
    paths = (
        localized_files("learn", "*.md", language)
        if folder is None
        else sorted(folder.glob("*.md"))
    )
    articles = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ContentError(f"kindspace could not read {path.name}: {error}.") from error
        articles.append(parse_article(text, path.stem, path.name))
    articles.sort(key=lambda article: (article.order, article.title.casefold()))
    return articles


def parse_article(text: str, slug: str, source: str) -> Article:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != _FENCE:
        raise ContentError(f"{source}: should start with a '+++' line and its front matter.")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == _FENCE)
    except StopIteration:
        raise ContentError(f"{source}: the front matter has no closing '+++' line.") from None
    fields = Fields(parse_toml("\n".join(lines[1:end]), source), source)
    opens = fields.optional_text("opens") or None
    markdown = "\n".join(lines[end + 1 :]).strip()
    if not markdown:
        raise ContentError(f"{source}: the article has no text after its front matter.")
    article = Article(
        slug=slug,
        title=fields.text("title"),
        order=fields.integer("order"),
        section=fields.one_of("section", SECTIONS),
        markdown=markdown + "\n",
        opens=opens,
    )
    fields.done()
    return article


def broken_links(articles: Iterable[Article], exercise_ids: Collection[str]) -> list[str]:
    """Every link or ``opens`` that leads nowhere, as "article: problem" lines."""
    articles = list(articles)
    slugs = {article.slug for article in articles}
    problems = []
    for article in articles:
        if article.opens is not None and article.opens not in exercise_ids:
            problems.append(f"{article.slug}: opens unknown exercise {article.opens!r}")
        if article.section == "tips" and article.opens is None:
            problems.append(f"{article.slug}: a tip should open its exercise")
        problems += broken_app_links(article.slug, article.markdown, exercise_ids, slugs)
    return problems


def broken_app_links(
    source: str, markdown: str, exercise_ids: Collection[str], slugs: Collection[str]
) -> list[str]:
    """The kindspace:// links in any Markdown (Learn, support) that lead nowhere."""
    problems = []
    for url in _MARKDOWN_LINK.findall(markdown):
        link = parse_app_link(url)
        if link is None:
            continue
        if link.target not in LINK_TARGETS:
            problems.append(f"{source}: unknown link target {link.target!r}")
        elif link.target == "exercise" and link.name not in exercise_ids:
            problems.append(f"{source}: links to unknown exercise {link.name!r}")
        elif link.target == "learn" and link.name not in slugs:
            problems.append(f"{source}: links to unknown article {link.name!r}")
    return problems

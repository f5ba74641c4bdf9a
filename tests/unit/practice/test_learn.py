"""Learn: every article loads, every tip opens an existing exercise, and no link leads nowhere."""

from __future__ import annotations

import re

import pytest

from kindspace.practice.content import ContentError
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.grounding import load_grounding
from kindspace.practice.learn import (
    AppLink,
    Article,
    broken_app_links,
    broken_links,
    exercise_link,
    load_articles,
    parse_app_link,
    parse_article,
)
from kindspace.practice.support import load_support_page

#: What the issue's Learn list asks for, as words a reader would meet in the text.
TOPICS = {
    "earned kindness": "don't have to earn",
    "self-esteem": "self-esteem",
    "self-pity": "self-pity",
    "wallowing": "wallowing",
    "common humanity": "common humanity",
    "strange at first": "strange at first",
    "motivation": "motivat",
    "fear of failing": "fear of failing",
    "resilience": "resilience",
    "anxiety": "anxiety",
    "depression": "depression",
    "intense emotions": "strong feelings",
    "pain does not vanish": "make pain disappear",
    "before a crisis": "crisis",
    "start small": "start small",
    "therapy": "therapy helps",
}


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_articles()


def test_every_tip_opens_an_existing_exercise_and_no_link_is_broken(
    articles: list[Article], catalog: ExerciseCatalog
) -> None:
    assert broken_links(articles, catalog) == []
    tips = [article for article in articles if article.section == "tips"]
    assert {tip.opens for tip in tips} >= {"reverse_golden_rule", "compassionate_letter", "rain"}
    for tip in tips:
        assert tip.opens is not None
        assert AppLink("exercise", tip.opens) in tip.app_links(), tip.slug


def test_the_checker_catches_a_link_to_a_missing_exercise(
    articles: list[Article], catalog: ExerciseCatalog
) -> None:
    broken = Article("tip-x", "Tip", 99, "tips", "[Try](kindspace://exercise/gone)\n", "gone")
    assert broken_links([*articles, broken], catalog) == [
        "tip-x: opens unknown exercise 'gone'",
        "tip-x: links to unknown exercise 'gone'",
    ]


def test_support_and_grounding_links_lead_somewhere(
    articles: list[Article], catalog: ExerciseCatalog
) -> None:
    slugs = {article.slug for article in articles}
    texts = [(s.id, s.text) for s in load_support_page().sections]
    texts.append(("grounding", load_grounding().support_note))
    for source, markdown in texts:
        assert broken_app_links(source, markdown, catalog, slugs) == []
    assert broken_app_links("x", "[a](kindspace://learn/nope)", catalog, slugs) == [
        "x: links to unknown article 'nope'"
    ]


def test_learn_covers_everything_the_issue_lists(articles: list[Article]) -> None:
    text = " ".join(f"{article.title} {article.markdown}" for article in articles).casefold()
    missing = [topic for topic, words in TOPICS.items() if words not in text]
    assert missing == []


def test_articles_come_in_order_with_tips_after_the_basics(articles: list[Article]) -> None:
    sections = [article.section for article in articles]
    assert sections == sorted(sections, key=["basics", "tips", "help"].index)
    assert articles[0].slug == "kindness-you-dont-have-to-earn"


def test_app_links_are_parsed_and_web_links_ignored() -> None:
    assert parse_app_link(exercise_link("rain")) == AppLink("exercise", "rain")
    assert parse_app_link("kindspace://support") == AppLink("support", None)
    assert parse_app_link("https://example.org/rain") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# Just text\n", "should start with a '+++' line"),
        ('+++\ntitle = "T"\norder = 1\nsection = "basics"\n', "no closing '+++'"),
        ('+++\ntitle = "T"\norder = 1\nsection = "extras"\n+++\nHi\n', "section should be one"),
        ('+++\ntitle = "T"\norder = 1\nsection = "basics"\n+++\n\n', "no text after"),
        ('+++\ntitle = "T"\nsection = "basics"\n+++\nHi\n', "order is missing"),
    ],
)
def test_a_malformed_article_names_itself(text: str, message: str) -> None:
    with pytest.raises(ContentError, match=re.escape(message)) as raised:
        parse_article(text, "x", "x.md")
    assert str(raised.value).startswith("x.md: ")

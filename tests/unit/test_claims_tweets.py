"""An embedded tweet's claims are said by its author, known by the tweet's signature."""

from __future__ import annotations

from workbench.claims.attribution import attributions
from workbench.claims.tweets import tweet_author

_SIGNED = "— Jane Roe (@janeroe_tv) June 3, 2015"


def test_a_tweets_signature_names_its_author():
    assert tweet_author(f"Three men hurt near the depot. {_SIGNED}") == (
        "Jane Roe (@janeroe_tv) on Twitter"
    )
    assert tweet_author("Road closed. — Metro Police (@MetroPD) 4 March 2016") == (
        "Metro Police (@MetroPD) on Twitter"
    )
    for prose in (
        "Two men were hurt — one of them critically — police said on June 3, 2015.",
        "Reach her on Twitter (@janeroe_tv) or by phone.",
        "The sheriff said (@ the briefing) that two died on June 3, 2015.",
    ):
        assert tweet_author(prose) is None, prose


def test_a_sentence_of_an_embedded_tweet_is_said_by_its_author_unless_it_names_one():
    sentences = [
        ("Two men were shot near the depot on Friday.", 0),
        ("Three men hurt near the depot, one critical.", 1),
        ("The chief said one of them died.", 1),
        (f"Road closed at Elm. pic.twitter.com/AbCdEf1234 {_SIGNED}", 1),
        ("Police made no arrest.", 2),
    ]
    assert attributions(sentences) == [
        None,
        "Jane Roe (@janeroe_tv) on Twitter",
        "The chief",
        "Jane Roe (@janeroe_tv) on Twitter",
        None,
    ]

"""Flesch-Douma reading ease per catalogue of Dutch text, and how many
sentences are longer than 20 words (issue 13: target >= 60 everywhere, no
long sentences in help texts). Run: ``python benchmarks/readability.py``."""

from __future__ import annotations

import _common  # noqa: F401  (puts the project root on the import path)

from tests.plain_language import (
    MAX_SENTENCE_WORDS,
    TARGET,
    catalogues,
    long_sentences,
    reading_ease,
)


def main() -> None:
    print(f"catalogue      texts  Flesch-Douma  sentences > {MAX_SENTENCE_WORDS} words")
    for name, texts in catalogues().items():
        score = reading_ease(texts)
        mark = "ok" if score >= TARGET else f"below {TARGET:.0f}"
        print(
            f"{name:<14} {len(texts):>5}  {score:>12.1f}  {len(long_sentences(texts)):>5}   {mark}"
        )


if __name__ == "__main__":
    main()

"""Words per second of the whole extraction next to spaCy's model alone, on the same texts.

    .venv/bin/python bench/extraction_speed.py [--rounds 5]

The baseline is the spaCy pipeline the extractor loads (timeline.extraction.nlp), run on the
same texts in the same process; the ratio pipeline / spaCy is what the dates and people cost.
That pipeline holds one rule-based component of ours, the sentence splitter; a second ratio
takes the model without it as the baseline, so that the splitter counts as a cost too.
"""

import argparse
import datetime
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.extraction import extract  # noqa: E402
from timeline.extraction.nlp import load_pipeline, normalise_for_nlp  # noqa: E402

GOLD = [
    ROOT / "tests/data/seeds/seeds.json",
    ROOT / "tests/data/gold/own/fr.json",
    ROOT / "tests/data/gold/own/en.json",
]


def load_texts() -> list[tuple[str, str, datetime.date]]:
    texts = []
    for path in GOLD:
        if not path.exists():
            continue
        docs = json.loads(path.read_text(encoding="utf-8"))
        for doc in docs if isinstance(docs, list) else [docs]:
            text = doc.get("text") or (path.parent / doc["file"]).read_text(encoding="utf-8")
            published = datetime.date.fromisoformat(doc["published"])
            texts.append((text, doc["language"], published))
    return texts


def words(texts) -> int:
    return sum(len(text.split()) for text, _, _ in texts)


def time_spacy(texts) -> float:
    start = time.perf_counter()
    for text, language, _ in texts:
        load_pipeline(language)(normalise_for_nlp(text))
    return time.perf_counter() - start


def time_model(texts) -> float:
    """spaCy's model alone: the loaded pipeline without our sentence splitter."""
    start = time.perf_counter()
    for text, language, _ in texts:
        nlp = load_pipeline(language)
        with nlp.select_pipes(disable=["frise_sentences"]):
            nlp(normalise_for_nlp(text))
    return time.perf_counter() - start


def time_pipeline(texts) -> float:
    start = time.perf_counter()
    for text, language, published in texts:
        extract(text, published_on=published, language=language)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = load_texts()
    count = words(texts)
    time_pipeline(texts)  # warm up: models loaded, caches filled as in a long-running worker
    spacy_times, model_times, pipeline_times = [], [], []
    for _ in range(args.rounds):  # interleaved so all see the same machine load
        spacy_times.append(time_spacy(texts))
        model_times.append(time_model(texts))
        pipeline_times.append(time_pipeline(texts))
    spacy_wps = count / statistics.median(spacy_times)
    model_wps = count / statistics.median(model_times)
    pipeline_wps = count / statistics.median(pipeline_times)
    print(f"texts: {len(texts)}, words: {count}, rounds: {args.rounds} (median)")
    print(f"spaCy alone:       {spacy_wps:10,.0f} words/s")
    print(f"whole extraction:  {pipeline_wps:10,.0f} words/s")
    print(f"ratio:             {pipeline_wps / spacy_wps:10.2f}  (target >= 0.80)")
    print(f"model without our sentence splitter: {model_wps:,.0f} words/s")
    print(f"ratio against it:  {pipeline_wps / model_wps:10.2f}")


if __name__ == "__main__":
    main()

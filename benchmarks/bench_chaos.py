"""Chaos benchmark: N posts through K SIGKILLed ``mbdesk sync`` processes, 20 % of requests
failing at random (lost answers, 5xx HTML pages before and after the work, resets, timeouts,
answers slower than the client waits, 429, malformed JSON), against a server profile that
ignores Idempotency-Key (GoToSocial's by default).

    python benchmarks/bench_chaos.py [--posts 300] [--kills 500] [--faults 0.2] [--profile P]
    python benchmarks/bench_chaos.py --edits [--posts 300] [--kills 500] ...

``--edits``: the posts are already sent; half get one edit, half a delete (edits and deletes
of sent posts go through the outbox too); lost = an edit not applied or a delete not done,
dup = an edit applied twice (the server's version history), unknown = a change unresolved.

Prints ``posts= kills= faults= lost= dup= unknown= integrity=`` and exits 1 unless nothing was
lost or duplicated and the database is intact. Floor: 0 lost, 0 dup, integrity ok at N=300,
K=500. The suite runs a small version (tests/test_crash_publish.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT)]

from fake_mastodon import KEY_IGNORING, PROFILES  # noqa: E402
from test_crash_edits import crash_edit_run  # noqa: E402
from test_crash_publish import crash_run, summary  # noqa: E402


def run_edits(args: argparse.Namespace) -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        result = crash_edit_run(Path(tmp) / "ws", args.posts, args.kills, args.seed,
                                args.profile, args.faults)
    print(f"mode=edits profile={args.profile} " + summary(result))
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(result["fault_kinds"].items()))
    print(f"faults by kind: {kinds or 'none'}")
    print(f"PUT requests: {result['put_requests']} for {(args.posts + 1) // 2} edits; DELETE "
          f"requests: {result['delete_requests']} for {args.posts // 2} deletes; lookups: "
          f"{result['lookups']}; took {time.monotonic() - started:.0f} s")
    ok = (result["lost"], result["dup"], result["unknown"]) == (0, 0, 0)
    return 0 if ok and result["integrity"] == [] else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--faults", type=float, default=0.2, help="share of requests that fail")
    parser.add_argument("--profile", choices=sorted(PROFILES), default=KEY_IGNORING[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--edits", action="store_true",
                        help="edit and delete sent posts instead of publishing")
    args = parser.parse_args()
    if args.edits:
        return run_edits(args)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        result = crash_run(Path(tmp) / "ws", args.posts, args.kills, args.seed, args.profile,
                           args.faults)
    print(f"profile={args.profile} " + summary(result))
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(result["fault_kinds"].items()))
    print(f"faults by kind: {kinds or 'none'}")
    print(f"POST /statuses requests: {result['requests']} for {result['posts']} posts; "
          f"lookups: {result['lookups']}; took {time.monotonic() - started:.0f} s")
    ok = (result["lost"], result["dup"], result["unexpected"], result["unknown"]) == (0, 0, 0, 0)
    return 0 if ok and result["integrity"] == [] else 1


if __name__ == "__main__":
    raise SystemExit(main())

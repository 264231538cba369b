#!/usr/bin/env python3
"""Runs Manim CE's own test suites against this build and checks the pass counts against the
floors in tests/peer/floors.json (raise a floor when more tests pass; never lower one).

  run_peer_suites.py --build BUILD_DIR [--suite graphical|graphical_latex|unit|all] [--work DIR]

The suites are read from ../shared/manim_tests beside the repository (Manim's tests are never
copied into it); without that folder the run is skipped with a message (exit code 77, which
ctest reports as skipped). The graphical tests run through
../shared/tools/graphical_units/run_graphical_units.py, the unit tests (tests/module) through
../shared/tools/manim_unit_tests/run.sh.
`graphical_latex` runs the graphical tests again with the LaTeX engine (`tex_compiler = latex`
in a user manim.cfg under a temporary HOME): MathJax's glyph outlines differ from LaTeX's Computer
Modern, so only this run can show that TeX-bearing frames equal Manim's. It is skipped when
`latex` or `dvisvgm` is not installed (`make setup-latex`).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(REPO), "shared")
FLOORS = os.path.join(HERE, "floors.json")


def run_graphical(build, work, tex_compiler=None):
    tool = os.path.join(SHARED, "tools", "graphical_units", "run_graphical_units.py")
    tag = "gu" if tex_compiler is None else "gu_" + tex_compiler
    out = os.path.join(work, tag + "_out")
    env = dict(os.environ, MANIM_TESTS=os.path.join(SHARED, "manim_tests", "tests"),
               MANIMCPP_BUILD=build)
    extra = []
    if tex_compiler is not None:
        # Manim's user config file is the one place a harness-driven render picks the engine up.
        home = os.path.join(work, tag + "_home")
        os.makedirs(os.path.join(home, ".config", "manim"), exist_ok=True)
        with open(os.path.join(home, ".config", "manim", "manim.cfg"), "w") as f:
            f.write(f"[CLI]\ntex_compiler = {tex_compiler}\n")
        env["HOME"] = home
        extra = ["--timeout", "240"]  # a cold LaTeX compile of every label takes a while
    proc = subprocess.run([sys.executable, tool, "--out", out, "--work", os.path.join(work, tag)]
                          + extra, env=env, cwd=REPO, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    results_file = os.path.join(out, "results.json")
    if not os.path.exists(results_file):
        print(proc.stdout[-4000:])
        raise SystemExit("peer: the graphical harness wrote no results.json")
    with open(results_file) as f:
        results = json.load(f)
    entries = results if isinstance(results, list) else results.get("results", results.get("tests"))
    if isinstance(entries, dict):
        entries = list(entries.values())
    statuses = [e.get("status") for e in entries]
    counts = {s: statuses.count(s) for s in sorted(set(statuses))}
    return statuses.count("passed"), len(statuses), counts


def run_graphical_latex(build, work):
    missing = [tool for tool in ("latex", "dvisvgm") if shutil.which(tool) is None]
    if missing:
        return None
    return run_graphical(build, work, tex_compiler="latex")


def run_unit(build, work):
    tool = os.path.join(SHARED, "tools", "manim_unit_tests", "run.sh")
    rel_build = os.path.relpath(build, REPO)
    proc = subprocess.run(["bash", tool, rel_build], cwd=REPO, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True,
                          env=dict(os.environ, TMPDIR=work))
    tail = [l for l in proc.stdout.splitlines() if l.strip()][-1:] or [""]
    summary = tail[0]
    counts = {k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|errors?|skipped|xfailed)",
                                               summary)}
    if "passed" not in counts and "failed" not in counts:
        print(proc.stdout[-4000:])
        raise SystemExit("peer: could not read pytest's summary line: " + summary)
    return counts.get("passed", 0), sum(counts.values()), counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", required=True, help="the build folder (holds manimcpp)")
    ap.add_argument("--suite", choices=["graphical", "graphical_latex", "unit", "all"],
                    default="all")
    ap.add_argument("--work", help="scratch folder (default: a temporary one)")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "manim_tests", "tests")):
        print(f"peer suites skipped: {os.path.join(SHARED, 'manim_tests')} is not beside the "
              "repository")
        return SKIP
    build = os.path.abspath(args.build)
    with open(FLOORS) as f:
        floors = json.load(f)
    suites = {"graphical": run_graphical, "graphical_latex": run_graphical_latex,
              "unit": run_unit}
    chosen = list(suites) if args.suite == "all" else [args.suite]
    failed = False
    skipped = 0
    with tempfile.TemporaryDirectory(prefix="manimcpp_peer_") as tmp:
        work = args.work or tmp
        for name in chosen:
            result = suites[name](build, work)
            if result is None:
                print(f"peer {name} skipped: latex or dvisvgm is not installed (make setup-latex)")
                skipped += 1
                continue
            passed, total, counts = result
            floor = floors.get(name, {}).get("passed", 0)
            verdict = "OK" if passed >= floor else "BELOW FLOOR"
            print(f"peer {name}: {passed} of {total} passed (floor {floor}) {verdict}; {counts}")
            if passed > floor:
                print(f"peer {name}: raise the floor in tests/peer/floors.json to {passed}")
            failed |= passed < floor
    if failed:
        return 1
    return SKIP if skipped == len(chosen) else 0


if __name__ == "__main__":
    sys.exit(main())

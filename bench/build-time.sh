#!/usr/bin/env bash
# What the MkDocs plugin costs a docs build, and what its wheel weighs (bench/README.md,
# "Build time and package size"):
#   bench/build-time.sh RELEASE        (RELEASE: the folder `scripts/release RELEASE` filled)
# A generated site of PAGES pages x FENCES fences (20 x 10 = 200 by default), each fence an
# 8-row table with 4 parties, built with MkDocs Material:
#   - without the plugin (the same bodies as plain code blocks): the build's own cost;
#   - with the plugin, one `raci render --batch` process for the build (what it does);
#   - with the plugin, one process per fence (RACI_CLI: a wrapper that starts a new `raci`
#     for every request line): what the batch saves;
#   - the binary alone: 200 fences through one `--batch` process vs 200 `raci render` runs.
# Each figure is the median of RUNS (5) builds. Then the wheel's size, and its installed size.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
[ $# -eq 1 ] || { echo "usage: bench/build-time.sh RELEASE" >&2; exit 2; }
release=$(cd "$1" && pwd)
PAGES=${PAGES:-20} FENCES=${FENCES:-10} RUNS=${RUNS:-5}
version=$(awk -F'"' '/^version *=/ { print $2; exit }' Cargo.toml)
wheel=$(ls "$release"/raci_widget-"$version"-py3-none-*.whl)
work=$root/target/bench-build-time
venv=$work/venv
export NO_MKDOCS_2_WARNING=1 PIP_DISABLE_PIP_VERSION_CHECK=1
say() { printf '[build-time] %s\n' "$*" >&2; }

mkdir -p "$work"
if [ ! -x "$venv/bin/mkdocs" ]; then
  say "a venv with MkDocs Material"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet mkdocs-material==9.8.1
fi
"$venv/bin/pip" install --quiet --no-deps --force-reinstall "$wheel"
raci=$("$venv/bin/python" -c 'from raci_widget._find_raci import find_raci_bin; print(find_raci_bin())')

# The site, twice: ```raci fences, and the same bodies as ```text blocks.
"$venv/bin/python" - "$work" "$PAGES" "$FENCES" <<'PY'
import json, os, sys
work, pages, fences = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
parties = ["Product", "Engineering", "Ops", "Legal"]
cells = ["A/R", "C", "I", "", "R", "A", "R, C (if required)", "I"]
requests = []
for kind in ("raci", "text"):
    docs = os.path.join(work, kind, "docs")
    os.makedirs(docs, exist_ok=True)
    plugins = "  - search\n" + ("  - raci\n" if kind == "raci" else "")
    config = f"site_name: {fences * pages} fences\ntheme:\n  name: material\n  font: false\nplugins:\n{plugins}"
    with open(os.path.join(work, kind, "mkdocs.yml"), "w") as f:
        f.write(config)
    if kind == "raci":
        with open(os.path.join(work, kind, "no-prerender.yml"), "w") as f:
            f.write(config.replace("  - raci\n", "  - raci:\n      prerender: false\n"))
    for p in range(pages):
        out = [f"# Page {p + 1}\n"]
        for n in range(fences):
            rows = ["| Task | " + " | ".join(parties) + " |", "|---" * (len(parties) + 1) + "|"]
            for r in range(8):
                row = [cells[(p + n + r + i) % len(cells)] for i in range(len(parties))]
                rows.append(f"| Task {p}.{n}.{r} | " + " | ".join(row) + " |")
            body = "\n".join(rows) + "\n"
            header = f'raci title="Matrix {p}.{n}"' if kind == "raci" else "text"
            out.append(f"## Matrix {n + 1}\n\n```{header}\n{body}```\n")
            if kind == "raci":
                requests.append({"text": body, "options": [["title", f"Matrix {p}.{n}"]], "stylesheet": "../assets/raci/raci-widget.css"})
        with open(os.path.join(docs, f"page-{p + 1}.md"), "w") as f:
            f.write("\n".join(out))
    with open(os.path.join(docs, "index.md"), "w") as f:
        f.write("# Home\n")
with open(os.path.join(work, "requests.jsonl"), "w") as f:
    f.write("".join(json.dumps(r) + "\n" for r in requests))
for i, r in enumerate(requests):
    with open(os.path.join(work, f"fence-{i}.txt"), "w") as f:
        f.write(r["text"])
PY
# One process per fence, for the comparison: every request line to a `raci` of its own.
cat >"$work/raci-per-fence" <<SH
#!/usr/bin/env bash
while IFS= read -r line; do printf '%s\n' "\$line" | "$raci" render --batch; done
SH
chmod +x "$work/raci-per-fence"

# median NUMBER… → the median, 3 decimals.
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { printf "%.3f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# timed CMD… → "WALL CPU": the medians over RUNS runs of CMD's wall time and of its CPU time
# (user + sys of everything it ran: steadier than wall time on a shared machine). CMD must pass.
timed() {
  local walls=() cpus=() t
  for _ in $(seq "$RUNS"); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 ) ||
      { echo "build-time: failed: $*" >&2; "$@" >&2; exit 1; }
    walls+=("${t%% *}")
    cpus+=("$(awk '{ print $2 + $3 }' <<<"$t")")
  done
  echo "$(median "${walls[@]}") $(median "${cpus[@]}")"
}
# Build SITE [CONFIG] [VAR=VALUE…]
build() {
  local site=$1 config=${2:-mkdocs.yml}
  (cd "$work/$site" && env "${@:3}" "$venv/bin/mkdocs" build --strict --quiet --config-file "$config" --site-dir "site-$config")
}
fences=$((PAGES * FENCES))

say "timing $fences fences, $RUNS runs each"
plain=$(timed build text)
batch=$(timed build raci)
per_fence=$(timed build raci mkdocs.yml RACI_CLI="$work/raci-per-fence")
no_prerender=$(timed build raci no-prerender.yml)
alone_batch=$(timed bash -c '"$1" render --batch <"$2"' _ "$raci" "$work/requests.jsonl")
alone_each=$(timed bash -c 'for f in "$1"/fence-*.txt; do "$2" render "$f" --option title=T --prerender c.css; done' _ "$work" "$raci")
# The batch really is one process: the site's pages hold every fence, prerendered.
prerendered=$(cat "$work"/raci/site-mkdocs.yml/page-*/index.html | grep -o '<template shadowrootmode="open">' | wc -l)
[ "$prerendered" -eq "$fences" ] || { echo "build-time: $prerendered of $fences fences prerendered" >&2; exit 1; }

wheel_bytes=$(stat -c %s "$wheel")
target=$(mktemp -d)
"$venv/bin/pip" install --quiet --no-deps --target "$target" "$wheel"
installed=$(du -sb "$target" | cut -f1)
binary=$(stat -c %s "$target/bin/raci")
rm -rf "$target"

# row LABEL "WALL CPU" [BASE "WALL CPU"]: seconds, and ms per fence (less BASE's, if given).
row() {
  awk -v label="$1" -v t="$2" -v base="${3:-0 0}" -v n="$fences" 'BEGIN {
    split(t, a, " "); split(base, b, " ")
    printf "| %s | %.2f | %.2f | %.1f |\n", label, a[1] - b[1], a[2] - b[2], (a[2] - b[2]) * 1000 / n }'
}
echo
echo "| $fences fences, MkDocs Material (median of $RUNS) | wall (s) | CPU (s) | CPU per fence (ms) |"
echo "|---|---:|---:|---:|"
row "without the plugin (the bodies as plain code blocks)" "$plain"
row "with the plugin: one raci process (--batch), prerendered" "$batch"
row "with the plugin: one raci process per fence, prerendered" "$per_fence"
row "with the plugin: --batch, prerender: false (fallback tables only)" "$no_prerender"
row "the plugin's cost: --batch, prerendered (with - without)" "$batch" "$plain"
row "the plugin's cost: a process per fence (with - without)" "$per_fence" "$plain"
row "raci alone: $fences fences through one --batch process" "$alone_batch"
row "raci alone: $fences runs of raci render" "$alone_each"
echo
echo "| raci-widget $version | bytes | MB |"
echo "|---|---:|---:|"
echo "| the wheel ($(basename "$wheel")) | $wheel_bytes | $(awk -v b="$wheel_bytes" 'BEGIN { printf "%.2f", b / 1e6 }') |"
echo "| installed (pip install --target, no dependencies) | $installed | $(awk -v b="$installed" 'BEGIN { printf "%.2f", b / 1e6 }') |"
echo "| of which the raci binary | $binary | $(awk -v b="$binary" 'BEGIN { printf "%.2f", b / 1e6 }') |"

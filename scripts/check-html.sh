#!/usr/bin/env bash
# The Nu HTML Checker (npm vnu-jar; needs Java 17) over every page and embed both servers send:
# the `next start` build's prerendered pages and embed responses (.next/server/app) and the
# static export's (out/). Any error fails the test command. Run after the builds.
#
# One filter, for a gap in the checker rather than in our HTML: its CSS grammar predates
# container queries (CSS Containment Level 3, in every current browser), which the charts'
# inline CSS uses to pick a size; it reports "container" and "@container" as unknown.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=node_modules/vnu-jar/build/dist/vnu.jar
filter='.*CSS: (“container”: Property “container” doesn.t exist|Unrecognized at-rule “@container”).*'
for dir in .next/server/app out; do
  [ -d "$dir" ] || { echo "$dir/ is missing: build first (npm run build, npm run export)." >&2; exit 1; }
done
pages=$(find .next/server/app out -name '*.html' -not -path '*/_next/*' | wc -l)
# Every language's embeds: /embed/<chart>, /bn/embed/<chart>, /ru/embed/<chart>.
embed_files() {
  find .next/server/app -path '*/embed/*' -name '*.body' -print0
  find out -path '*/embed/*' -type f -not -name '*.gz' -not -name '*.br' -print0
}
embeds=$(embed_files | tr -cd '\0' | wc -c)
status=0
# One checker for pages and embeds (a Java start is about 2 s): the checker parses what has no
# .html extension (embeds; under .next, .body files) as HTML too.
# Java's quick compiler only (TieredStopAtLevel=1): a run of seconds ends before the optimizing
# compiler pays back its work: 6.6-6.9 instead of 14.1-16.5 core-seconds here, the same findings.
# Code from the quick compiler needs more stack than Java's 1 MB default for the HTML schema.
{
  find .next/server/app out -name '*.html' -not -path '*/_next/*' -print0
  embed_files
} | xargs -0 java -XX:TieredStopAtLevel=1 -Xss4m -jar "$jar" --errors-only --html \
  --filterpattern "$filter" || status=1
if [ "$status" -ne 0 ]; then
  echo "Nu HTML Checker: errors above, in $pages pages and $embeds embeds." >&2
  exit 1
fi
echo "Nu HTML Checker: $pages pages and $embeds embeds, 0 errors."

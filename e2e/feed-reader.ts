import { execFileSync } from 'node:child_process';

/**
 * Reads a feed with feedparser, the Python feed reader (Debian's
 * python3-feedparser), rather than our own reading of RFC 4287: `bozo` is
 * set when it finds the feed malformed. Debian's own Python, where the
 * package is installed, whatever python3 comes first on PATH.
 */
export const FEED_PYTHON = process.env.FEED_PYTHON ?? '/usr/bin/python3';

export interface ParsedFeed {
  bozo: boolean;
  bozoException: string | null;
  version: string;
  title: string;
  links: { rel: string; href: string }[];
  entries: { id: string; title: string; link: string; updated: string; summary: string }[];
}

const READER = `
import json, sys, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": bool(d.bozo),
  "bozoException": str(d.get("bozo_exception")) if d.bozo else None,
  "version": d.version,
  "title": d.feed.get("title", ""),
  "links": [{"rel": l.get("rel", ""), "href": l.get("href", "")} for l in d.feed.get("links", [])],
  "entries": [{"id": e.get("id", ""), "title": e.get("title", ""), "link": e.get("link", ""),
               "updated": e.get("updated", ""), "summary": e.get("summary", "")} for e in d.entries],
}))
`;

export function readFeed(xml: string): ParsedFeed {
  return JSON.parse(
    execFileSync(FEED_PYTHON, ['-c', READER], { input: xml }).toString(),
  ) as ParsedFeed;
}

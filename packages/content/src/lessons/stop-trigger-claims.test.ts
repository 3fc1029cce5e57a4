import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_SET_CATALOG } from '@liqlab/core';
import { describe, expect, it } from 'vitest';

// Lesson 4's "Stop trigger: last vs mark" box names each venue's default stop trigger. The sandbox
// starts a stop on core's stopTriggerDefault, so the box and the catalog must say the same.
const L4 = readFileSync(join(import.meta.dirname, '04-stop-losses.mdx'), 'utf8');
// Link targets dropped ("[Binance](https://…)" → "[Binance]"): their dots would end a sentence.
const box = (L4.match(/\*\*Stop trigger: last vs mark\.\*\*([^\n]+)/)?.[1] ?? '').replace(
  /\]\([^)]*\)/g,
  ']',
);
/** Venue names in a sentence: the link texts. */
const venuesIn = (sentence: string) => [...sentence.matchAll(/\[([A-Z][A-Za-z]+)\]/g)].map((m) => m[1]!);
const defaultsOf = (venue: string) =>
  new Set(RULE_SET_CATALOG.filter((r) => r.venue === venue).map((r) => r.stopTriggerDefault));

describe('lesson 4: stop trigger defaults', () => {
  const lastSentence = box.match(/a new stop watches the last price on ([^.]+)\./)?.[1] ?? '';
  const markSentence = box.match(/([^.]*) uses the mark price/)?.[1] ?? '';
  const pickSentence = box.match(/and ([^.,]*) asks you to pick/)?.[1] ?? '';

  it('names every venue of the catalog once', () => {
    const named = [...venuesIn(lastSentence), ...venuesIn(markSentence), ...venuesIn(pickSentence)];
    expect(named.sort()).toEqual([...new Set(RULE_SET_CATALOG.map((r) => r.venue))].sort());
  });

  it('says "last" exactly for the venues whose every rule set defaults to the last price', () => {
    const last = venuesIn(lastSentence);
    expect(last.length).toBeGreaterThan(0);
    for (const venue of last) expect([...defaultsOf(venue)], venue).toEqual(['last']);
  });

  it('says "mark" exactly for the venues whose rule sets default to the mark price', () => {
    const mark = venuesIn(markSentence);
    expect(mark.length).toBeGreaterThan(0);
    for (const venue of mark) expect([...defaultsOf(venue)], venue).toEqual(['mark']);
  });

  it('the venue that "asks you to pick" starts on the last price in the sandbox, as the box says it does for its venue', () => {
    // Gate publishes no default (its API requires price_type); the sandbox starts it on the last price.
    for (const venue of venuesIn(pickSentence)) expect([...defaultsOf(venue)], venue).toEqual(['last']);
    expect(box).toContain("The sandbox starts each stop on its venue's default, and you can switch it.");
  });
});

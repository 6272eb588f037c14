import { describe, expect, it } from 'vitest';
import { analyzeTwoOutlets } from '../../test/support/two-outlets.js';

describe('"without" and a gerund deny the event', () => {
  it('sets "left without signing the agreement" against "signed the agreement" as whether it happened', () => {
    const corpus = analyzeTwoOutlets('Mayor Ilse Varga left the meeting in Lisk without signing the harbour agreement.', 'Mayor Ilse Varga signed the harbour agreement in Lisk on Monday.');
    expect((corpus.conflicts ?? []).map((c) => `${c.kind}: ${c.about}`)).toEqual(['polarity: whether Ilse Varga signed the harbour agreement']);
    expect((corpus.claims ?? []).filter((c) => c.status === 'corroborated')).toEqual([]);
  });

  it('asks whether it happened in the asserting side\'s words, a preposition after the particle keeping its object', () => {
    const corpus = analyzeTwoOutlets('Fisheries Minister Oskar Lindqvist did not resign over the decree on Tuesday.', 'Fisheries Minister Oskar Lindqvist resigned over the decree on Tuesday.');
    expect((corpus.conflicts ?? []).map((c) => `${c.kind}: ${c.about}`)).toEqual(['polarity: whether Oskar Lindqvist resigned over the decree']);
  });
});

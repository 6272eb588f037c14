import { describe, expect, it } from 'vitest';
import { debrisReason } from './debris-rules.js';
import { looksLikeHeading } from './headings.js';
import { buildCleanedText, toOriginal } from './offset-map.js';
import { createCleanComponent } from './component.js';
import { FurnitureIndex } from './furniture.js';
import { documentFromText } from '../ingest/from-text.js';

describe('debris rules', () => {
  it.each([
    ['Advertisement', 'advert marker'],
    ['Advert.', 'advert marker'],
    ['Follow us on all our social media pages', 'share or follow prompt'],
    ['Support our journalism: donate today', 'donation appeal'],
    ['Sign up for our morning newsletter', 'newsletter or subscription prompt'],
    ['Leave a comment', 'comment prompt'],
    ['Email: desk@example.org Tel: +44 20 7946 0000', 'contact details'],
    ['Read more: Harbour fees to rise', 'related-links or navigation line'],
  ])('recognises %j', (line, reason) => {
    expect(debrisReason(line)).toBe(reason);
  });

  it('leaves body sentences alone, even when they mention a trigger word', () => {
    expect(debrisReason('The union urged members to subscribe to the new pension plan, which the council approved on Monday after a long debate about costs and fairness for retired staff.')).toBeNull();
    expect(debrisReason('The mayor said the pier would reopen in May.')).toBeNull();
  });
});

describe('headings', () => {
  it('takes short title-case lines followed by a paragraph as headings', () => {
    expect(looksLikeHeading('The Cost of Delay and the Price of Haste.', 'A long paragraph follows here, explaining the issue in detail.')).toBe(true);
    expect(looksLikeHeading('What Comes Next for the Port', 'A long paragraph follows here, explaining the issue in detail.')).toBe(true);
  });

  it('keeps short body sentences as body', () => {
    expect(looksLikeHeading('A fragile truce is now in place and has largely held.', 'Another paragraph of some considerable length follows it.')).toBe(false);
    expect(looksLikeHeading('Mayor Ilse Varga is holding talks with the Korvath Rail Authority in Lisk.', 'Another paragraph of some considerable length follows it, as a body does.')).toBe(false);
    expect(looksLikeHeading('Harbour Fees Rise', null)).toBe(false);
  });
});

describe('offset map', () => {
  it('maps cleaned offsets back into the original', () => {
    const original = 'Title\n\nFirst para.\nAdvert.\nSecond para.';
    const first = original.indexOf('First');
    const second = original.indexOf('Second');
    const cleaned = buildCleanedText(original, [{ start: first, end: first + 11 }, { start: second, end: second + 12 }]);
    expect(cleaned.text).toBe('First para.\n\nSecond para.');
    const at = cleaned.text.indexOf('Second');
    expect(toOriginal(cleaned, at)).toBe(second);
    expect(original.slice(toOriginal(cleaned, at), toOriginal(cleaned, at + 6))).toBe('Second');
  });
});

describe('clean component', () => {
  it('keeps debris as boilerplate regions with reasons and leaves the body for annotators', () => {
    const text = 'Pier Closes\n\nThe harbour authority said on Monday that the pier would close.\n\nAdvertisement\n\nOfficials expect the work to last a month.\n\nShare this article\n\nLeave a comment';
    const doc = documentFromText(text, 'a.txt');
    createCleanComponent().process(doc);
    const debris = doc.layers.regions!.filter((r) => r.kind === 'boilerplate').map((r) => text.slice(r.start, r.end));
    expect(debris).toEqual(['Advertisement', 'Share this article', 'Leave a comment']);
    expect(doc.layers.cleaned!.text).toBe('The harbour authority said on Monday that the pier would close.\n\nOfficials expect the work to last a month.');
  });

  it('learns furniture repeated across one outlet\'s pages, but not lines two versions of one article share', () => {
    const page = (title: string, body: string) => documentFromText(`${title}\n\n${body}\n\nGet the Harbour Daily app for breaking alerts on your phone`, 'p.txt', { outlet: 'Harbour Daily' });
    const a = page('Council Debates Budget', 'The council met on Monday to discuss the budget for the coming year in detail.\n\nMembers disagreed about the cost of the new ferry.\n\nA vote is expected on Friday.');
    const b = page('Fishermen Protest Quotas', 'Fishermen protested at the quay on Tuesday over new quotas that cut their catch.\n\nThe ministry said the quotas protect stocks.\n\nTalks resume next week.');
    const index = FurnitureIndex.fromDocuments([a, b]);
    createCleanComponent(index).process(a);
    expect(a.layers.regions!.find((r) => r.kind === 'boilerplate')?.reason).toMatch(/repeated/);
    const v1 = page('Budget', 'The council met on Monday to discuss the budget.\n\nThe vote is on Friday.');
    const v2 = page('Budget', 'The council met on Monday to discuss the budget.\n\nThe vote is on Friday.\n\nUpdate: it was moved.');
    const versions = FurnitureIndex.fromDocuments([v1, v2]);
    expect(versions.isFurniture(v1, 'The council met on Monday to discuss the budget.')).toBe(false);
  });
});

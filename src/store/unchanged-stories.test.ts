import { describe, expect, it } from 'vitest';
import type { Corpus } from '../model/corpus.js';
import { standardPipeline } from '../pipeline/analyze.js';
import { LAST_STAGE_READING_ALL_STORIES, UnchangedStories } from './unchanged-stories.js';

function corpusWith(stories: { id: string; documents: string[] }[]): Corpus {
  return { documents: [], stories: stories.map((s) => ({ ...s, title: s.id })) };
}

describe('UnchangedStories', () => {
  it('drops a story grouped with exactly its stored documents, in any order, and keeps the others', () => {
    const unchanged = new UnchangedStories([
      { id: 's-a', documents: ['d1', 'd2'] },
      { id: 's-b', documents: ['d3'] },
      { id: 's-c', documents: ['d5', 'd6'] },
    ]);
    const corpus = corpusWith([
      { id: 's-a', documents: ['d2', 'd1'] },
      // Joined by a new article: compared again.
      { id: 's-b', documents: ['d3', 'd4'] },
      // Lost a document to another story: compared again.
      { id: 's-c', documents: ['d5'] },
      { id: 's-new', documents: ['d6'] },
    ]);
    unchanged.afterStage(LAST_STAGE_READING_ALL_STORIES, corpus);
    expect(corpus.stories!.map((s) => s.id)).toEqual(['s-b', 's-c', 's-new']);
    expect([...unchanged.kept]).toEqual(['s-a']);
  });

  it('leaves the stories alone after any other stage', () => {
    const unchanged = new UnchangedStories([{ id: 's-a', documents: ['d1'] }]);
    const corpus = corpusWith([{ id: 's-a', documents: ['d1'] }]);
    unchanged.afterStage('stories', corpus);
    expect(corpus.stories).toHaveLength(1);
    expect(unchanged.kept.size).toBe(0);
  });

  it('hooks the stage right before compare, the first stage that reads stories one by one', () => {
    const names = standardPipeline().corpusStages.map((s) => s.name);
    expect(names[names.indexOf('compare') - 1]).toBe(LAST_STAGE_READING_ALL_STORIES);
  });
});

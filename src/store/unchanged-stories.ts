import type { Corpus } from '../model/corpus.js';
import type { StoredStory } from './corpus-ids.js';

/**
 * The last corpus stage that reads every story of the run: after it, compare works story by
 * story (claims, conflicts, timeline), so a story left out from there on changes no other
 * story's output. `story-place-types` reads the stories to retype a name one article of a story
 * calls a place; leaving a story out before it could change an entity another story shares.
 */
export const LAST_STAGE_READING_ALL_STORIES = 'story-place-types';

/**
 * Stories an incremental update grouped exactly as they are stored (same id, same documents)
 * are left as stored: compared again they would only be rewritten with what the store holds
 * already, and comparing and writing them was most of an update's cost (an update loads every
 * candidate story a new article may join, and joins few). Hooked after the stages that read
 * every story (resolve, grouping, place retyping still see the whole window), it drops them from
 * the corpus before compare; `kept` lists them, for the save to leave in place.
 */
export class UnchangedStories {
  readonly kept = new Set<string>();
  private readonly storedDocuments: Map<string, string>;

  constructor(stored: StoredStory[]) {
    this.storedDocuments = new Map(stored.map((s) => [s.id, documentSet(s.documents)]));
  }

  readonly afterStage = (stage: string, corpus: Corpus): void => {
    if (stage !== LAST_STAGE_READING_ALL_STORIES || !corpus.stories) return;
    corpus.stories = corpus.stories.filter((story) => {
      if (this.storedDocuments.get(story.id) !== documentSet(story.documents)) return true;
      this.kept.add(story.id);
      return false;
    });
  };
}

function documentSet(documents: string[]): string {
  return [...documents].sort().join('\n');
}

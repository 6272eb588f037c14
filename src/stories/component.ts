import type { CorpusComponent } from '../pipeline/component.js';
import { groupStories } from './group.js';

export const storiesComponent: CorpusComponent = {
  kind: 'corpus',
  name: 'stories',
  requires: ['mentions', 'tokens', 'entities', 'mentionEntity'],
  produces: ['stories'],
  process(corpus) {
    corpus.stories = groupStories(corpus);
  },
};

import type { Component } from '../src/pipeline/component.js';
import { Pipeline } from '../src/pipeline/pipeline.js';

/** Milliseconds spent in each stage, summed over all calls. */
export type StageTimes = Record<string, number>;

/**
 * The given pipeline with a timer around each stage's `process`. Stages are wrapped, not
 * modified: the standard components are shared module objects.
 */
export function timedPipeline(pipeline: Pipeline, times: StageTimes): Pipeline {
  const stages: Component[] = [...pipeline.documentStages, ...pipeline.corpusStages];
  return new Pipeline(stages.map((stage) => {
    times[stage.name] ??= 0;
    const timed = Object.create(stage) as Component & { process(x: unknown): void };
    timed.process = (x: unknown) => {
      const t0 = performance.now();
      try {
        (stage.process as (x: unknown) => void).call(stage, x);
      } finally {
        times[stage.name] += performance.now() - t0;
      }
    };
    return timed;
  }));
}

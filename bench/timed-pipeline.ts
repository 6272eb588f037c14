import type { Component } from '../src/pipeline/component.js';
import { Pipeline } from '../src/pipeline/pipeline.js';

/** Milliseconds spent in each stage, summed over all calls. */
export type StageTimes = Record<string, number>;

/**
 * The given pipeline with a timer around each stage's `process`: wall milliseconds in `times`
 * and, when given, the process's CPU milliseconds in `cpuTimes`. CPU time is the figure to
 * compare on a shared machine: another session's load stretches wall time, not this process's
 * CPU time. Stages are wrapped, not modified: the standard components are shared module objects.
 */
export function timedPipeline(pipeline: Pipeline, times: StageTimes, cpuTimes?: StageTimes): Pipeline {
  const stages: Component[] = [...pipeline.documentStages, ...pipeline.corpusStages];
  return new Pipeline(stages.map((stage) => {
    times[stage.name] ??= 0;
    const timed = Object.create(stage) as Component & { process(x: unknown): void };
    if (cpuTimes) cpuTimes[stage.name] ??= 0;
    timed.process = (x: unknown) => {
      const t0 = performance.now();
      const c0 = cpuTimes ? process.cpuUsage() : null;
      try {
        (stage.process as (x: unknown) => void).call(stage, x);
      } finally {
        times[stage.name] += performance.now() - t0;
        if (cpuTimes && c0) {
          const c = process.cpuUsage(c0);
          cpuTimes[stage.name] += (c.user + c.system) / 1000;
        }
      }
    };
    return timed;
  }));
}

/** What the CLI prints while it works. */
export interface CliConfig {
  /**
   * Off a terminal (a log, a pipe, CI), one progress line per this many files: often enough
   * that a 120-file run shows it is alive within seconds (about 10 documents/s on two cores),
   * rare enough that a 10,000-file log stays readable (400 lines).
   */
  progressEveryFiles: number;
  /** On a terminal, the bar is redrawn at most this often (milliseconds). */
  barRedrawMs: number;
}

export const CLI: CliConfig = {
  progressEveryFiles: 25,
  barRedrawMs: 100,
};

/**
 * PLOVER event types for our action classes (the class is the first verb of each list in
 * `compare/actions.ts`). Actions with no PLOVER counterpart (statements, visits) are not events.
 */
export const PLOVER_TYPE: Record<string, string> = {
  meet: 'CONSULT',
  withdraw: 'RETREAT',
  kill: 'ASSAULT',
  attack: 'ASSAULT',
  arrest: 'COERCE',
  praise: 'SUPPORT',
  support: 'SUPPORT',
  criticise: 'ACCUSE',
  demand: 'REQUEST',
  sign: 'AGREE',
  deny: 'REJECT',
  topple: 'COERCE',
  extend: 'AGREE',
};

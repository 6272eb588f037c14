/** Verbs that report speech: a claim whose action is one of these is a statement by its actor. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'state', 'add', 'announce', 'claim', 'note', 'warn', 'argue', 'insist', 'declare', 'assert',
  'confirm', 'deny', 'report', 'explain', 'stress', 'emphasise', 'emphasize', 'write', 'suggest', 'predict',
  'acknowledge', 'admit', 'allege', 'reveal', 'describe', 'urge', 'call', 'praise', 'criticise', 'criticize',
]);

/** Verbs that only report speech (no act of their own): what follows them is the speaker's claim. */
export const REPORTING_VERBS = new Set(['say', 'tell', 'state', 'add', 'announce', 'claim', 'note', 'declare', 'assert', 'write', 'report', 'explain', 'stress', 'insist', 'argue', 'reiterate', 'remark', 'comment']);

/** Auxiliaries and light verbs that do not carry the claim's action. */
export const LIGHT_VERBS = new Set([
  'be', 'have', 'do', 'will', 'would', 'shall', 'should', 'may', 'might', 'can', 'could', 'must', 'get', 'seem', 'appear',
  // Aspectual and catenative verbs: "began reorienting", "continued to stay" report the second verb's action.
  'begin', 'start', 'continue', 'keep', 'try', 'want', 'remain', 'become', 'go', 'come', 'let',
  // Verbs of expectation and intent: "is expected to appear", "plans to send" report the plan's verb.
  'expect', 'plan', 'hope', 'intend', 'aim', 'wish', 'seek',
  // Support verbs whose noun carries the meaning: "voiced his support", "expressed concern".
  'voice', 'express',
]);

/**
 * Aspectual verbs among the light verbs: light only while they govern another verb ("began
 * reorienting", "continued to stay"); alone they carry the event ("the trial will start in
 * September", "started a fire"). "go" and "come" stay light: as content verbs they paired
 * sentences of a story that share nothing else ("the call came at 3:33" / "the fire call came in").
 */
export const ASPECTUAL_VERBS = new Set(['begin', 'start', 'continue']);

export const MODAL_HEDGES = new Set(['may', 'might', 'could', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably']);

export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'inside', 'across', 'toward', 'towards', 'off', 'along', 'over']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

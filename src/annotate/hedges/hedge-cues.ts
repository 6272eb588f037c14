/**
 * Words and phrases by which a writer distances the text from a statement: attribution to
 * unnamed sources, epistemic verbs, and explicit doubt. Order inside the alternation puts the
 * longer phrases first so "it is believed" wins over a shorter overlap.
 */
const CUE_PHRASES = [
  String.raw`could not (?:be )?(?:independently )?(?:verified|confirmed)`,
  String.raw`(?:has|have|had) not been (?:independently )?(?:verified|confirmed)`,
  String.raw`not (?:been )?independently (?:verified|confirmed)`,
  String.raw`it (?:is|was) (?:widely )?(?:believed|thought|understood|reported|alleged|claimed|said|feared|rumou?red|suspected|expected)`,
  String.raw`(?:is|are|was|were) (?:said|reported|believed|thought|alleged|rumou?red|understood|suspected|claimed) to`,
  String.raw`(?:is|are|was|were) (?:un)?likely to`,
  String.raw`(?:(?:unnamed|anonymous|diplomatic|security|military|official|government|local|informed|western|intelligence) )?sources (?:said|say|says|told|claimed|claim|suggested|suggest|indicated|indicate)`,
  String.raw`according to`,
  String.raw`(?:appeared|appears|appear|seemed|seems|seem) (?:not )?to`,
  String.raw`(?:may|might|could) (?:have|be)`,
  String.raw`reportedly|allegedly|purportedly|supposedly|apparently|presumably|possibly|probably|seemingly|ostensibly`,
  String.raw`unconfirmed|unverified|unsubstantiated|alleged|purported|rumou?red|suspected`,
  // "claimed the lives of" reports deaths, not a contested statement.
  String.raw`claim(?:ed|s)?(?! (?:the )?lives)`,
];

/** One regex for all cues: one pass per sentence. */
export const HEDGE_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CUE_PHRASES.join('|')})(?![\p{L}\p{N}])`, 'giu');

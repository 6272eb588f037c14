/** Verbs that introduce speech, in the forms news text uses them. */
const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|stated|states|warned|warns|argued|argues|noted|notes|' +
  'insisted|insists|explained|explains|claimed|claims|declared|declares|announced|announces|' +
  'asserted|asserts|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|wrote|writes|tweeted|' +
  'remarked|observed|continued|replied|replies|responded|countered|retorted|shot back|fired back|hit back|asked|asks|acknowledged|admitted|' +
  'conceded|suggested|suggests|maintained|maintains|recalled|concluded|confirmed|denied|denies|' +
  'urged|pointed out|points out|point out|indicated|indicates|indicate|cautioned|predicted|' +
  'promised|vowed|pledged|reiterated|underlined|highlighted|alleged|contended|estimated|' +
  'described|describing|called|saying|stating|adding|noting|warning|insisting|arguing|telling|' +
  'explaining|claiming|declaring|announcing|emphasi[sz]ing|stressing|urging|[Aa]ccording to';

/** Cues that take a complement clause without "that" ("X said talks would resume"). */
export const BARE_COMPLEMENT_CUES = /^(?:said|says|say|told|tells|added|adds|saying|telling|warned|warns|insisted|insists|argued|argues|stated|states|noted|notes|wrote|writes)$/i;

/** Present participles: the speaker is the subject of the main clause ("..., stating that"). */
export const PARTICIPLE_CUE = /ing$/i;

/** Cues that take the listener as an object before the content ("told reporters"). */
export const OBJECT_CUES = /^(?:told|tells|telling|warned|warns|assured|informed|urged|asked|promised)$/i;

/** Case-sensitive on purpose: a capitalised "States" or "Notes" is a name, not a verb. */
export const CUE_WORD = new RegExp(`(?<![\\p{L}\\-])(?:${SPEECH_VERBS})(?![\\p{L}\\-])`, 'gu');
export const CUE_AT_START = new RegExp(`^(?:${SPEECH_VERBS})(?![\\p{L}\\-])`, 'u');

/** Verbs that can follow the content they attribute ("..., said Dara Venn."): not "told", which needs a listener. */
export const INVERTIBLE_CUES = /^(?:said|says|added|adds|stated|noted|argued|insisted|explained|declared|wrote|warned|continued|replied|countered|retorted|asked|concluded)$/;

/** Nouns that announce someone's words ("In his address, ..."): the next sentence may be them. */
export const SPEECH_EVENT = /(?<![\p{L}])(?:address|speech|statement|remarks|interview|press conference|news conference|briefing|message|televised|said|told|emphasi[sz]ed|stressed|declared|announced|added)(?![\p{L}])/iu;

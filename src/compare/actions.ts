/**
 * Classes of verbs that report one kind of event, so that "stated", "said" and "told" align, and
 * "withdrew" and "pulled out" align. A general English lexicon, hand-made for news reporting.
 */
const CLASSES: string[][] = [
  ['say', 'state', 'tell', 'add', 'announce', 'declare', 'note', 'remark', 'comment', 'explain', 'assert', 'claim', 'stress', 'emphasise', 'emphasize', 'insist', 'reiterate'],
  ['meet', 'talk', 'hold', 'host', 'receive', 'visit', 'negotiate', 'confer'],
  ['withdraw', 'pull', 'leave', 'exit', 'evacuate', 'abandon', 'retreat'],
  ['kill', 'slay', 'murder', 'assassinate', 'execute'],
  ['attack', 'strike', 'bomb', 'shell', 'hit', 'raid', 'assault'],
  ['arrest', 'detain', 'capture', 'seize', 'abduct', 'kidnap', 'apprehend'],
  ['praise', 'commend', 'hail', 'laud', 'thank', 'congratulate', 'salute'],
  ['criticise', 'criticize', 'condemn', 'denounce', 'slam', 'blast', 'attack'],
  ['demand', 'call', 'urge', 'request', 'press', 'seek', 'ask'],
  ['topple', 'overthrow', 'oust', 'depose', 'remove', 'unseat'],
  ['sign', 'agree', 'conclude', 'ratify', 'approve'],
  ['extend', 'prolong', 'renew'],
  ['win', 'defeat', 'beat'],
  ['increase', 'rise', 'grow', 'climb', 'jump', 'surge', 'soar'],
  ['decrease', 'fall', 'drop', 'decline', 'plunge', 'slump'],
  ['die', 'perish'],
  ['injure', 'wound', 'hurt'],
  ['land', 'arrive', 'reach', 'fly'],
  ['deny', 'reject', 'dismiss', 'refute'],
  ['support', 'back', 'endorse', 'voice'],
  ['collapse', 'breach', 'burst'],
  ['resign', 'quit'],
  ['explode', 'detonate'],
];

const CLASS_OF = new Map<string, string>();
for (const members of CLASSES) for (const verb of members) if (!CLASS_OF.has(verb)) CLASS_OF.set(verb, members[0]);

/**
 * Nouns that name an event of one of the classes above. Only clearly eventive nouns: "the press",
 * "a note" or "the land" name things, so the verb list is not reused for nouns.
 */
const EVENT_NOUNS: [string, string[]][] = [
  ['meet', ['talk', 'talks', 'visit', 'meeting', 'summit', 'negotiation', 'negotiations']],
  ['withdraw', ['withdrawal', 'pullout', 'retreat', 'evacuation', 'departure']],
  ['kill', ['killing', 'murder', 'assassination', 'execution', 'slaying']],
  ['attack', ['attack', 'strike', 'airstrike', 'bombing', 'raid', 'assault', 'shelling']],
  ['arrest', ['arrest', 'detention', 'capture', 'abduction', 'kidnapping', 'seizure']],
  ['praise', ['praise', 'tribute', 'congratulation', 'congratulations']],
  ['demand', ['demand', 'appeal', 'request']],
  ['topple', ['overthrow', 'ouster', 'downfall']],
  ['sign', ['signing', 'ratification', 'agreement', 'deal']],
  ['extend', ['extension', 'renewal']],
  ['land', ['arrival', 'landing']],
  ['die', ['death']],
  ['injure', ['injury']],
];
const EVENT_NOUN_CLASS = new Map<string, string>();
for (const [verb, nouns] of EVENT_NOUNS) for (const noun of nouns) EVENT_NOUN_CLASS.set(noun, actionClass(verb));

/** The action class an eventive noun names ("talks", "visit" -> meet), or null. */
export function eventNounClass(lemma: string): string | null {
  return EVENT_NOUN_CLASS.get(lemma.toLowerCase()) ?? null;
}

/** The class name of a verb lemma (its first member), or the lemma itself. */
export function actionClass(lemma: string): string {
  const l = lemma.toLowerCase();
  return CLASS_OF.get(l) ?? l;
}

/**
 * A causative verb class and the class of the change it causes: "the gunman killed the guard"
 * and "the guard died" report one death, the one who dies being the killing's object.
 */
const RESULTS = new Map<string, string>([['kill', 'die']]);

/** The class of the change a causative class brings about ("kill" -> "die"), or null. */
export function resultClass(cls: string): string | null {
  return RESULTS.get(cls) ?? null;
}

/** One class names the cause ("killed the guard"), the other the change it caused ("the guard died"). */
export function causeAndResult(a: string, b: string): boolean {
  return resultClass(a) === b || resultClass(b) === a;
}

/**
 * Predicates that say opposite things about the same subject: a ceasefire that "held" and one
 * that was "violated"; a figure that "rose" and one that "fell".
 */
const OPPOSITES: [string[], string[]][] = [
  [['hold', 'respect', 'observe', 'honour', 'honor', 'maintain', 'stand'], ['violate', 'breach', 'break', 'collapse', 'flout']],
  [['increase', 'rise', 'grow', 'climb'], ['decrease', 'fall', 'drop', 'decline', 'shrink']],
  [['accept', 'approve', 'agree', 'endorse'], ['reject', 'refuse', 'veto', 'decline']],
  [['confirm', 'admit', 'acknowledge'], ['deny', 'refute']],
  [['win'], ['lose']],
  [['open', 'reopen'], ['close', 'shut']],
  [['release', 'free'], ['detain', 'arrest', 'jail']],
  [['advance', 'gain'], ['retreat', 'lose']],
  [['survive', 'live'], ['die', 'kill']],
  [['succeed'], ['fail']],
];

/** Index of the opposition and the side a lemma falls on, or null. */
export function oppositionOf(lemma: string): { pair: number; side: 0 | 1 } | null {
  for (let i = 0; i < OPPOSITES.length; i++) {
    if (OPPOSITES[i][0].includes(lemma)) return { pair: i, side: 0 };
    if (OPPOSITES[i][1].includes(lemma)) return { pair: i, side: 1 };
  }
  return null;
}

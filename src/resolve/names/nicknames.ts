/**
 * English short forms of given names, as general knowledge lists them: "Bob Menendez" and
 * "Robert Menendez" are one senator although the given names share no spelling.
 */
const FORMS: Record<string, string[]> = {
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'], william: ['bill', 'billy', 'will', 'willie', 'liam'],
  charles: ['chuck', 'charlie', 'chas'], michael: ['mike', 'mick', 'mickey'], joseph: ['joe', 'joey'],
  richard: ['dick', 'rick', 'rich', 'richie', 'ricky'], edward: ['ed', 'eddie', 'ted', 'ned'], thomas: ['tom', 'tommy'],
  james: ['jim', 'jimmy', 'jamie'], timothy: ['tim'], christopher: ['chris', 'kit'], benjamin: ['ben', 'benny'],
  daniel: ['dan', 'danny'], patrick: ['pat', 'paddy'], stephen: ['steve'], steven: ['steve'], theodore: ['ted', 'teddy'],
  john: ['jack', 'johnny'], gerald: ['jerry'], jerome: ['jerry'], anthony: ['tony'], antony: ['tony'], andrew: ['andy', 'drew'],
  albert: ['al'], alan: ['al'], alexander: ['alex', 'sasha'], samuel: ['sam'], david: ['dave'], ronald: ['ron', 'ronnie'],
  donald: ['don', 'donnie'], matthew: ['matt'], nicholas: ['nick'], peter: ['pete'], gregory: ['greg'], jeffrey: ['jeff'],
  kenneth: ['ken', 'kenny'], lawrence: ['larry'], elizabeth: ['liz', 'beth', 'betsy', 'betty', 'eliza'], katherine: ['kate', 'kathy', 'katie'],
  catherine: ['cathy', 'kate', 'katie'], kathleen: ['kathy'], susan: ['sue', 'suzy'], deborah: ['deb', 'debbie'], jennifer: ['jenny', 'jen'],
  margaret: ['maggie', 'peggy', 'meg'], jonathan: ['jon'], nathan: ['nate'], zachary: ['zach'], mitchell: ['mitch'], henry: ['hank', 'harry'],
  frederick: ['fred', 'freddie'], raymond: ['ray'], walter: ['walt'], douglas: ['doug'], eugene: ['gene'], philip: ['phil'], phillip: ['phil'],
  vincent: ['vince'], randolph: ['randy'], randall: ['randy'], abraham: ['abe'], nancy: ['nan'], patricia: ['pat', 'patty', 'trish'],
  rebecca: ['becky'], victoria: ['vicky', 'tori'], jacqueline: ['jackie'], christine: ['chris'], christina: ['chris'],
  joshua: ['josh'], leonard: ['leo', 'len'], terence: ['terry'], terrence: ['terry'], frank: ['frankie'], francis: ['frank'],
  dwight: ['ike'], harold: ['harry', 'hal'], herbert: ['herb'], louis: ['lou'], raphael: ['rafael'], marjorie: ['margie'],
};

/** Each given name with the forms that may stand for it, both ways. */
export const NICKNAMES: ReadonlyMap<string, Set<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (map.get(a) ?? map.set(a, new Set()).get(a)!).add(b);
  for (const [full, shorts] of Object.entries(FORMS)) {
    for (const s of shorts) {
      link(full, s);
      link(s, full);
    }
  }
  return map;
})();

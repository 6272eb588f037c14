import { describe, expect, it } from 'vitest';
import { normalizeTimes } from './index.js';

// A Wednesday, no zone.
const WED = { published: '2031-03-12' };

const texts = (text: string): string[] => normalizeTimes(text, WED).map((t) => t.text);

function value(text: string, phrase: string): string {
  const hit = normalizeTimes(text, WED).find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));
  if (!hit) throw new Error(`no time expression for "${phrase}" in ${JSON.stringify(texts(text))}`);
  return hit.value;
}

describe('weekday direction', () => {
  it('reads a deferral as pointing ahead whatever the tense', () => {
    expect(value('Officials postponed until Friday morning any ruling on the permit.', 'Friday')).toBe('2031-03-14');
    expect(value('The agency extended its deadline until 9 a.m. Monday.', '9 a.m.')).toBe('2031-03-17T09:00');
    expect(value('The court has given the tenants until 10 a.m. Friday to leave.', '10 a.m.')).toBe('2031-03-14T10:00');
  });

  it('keeps "until" in a past clause in the past', () => {
    expect(value('Until Monday, the police had described him only as a witness.', 'Monday')).toBe('2031-03-10');
  });

  it('reads a plan seen from after it as past', () => {
    expect(value('The offer had been due to expire Monday evening.', 'Monday')).toBe('2031-03-10TEV');
    expect(value('The vote had been scheduled for Tuesday.', 'Tuesday')).toBe('2031-03-11');
  });

  it('reads no tense from a participle qualifying a noun ("the only scheduled debate")', () => {
    expect(value('The rivals traded sharp accusations over taxes on Monday night in the only scheduled debate.', 'Monday')).toBe('2031-03-10');
    expect(value('The debate is scheduled for Monday.', 'Monday')).toBe('2031-03-17');
  });

  it('takes the tense of a quotation from inside it, not from the reporting verb', () => {
    expect(value("``The convoy will leave at 6 a.m. Friday,'' the colonel said.", '6 a.m.')).toBe('2031-03-14T06:00');
  });
});

describe('phrases that are not times', () => {
  it('leaves generic "today\'s" and "of tomorrow" unmarked', () => {
    expect(texts("The gadget is popular with today's youth.")).toEqual([]);
    expect(texts("Few of today's phones last long.")).toEqual([]);
    expect(texts('He wanted to train the engineers of tomorrow.')).toEqual([]);
    expect(value('She described the events of today as a turning point.', 'today')).toBe('2031-03-12');
    expect(value("The notice ran in today's editions.", 'today')).toBe('2031-03-12');
  });

  it('leaves titles with capitalised time words unmarked', () => {
    expect(texts('She said so on the programme "Sunrise Week" yesterday.')).toEqual(['yesterday']);
    expect(texts("He spoke on NBC's ''48 Hours.''")).toEqual([]);
    expect(texts("The film ``High Noon'' was shown again.")).toEqual([]);
    expect(texts('For the villagers, high noon comes now.')).toEqual(['now']);
  });

  it('leaves rates of a quantity unmarked but keeps frequencies of events', () => {
    expect(texts('Sales should rise 6% annually.')).toEqual([]);
    expect(texts('The mill makes 5,000 tonnes annually.')).toEqual([]);
    expect(value('The festival is held here annually.', 'annually')).toBe('P1Y');
  });

  it('reads "two thousand years" as a span, not the year 2000', () => {
    expect(value('The craft has been passed down for more than two thousand years.', 'years')).toBe('P2000Y');
  });
});

describe('present reference', () => {
  it('marks "now that"', () => {
    expect(value('The port is the only outlet now that the border is shut.', 'now')).toBe('PRESENT_REF');
  });
});

describe('tense of bare months', () => {
  it('lets a near past verb outweigh a farther plan', () => {
    expect(value('In August, the firm announced plans to expand.', 'August')).toBe('2030-08');
  });

  it('reads "-ed" adjectives and present passives as no tense', () => {
    expect(value('The bonus would be paid on a still unspecified date in January.', 'January')).toBe('2032-01');
    expect(value('They may lose when the appeal is heard in May.', 'May')).toBe('2031-05');
  });
});

describe('parts of days and near futures', () => {
  it('dates "mid-afternoon yesterday" and "by mid afternoon" to the part of the day', () => {
    expect(value('At mid-afternoon yesterday, the shares were up.', 'afternoon')).toBe('2031-03-11TAF');
    expect(value('By mid afternoon, the roads were open.', 'afternoon')).toBe('2031-03-12TAF');
  });

  it('marks "will soon", "may soon" but not "as soon as" or "soon after"', () => {
    expect(value('The board may soon seek a buyer.', 'soon')).toBe('FUTURE_REF');
    expect(value('It soon will begin selling maps.', 'soon')).toBe('FUTURE_REF');
    expect(texts('They will leave as soon as possible.')).toEqual([]);
    expect(texts('He was soon released.')).toEqual([]);
    expect(texts('He died soon after the raid.')).toEqual([]);
  });
});

describe('spans of time before or after a clause', () => {
  it('marks the span alone when a clause, not an event noun, follows', () => {
    const t = normalizeTimes('The team went back, nearly two months after its work was halted.', WED);
    expect(t.map((x) => [x.text, x.value])).toEqual([['nearly two months', 'P2M']]);
  });
});

describe('quarters', () => {
  it('reads "the year-ago third quarter" as one expression', () => {
    const t = normalizeTimes('In the year-ago third quarter, the bank earned $3 million.', WED);
    expect(t.map((x) => x.value)).toEqual(['2029-Q3']);
  });

  it('leaves "quarter-century" and price ranges alone', () => {
    expect(texts('Unemployment is near its quarter-century low.')).toEqual([]);
    expect(texts('The stock surged 4 5/8 to 112 5/8 on the news.')).toEqual([]);
  });
});

describe('more TimeML classes', () => {
  it('appends the part of day to a weekday evening', () => {
    expect(value('The rally ended Monday evening.', 'Monday')).toBe('2031-03-10TEV');
  });

  it('reads "the near term", "a later date" and "future quarters" as FUTURE_REF', () => {
    expect(value('We face risks in the near term.', 'term')).toBe('FUTURE_REF');
    expect(value('The shares will be sold at a later date.', 'later')).toBe('FUTURE_REF');
    expect(value('Losses will shrink in future quarters.', 'quarters')).toBe('FUTURE_REF');
    expect(texts('The long-term plan is unchanged.')).toEqual([]);
  });
});

describe('compound and split expressions', () => {
  it('reads a month with a spoken year', () => {
    expect(normalizeTimes('It happened in March nineteen ninety-six.', WED).map((t) => [t.text, t.value])).toEqual([
      ['March nineteen ninety-six', '1996-03'],
    ]);
  });

  it('reads "the year-earlier nine months" and "the first two quarters of 1990" as one expression each', () => {
    expect(normalizeTimes('Net for the year-earlier nine months rose.', WED).map((t) => t.value)).toEqual(['P9M']);
    expect(normalizeTimes('Output will fall through the first two quarters of 2032.', WED).map((t) => t.value)).toEqual(['2032-H1']);
  });

  it('dates the second day of "April 24 and 25"', () => {
    expect(normalizeTimes('The summit meets on April 24 and 25 in Oslo.', WED).map((t) => t.value)).toEqual(['2031-04-24', '2031-04-25']);
    expect(texts('Prices rose on April 2 and 3 percent later.')).toEqual(['April 2']);
  });

  it('counts trading days', () => {
    expect(value('Eight trading days later the index recovered.', 'days')).toBe('P8D');
  });
});

describe('names, model years and unspecified days', () => {
  it('leaves "first quarterly loss", model years and years in names alone', () => {
    expect(texts('The firm posted its first quarterly loss.')).toEqual([]);
    expect(texts("Police found Smith's 1994 Ford Escort.")).toEqual([]);
    expect(texts('They formed a venture called Polaris 1990, making parts.')).toEqual([]);
  });

  it('reads "will one day be" as FUTURE_REF and "one day later" as a span', () => {
    expect(value('Solar power will one day be the cheapest source.', 'one day')).toBe('FUTURE_REF');
    expect(value('The ship docked one day later.', 'one day')).toBe('P1D');
  });

  it('reads "were planning to" as looking ahead', () => {
    expect(value('Farmers planned a march on Friday and were planning to block roads.', 'Friday')).toBe('2031-03-14');
  });
});

describe('months next to publication and "then current"', () => {
  it('takes the adjacent month whatever the tense', () => {
    // Published 12 March 2031: April is next month even in a past-tense sentence, February last month.
    expect(value('Traders placed orders for April delivery.', 'April')).toBe('2031-04');
    expect(value('Exports will be lower than in February.', 'February')).toBe('2031-02');
  });

  it('lets a verb close before the month overrule the adjacency', () => {
    expect(value('The striker will be 29 in February.', 'February')).toBe('2032-02');
    expect(value('She won a vacated seat in April.', 'April')).toBe('2030-04');
  });

  it('reads "the then current price" as PAST_REF', () => {
    expect(value('Holders could buy shares at half the then current market price.', 'current')).toBe('PAST_REF');
  });
});

describe('fiscal quarters', () => {
  it('leaves the calendar quarter of "the quarter" after a fiscal quarter unknown', () => {
    const t = normalizeTimes('Earnings rose in the fiscal first quarter. For the quarter ended Sept. 30, the airline earned $1 million, up from $2 million a year earlier.', { published: '2031-10-20' });
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['the fiscal first quarter', '2031-Q1'], ['the quarter', '2031-QX'], ['Sept. 30', '2031-09-30'], ['a year earlier', '2030-QX'],
    ]);
  });
});

describe('anaphoric weekdays', () => {
  it('reads "the previous Friday" back from the Friday just named', () => {
    const t = normalizeTimes('Shares fell on Friday. Trading was thin overnight. The index was down 4% from the previous Friday.', { published: '2031-03-17' });
    expect(t.filter((x) => /Friday/.test(x.text)).map((x) => [x.text, x.value])).toEqual([['Friday', '2031-03-14'], ['the previous Friday', '2031-03-07']]);
  });
});

describe('clock times on a named day', () => {
  it('dates a clock time by the day its sentence names', () => {
    expect(value('The jet made its first flight Monday in Seattle at 18:00 UTC.', '18:00')).toBe('2031-03-10T18:00Z');
    expect(value('At a press conference at 16:15 UTC, March 3rd, the chief spoke.', '16:15')).toBe('2031-03-03T16:15Z');
    expect(value('The doors open at 9 a.m.', '9 a.m.')).toBe('2031-03-12T09:00');
  });
});

describe('the same period a year before', () => {
  it('reads "the same month a year ago" as that month of the year before', () => {
    const t = normalizeTimes('Sales fell 35% in January, compared to the same month a year ago.', WED);
    expect(t.map((x) => [x.text, x.value])).toEqual([['January', '2031-01'], ['the same month a year ago', '2030-01']]);
  });
});

describe('reporting periods', () => {
  it('reads "the corresponding period last year" after a quarter', () => {
    const t = normalizeTimes('Net fell in the third quarter, against $2 million for the corresponding period last year.', { published: '2031-10-20' });
    expect(t.map((x) => [x.text, x.value])).toEqual([['the third quarter', '2031-Q3'], ['the corresponding period last year', '2030-Q3']]);
  });

  it('keeps "a high for the year of $42"', () => {
    expect(value('The stock hit a high for the year of $42 in June.', 'the year')).toBe('2031');
  });
});

describe('unspecified stretches of years', () => {
  it('reads "over the years" and "in the years that followed" as PXY', () => {
    expect(value('The town has changed a lot over the years.', 'years')).toBe('PXY');
    expect(value('In the years that followed, the rebels grew.', 'years')).toBe('PXY');
    expect(texts('In the years 1990 to 1995 output doubled.')).toEqual(['1990', '1995']);
  });
});

describe('ranges of durations', () => {
  it('marks both ends of "between 60 and 90 days"', () => {
    const t = normalizeTimes('The process would take between 60 and 90 days.', WED);
    expect(t.map((x) => [x.text, x.value])).toEqual([['60', 'P60D'], ['90 days', 'P90D']]);
    expect(texts('Shares rose from 4 to 6 dollars.')).toEqual([]);
  });
});

describe('bare decades and whole years', () => {
  it('reads "the 70s and 80s" but not ages or temperatures', () => {
    expect(normalizeTimes('It rid the town of the boxy cars of the 70s and 80s.', WED).map((t) => t.value)).toEqual(['197', '198']);
    expect(texts('Both men are in their 70s.')).toEqual([]);
    expect(texts('Highs will be in the 70s degrees range.')).toEqual([]);
  });

  it('reads "the entire year" after a reported quarter as that quarter\'s year', () => {
    const t = normalizeTimes('It lost $4 billion in the fourth quarter of 2030 and $8 billion for the entire year.', WED);
    expect(t.map((x) => [x.text, x.value])).toEqual([['the fourth quarter of 2030', '2030-Q4'], ['the entire year', '2030']]);
  });
});

describe('more spans of time', () => {
  it('reads "the weeks ahead" and "an additional year"', () => {
    expect(value('Funds may sell bonds in the weeks ahead.', 'weeks')).toBe('PXW');
    expect(value('The loan may be extended for an additional year.', 'year')).toBe('P1Y');
  });
});

describe('unmeasured stretches up to now', () => {
  it('reads "the last few months" and "the past several quarters" as PAST_REF', () => {
    expect(value('Rates have fallen in the last few months.', 'months')).toBe('PAST_REF');
    expect(value('Sales were weak over the past several quarters.', 'quarters')).toBe('PAST_REF');
    expect(value('Talks will go on for the next few days.', 'days')).toBe('PXD');
  });
});

describe('movable feasts', () => {
  it('dates Easter, Good Friday and Easter week', () => {
    const t = normalizeTimes('Easter fell early. Good Friday was quiet and Easter week began.', { published: '2024-04-10' });
    expect(t.map((x) => [x.text, x.value])).toEqual([['Easter', '2024-03-31'], ['Good Friday', '2024-03-29'], ['Easter week', '2024-W13']]);
  });
});

describe('a clock time restated in GMT', () => {
  it('marks the local time and the day, not the bracketed restatement', () => {
    const t = normalizeTimes('The blast came at 10:35 a.m. (0735 GMT) Monday, near the port.', WED);
    expect(t.map((x) => [x.text, x.value])).toEqual([['10:35 a.m.', '2031-03-10T10:35'], ['Monday', '2031-03-10']]);
  });
});

describe('present and near-future phrases', () => {
  it('reads "in a year or two", "at this crucial moment" and "it is the third day of"', () => {
    expect(value('You may, in a year or two, see results.', 'year')).toBe('FUTURE_REF');
    expect(value('He would not travel at this crucial moment.', 'moment')).toBe('PRESENT_REF');
    expect(value("It's the third day of the strike.", 'day')).toBe('2031-03-12');
    expect(texts('It was the third day of the strike.')).toEqual([]);
  });
});

describe('parts of the day in view', () => {
  it('reads "for a while", "in the morning" after a named day, and "4 in the morning"', () => {
    expect(value('They will live without power for a while.', 'while')).toBe('PXX');
    const t = normalizeTimes('Stocks fell on Monday. Dealers placed buy orders in the morning.', WED);
    expect(t.map((x) => [x.text, x.value])).toEqual([['Monday', '2031-03-10'], ['the morning', '2031-03-10TMO']]);
    expect(texts('I like to run in the morning.')).toEqual([]);
    expect(value("``He will leave at 4 in the morning (4 a.m. EDT Friday),'' he said.", '4 in the morning')).toBe('2031-03-14T04:00');
  });
});

describe('hyphenated forms', () => {
  it('reads "post-1989" and "day-long"', () => {
    expect(value('The post-1989 order collapsed.', '1989')).toBe('1989');
    expect(value('They left their third day-long meeting.', 'day-long')).toBe('P1D');
  });
});

describe('frequency adjectives', () => {
  it('marks "his weekly radio address" and "on a daily basis" but not "a daily newspaper"', () => {
    expect(value('He spoke in his weekly radio address.', 'weekly')).toBe('P1W');
    expect(value('We check leads on a daily basis.', 'daily')).toBe('P1D');
    expect(texts('She writes for a daily newspaper.')).toEqual([]);
  });
});

describe('"current" before people', () => {
  it('marks "his current wife" but not "the current account"', () => {
    expect(value('He will travel with his current wife.', 'current')).toBe('PRESENT_REF');
    expect(texts('The current account deficit widened.')).toEqual([]);
  });
});

describe('possessive weekdays', () => {
  it("reads \"Monday's ruling\" as past whatever the modal, \"ahead of Sunday's vote\" as ahead", () => {
    expect(value('Lawyers would look for ways around Monday\'s ruling.', 'Monday')).toBe('2031-03-10');
    expect(value("Markets rose ahead of Sunday's election, which will decide the tax.", 'Sunday')).toBe('2031-03-16');
  });
});

describe('guards from news text', () => {
  it('keeps a sentence-initial "Today," after a run-in headline and after quotes', () => {
    expect(texts('Obama Names Surgeon General Today, President Obama named a nominee.')).toEqual(['Today']);
    expect(texts('He said so. " "Today, the rule is back.')).toEqual(['Today']);
  });

  it('reads "five or six years ago" as one point, and "midnight regulations" as no time', () => {
    expect(texts('She moved away five or six years ago.')).toEqual(['six years ago']);
    expect(texts('Bush issued many midnight regulations.')).toEqual([]);
  });

  it('dates "early morning on Sunday, March 2, 2031" to that Sunday', () => {
    expect(value('He was arrested early morning on Sunday, March 2, 2031.', 'early morning')).toBe('2031-03-02TMO');
  });
});

describe('one day named through another', () => {
  it('marks "the day before last Tuesday" and "the day after Christmas" as one date next to the named one', () => {
    expect(value("The day before last Tuesday's hearing, the lawyers met.", 'day before')).toBe('2031-03-10');
    expect(texts("The day before last Tuesday's hearing, the lawyers met.")).toEqual(['The day before last Tuesday']);
    expect(value('The shop reopened the day after Christmas.', 'day after')).toBe('2030-12-26');
  });

  it('leaves an event-anchored "the day before the plunge" to the event', () => {
    expect(texts('Prices fell the day before the plunge.')).toEqual([]);
  });
});

describe('"May" and "March" as a modifier', () => {
  it('reads the month between a determiner and its noun', () => {
    expect(value('The March accession will let the three countries attend the summit.', 'March')).toBe('2031-03');
    expect(value('Polls show a close race ahead of the May elections.', 'May')).toBe('2031-05');
  });

  it('leaves the noun "march" and "the March on ..." alone', () => {
    expect(texts('Thousands joined a march against the war.')).toEqual([]);
    expect(texts('They remembered the March on Washington.')).toEqual([]);
  });
});

describe('"-long" compounds of a plural unit', () => {
  it('reads "decades-long", "months-long", "hours-long" as a duration of unspecified length', () => {
    expect(value('Apple settled its decades-long dispute with the label.', 'decades-long')).toBe('PXY');
    expect(value('The union ended a months-long strike.', 'months-long')).toBe('PXM');
    expect(value('Police ended an hours-long standoff.', 'hours-long')).toBe('PTXH');
  });

  it('does not read the article of "a years-long battle" as one year', () => {
    expect(texts('They won a years-long battle.')).toEqual(['years-long']);
    expect(value('They won a years-long battle.', 'years-long')).toBe('PXY');
    expect(value('They held a day-long meeting.', 'day-long')).toBe('P1D');
  });
});

describe('"a day after" a named day', () => {
  it('does not shift the named day: only "the day after" names the next day', () => {
    expect(value("The move comes a day after Monday's announcement.", 'Monday')).toBe('2031-03-10');
    expect(texts('It came two days after the vote on Monday.')).toEqual(['two days', 'Monday']);
  });
});

describe('recurring weekdays', () => {
  it('reads a weekday in the plural, or with a plural part of the day, as a SET', () => {
    expect(value('The shop closes on Mondays.', 'Mondays')).toBe('XXXX-WXX-1');
    expect(value('Flights leave on Tuesday nights from March 30.', 'Tuesday nights')).toBe('XXXX-WXX-2TNI');
    expect(value('Meetings are held Friday afternoons.', 'Friday afternoons')).toBe('XXXX-WXX-5TAF');
  });

  it('gives a weekday joined to such a plural the same reading', () => {
    expect(value('Flights leave on Monday and Tuesday nights from March 30.', 'Monday')).toBe('XXXX-WXX-1TNI');
  });

  it('keeps the part of the day after "every"', () => {
    expect(value('He jogs every Monday morning.', 'Monday')).toBe('XXXX-WXX-1TMO');
  });

  it('leaves single weekdays dated', () => {
    expect(value('He arrived Monday and left Tuesday night.', 'Monday')).toBe('2031-03-10');
    expect(value("He missed Monday night's meeting.", 'Monday')).toBe('2031-03-10');
  });
});

describe('"the same period last year" after a month', () => {
  it('is the month just named, a year before', () => {
    expect(value('Sales rose 43% in February compared to the same period last year.', 'same period')).toBe('2030-02');
  });

  it('stays a quarter after a quarter', () => {
    expect(value('Profit rose in the fourth quarter from the same period last year.', 'same period')).toBe('2029-Q4');
  });
});

describe('"a day after" after a verb in -s', () => {
  it('is a span before or after something, not a rate like "700 seats a week"', () => {
    expect(texts("The move comes a day after Monday's announcement.")).toEqual(['a day', 'Monday']);
    expect(value('The cut comes a week after the vote.', 'a week')).toBe('P1W');
    expect(texts('The airline adds 700 seats a week on the route.')).toEqual([]);
  });
});

describe('recurring quarters', () => {
  it('reads plural quarters in a habitual clause as a SET, the coordinated ordinal too', () => {
    const text = 'Its auction business is usually conducted in the second and fourth quarters.';
    expect(value(text, 'fourth quarters')).toBe('XXXX-Q4');
    expect(value(text, 'second')).toBe('XXXX-Q2');
  });

  it("leaves this year's quarters dated outside a habitual clause", () => {
    expect(value('In the first and second quarters, profit rose.', 'second quarter')).toBe('2030-Q2');
  });
});

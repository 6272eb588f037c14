/** Unit lexicons: how a unit is written, and the normalised name a Quantity carries. */

export const CURRENCY_SYMBOLS: Record<string, string> = {
  'US$': 'USD', '$US': 'USD', 'A$': 'AUD', 'AU$': 'AUD', '$A': 'AUD', '$AU': 'AUD', '$NZ': 'NZD', 'C$': 'CAD', 'HK$': 'HKD', 'NZ$': 'NZD', '$': 'USD', '€': 'EUR',
  '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₩': 'KRW', '₦': 'NGN',
};

/** Currency names and codes written after the amount ("400 billion dollars", "5m euros"). */
const CURRENCY_WORDS: Array<[string, string]> = [
  ['us dollars?', 'USD'], ['dollars?', 'USD'], ['usd', 'USD'], ['euros?', 'EUR'], ['eur', 'EUR'],
  ['pounds? sterling', 'GBP'], ['pounds?', 'GBP'], ['gbp', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupees?', 'INR'], ['roubles?', 'RUB'], ['rubles?', 'RUB'],
  ['swiss francs?', 'CHF'], ['francs?', 'CHF'], ['shekels?', 'ILS'], ['(?:turkish )?lira', 'TRY'],
  ['dinars?', 'DINAR'], ['riyals?', 'SAR'], ['dirhams?', 'AED'], ['naira', 'NGN'], ['rand', 'ZAR'],
  ['shillings?', 'SHILLING'], ['pesos?', 'PESO'], ['won', 'KRW'],
];

const TIME_UNITS: Array<[string, string]> = [
  ['years?', 'year'], ['months?', 'month'], ['weeks?', 'week'], ['days?', 'day'],
  ['hours?', 'hour'], ['hrs?', 'hour'], ['minutes?', 'minute'], ['mins?', 'minute'],
  ['seconds?', 'second'], ['decades?', 'decade'], ['centuries', 'century'], ['century', 'century'],
];

const MEASURE_UNITS: Array<[string, string]> = [
  ['square (?:kilometres?|kilometers?)', 'km2'], ['sq\\.? km', 'km2'], ['km2|km²', 'km2'],
  ['square miles?', 'mi2'], ['kilometres?|kilometers?|km', 'km'], ['miles?', 'mile'],
  ['metres?|meters?', 'metre'], ['centimetres?|centimeters?|cm', 'cm'], ['millimetres?|millimeters?|mm', 'mm'],
  ['feet|foot|ft', 'ft'], ['inches|inch', 'inch'], ['kilograms?|kilos?|kg', 'kg'], ['grams?', 'gram'],
  ['tonnes?|metric tons?', 'tonne'], ['tons?', 'ton'], ['litres?|liters?', 'litre'],
  ['barrels?', 'barrel'], ['hectares?|ha', 'hectare'], ['acres?', 'acre'],
  ['degrees? (?:celsius|centigrade)|°c', 'celsius'], ['degrees? fahrenheit|°f', 'fahrenheit'],
  ['km/h|kph|kilometres per hour|kilometers per hour', 'km/h'], ['mph|miles per hour', 'mph'],
  ['megawatts?|mw', 'MW'], ['gigawatts?|gw', 'GW'], ['kilowatts?|kw', 'kW'],
];

const PERCENT = ['%', 'percent', 'per cent', 'percentage points?', 'pct'];

function lookup(table: Array<[string, string]>): { pattern: string; normalise(written: string): string } {
  const compiled = table.map(([p, unit]) => [new RegExp(`^(?:${p})$`, 'i'), unit] as const);
  return {
    pattern: table.map(([p]) => p).sort((a, b) => b.length - a.length).join('|'),
    normalise(written) {
      const key = written.replace(/\s+/g, ' ');
      for (const [re, unit] of compiled) if (re.test(key)) return unit;
      return key.toLowerCase();
    },
  };
}

export const currencyWords = lookup(CURRENCY_WORDS);
export const timeUnits = lookup(TIME_UNITS);
export const measureUnits = lookup(MEASURE_UNITS);
export const PERCENT_PATTERN = PERCENT.join('|');

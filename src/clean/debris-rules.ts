/**
 * Line-level debris found on scraped news pages. Each rule is about how page furniture is
 * phrased (adverts, share/follow/donate/contact/newsletter/comment prompts), never about a site.
 * Rules apply to short lines only: a long paragraph that mentions "subscribe" is still a paragraph.
 */
interface DebrisRule {
  reason: string;
  test: (line: string, words: number) => boolean;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+|\b00)\d[\d\s().-]{6,}\d|\b\d{3}[\s.-]\d{3}[\s.-]\d{4}\b/g;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

const RULES: DebrisRule[] = [
  {
    reason: 'advert marker',
    test: (l) => /^(?:advert(?:isement)?s?|ads?|sponsored(?: content| post)?|promoted(?: content)?|paid (?:post|content)|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advert(?:isement)?|ad))?|continue reading (?:below|the main story)|skip (?:advert(?:isement)?|ad))\W*$/i.test(l),
  },
  {
    reason: 'share or follow prompt',
    test: (l, w) => w <= 25 && (/^(?:share|tweet|pin|email)(?: this)?(?:\s+(?:article|story|on|via|with)\b.*)?\W*$/i.test(l) || /\b(?:follow us|like us on|find us on|join us on|connect with us|on all social media|our (?:social media|telegram|whatsapp) (?:channel|page|group)s?)\b/i.test(l)),
  },
  {
    // Appeals are imperatives or name the outlet's own journalism; "pledged to donate $5m" is news.
    reason: 'donation appeal',
    test: (l, w) => w <= 40 && (/^(?:please\s+)?(?:\w+\s+or\s+)?(?:donate|chip in|make a (?:donation|contribution)|become a (?:member|patron|supporter|subscriber))\b/i.test(l) || /\b(?:support (?:our|independent|quality) journalism|donate (?:now|today|here|to us)|(?:make|give) a donation to us)\b/i.test(l)),
  },
  {
    reason: 'newsletter or subscription prompt',
    test: (l, w) => (w <= 15 && /\b(?:newsletters?|sign up|subscribe)\b/i.test(l)) || (w <= 30 && /\b(?:(?:our|the) (?:daily|weekly|morning|evening|free) newsletter|subscribe (?:now|today|to our|for free)|in your inbox)\b/i.test(l)),
  },
  {
    reason: 'comment prompt',
    test: (l, w) => w <= 12 && /^(?:leave a (?:comment|reply)|post a comment|add a comment|comments?(?:\s*\(\d+\))?|\d+ comments?|view comments|show comments|join the (?:conversation|discussion)|what do you think\??)\W*$/i.test(l),
  },
  {
    reason: 'related-links or navigation line',
    test: (l, w) => w <= 20 && (/^(?:read (?:more|also|next)|related(?: articles| stories| content| coverage)?|see also|more (?:from|on|stories)|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|you may also like|click here|watch(?: the)? video|listen to (?:this|the) (?:article|story))\b/i.test(l) || /\bwatch video here\b/i.test(l)),
  },
  {
    reason: 'copyright line',
    test: (l, w) => w <= 25 && /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i.test(l),
  },
  {
    reason: 'photo credit or caption label',
    test: (l, w) => w <= 25 && /^(?:photo|image|picture|file photo|photograph|video|graphic)s?\s*(?:credit)?\s*[:|/]/i.test(l),
  },
  {
    reason: 'contact details',
    test: (l, w) => w <= 40 && contactShare(l) >= 0.4,
  },
];

/** The share of a line taken by e-mail addresses, phone numbers, URLs and their labels. */
function contactShare(line: string): number {
  // Most lines hold none: no "@", digit or web address means no contact, and the regex scans
  // (the e-mail one backtracks through every word) are skipped.
  if (!line.includes('@') && !/\d/.test(line) && !line.includes('http') && !line.includes('www.')) return 0;
  const hasContact = EMAIL.test(line) || PHONE.test(line) || URL.test(line);
  EMAIL.lastIndex = PHONE.lastIndex = URL.lastIndex = 0;
  if (!hasContact) return 0;
  const stripped = line
    .replace(EMAIL, '')
    .replace(PHONE, '')
    .replace(URL, '')
    .replace(/\b(?:e-?mail|tel(?:ephone)?|phone|mobile|whatsapp|telegram|fax|contact(?: us)?|call|sms|website|web|for (?:enquiries|inquiries|advertising))\b/gi, '')
    .replace(/[\s:;,|/.()-]+/g, '');
  return 1 - stripped.length / Math.max(1, line.replace(/\s+/g, '').length);
}

/** The reason a line is debris, or null when it is not. */
export function debrisReason(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const words = trimmed.split(/\s+/).length;
  for (const rule of RULES) if (rule.test(trimmed, words)) return rule.reason;
  return null;
}

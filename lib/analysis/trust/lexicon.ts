import { clip, isHan, normalise, tokens } from './text';

/**
 * Small hand-written English + Chinese lexicons: sentiment with negation,
 * generic praise, platform default texts, incentive disclosures. Written for
 * this project; deliberately short so a reader can audit every entry.
 */

const EN_POS = new Set(
  'good great excellent amazing awesome love loved loves lovely perfect perfectly best nice happy pleased satisfied recommend recommended fantastic wonderful superb outstanding brilliant comfortable sturdy beautiful worth solid reliable impressed favorite favourite enjoy enjoyed fast easy works glad helpful friendly clean gorgeous incredible fabulous delighted quality terrific'.split(
    ' ',
  ),
);
const EN_NEG = new Set(
  'bad terrible awful horrible poor worst hate hated broken broke useless disappointed disappointing disappointment waste refund return returned returning cheap flimsy defective fake junk garbage crap problem problems issue issues fail failed fails faulty dirty rude slow wrong never unhappy unusable leaked leaking smell smells stopped scam misleading uncomfortable noisy avoid regret'.split(
    ' ',
  ),
);
const EN_NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "wasn't",
  "aren't",
  "won't",
  "can't",
  'cannot',
  'hardly',
  'barely',
  'nothing',
  'without',
]);

// Longest entries first so 不错 is read before 错, 不满意 before 满意.
const ZH_POS = [
  '没毛病',
  '没问题',
  '物超所值',
  '性价比高',
  '非常好',
  '很满意',
  '超级好',
  '好用',
  '好吃',
  '好看',
  '喜欢',
  '满意',
  '推荐',
  '不错',
  '很好',
  '挺好',
  '优秀',
  '完美',
  '舒服',
  '舒适',
  '漂亮',
  '实惠',
  '划算',
  '给力',
  '赞',
  '棒',
  '值',
  '好',
  '快',
];
const ZH_NEG = [
  '不满意',
  '不推荐',
  '不值',
  '质量差',
  '太差',
  '垃圾',
  '失望',
  '退货',
  '退款',
  '差评',
  '假货',
  '骗人',
  '坑人',
  '难用',
  '难吃',
  '难看',
  '破损',
  '坏了',
  '有问题',
  '后悔',
  '糟糕',
  '不好',
  '劣质',
  '异味',
  '臭',
  '差',
  '慢',
  '烂',
];
const ZH_NEGATORS = ['不是很', '不怎么', '没有', '不太', '不', '没', '别', '无', '未'];

/**
 * Lexicon sentiment: positive hits minus negative hits, a negator within the
 * three preceding words (English) or directly before the word (Chinese)
 * flips the hit. `not good` and 不好 count as negative, 不错 as positive.
 */
export function sentiment(text: string): { score: number; pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  const toks = tokens(text).filter((t) => !isHan(t));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    const p = EN_POS.has(t);
    const n = EN_NEG.has(t);
    if (!p && !n) continue;
    let flip = false;
    for (let j = Math.max(0, i - 3); j < i; j++) if (EN_NEGATORS.has(toks[j] as string)) flip = true;
    if (p !== flip) pos++;
    else neg++;
  }
  const zh = clip(text);
  if (/\p{Script=Han}/u.test(zh)) {
    const used = new Uint8Array(zh.length);
    const scan = (list: string[], positive: boolean) => {
      for (const w of list) {
        let from = 0;
        for (let guard = 0; guard < 200; guard++) {
          const at = zh.indexOf(w, from);
          if (at < 0) break;
          from = at + w.length;
          let free = true;
          for (let k = at; k < at + w.length; k++) if (used[k]) free = false;
          if (!free) continue;
          for (let k = at; k < at + w.length; k++) used[k] = 1;
          const before = zh.slice(Math.max(0, at - 3), at);
          const flip = ZH_NEGATORS.some((x) => before.endsWith(x) || before.endsWith(`${x}是`));
          if (positive !== flip) pos++;
          else neg++;
        }
      }
    };
    // Entries that already contain a negator (不满意, 不错) must claim their characters first.
    const all = [...ZH_POS.map((w) => [w, true] as const), ...ZH_NEG.map((w) => [w, false] as const)].sort(
      (a, b) => b[0].length - a[0].length,
    );
    for (const [w, positive] of all) scan([w], positive);
  }
  return { score: pos - neg, pos, neg };
}

/** Platform default texts written when the buyer left no review (Taobao, JD, Pinduoduo). */
const DEFAULT_TEXT = [
  /未填写评价/,
  /默认好评/,
  /默认评价/,
  /未及时(做出)?评价/,
  /该用户觉得商品/,
  /没有填写评价/,
  /此用户没有/,
  /用户未评价/,
  /^(the )?(user|buyer) (did not|didn't) (leave|write)/,
];

// Whole-text generic praise, matched after normalise(): the review says nothing about the product.
const GENERIC_EN = [
  'great product',
  'good product',
  'nice product',
  'excellent product',
  'great item',
  'good item',
  'love it',
  'loved it',
  'i love it',
  'love this',
  'great',
  'good',
  'nice',
  'excellent',
  'perfect',
  'awesome',
  'amazing',
  'very good',
  'very nice',
  'works great',
  'works well',
  'as described',
  'as expected',
  'five stars',
  '5 stars',
  'highly recommend',
  'highly recommended',
  'recommended',
  'good quality',
  'great quality',
  'great value',
  'good value',
  'fast shipping',
  'fast delivery',
  'ok',
  'okay',
  'fine',
  'thanks',
  'thank you',
  'a',
  'a+',
  'a+++',
  'satisfied',
  'happy',
  'super',
];
const GENERIC_ZH_CHARS = new Set(
  '好很非常不错满意挺的了啊呀哦喔吧还行可以赞棒一般般超级真太值得推荐给力实惠好评五星宝贝收到质量物流快速正品没毛病'.split(
    '',
  ),
);

export type GenericKind = 'default' | 'generic' | 'short';

/** Default platform text, generic praise, or a very short text; undefined for a real review. */
export function genericKind(text: string): GenericKind | undefined {
  const norm = normalise(text);
  const compact = norm.replace(/ /g, '');
  for (const re of DEFAULT_TEXT) if (re.test(compact) || re.test(norm)) return 'default';
  if (!compact) return 'short';
  if (GENERIC_EN.includes(norm) || GENERIC_EN.includes(norm.replace(/[!.]+$/, ''))) return 'generic';
  // All-Chinese text made only of generic praise characters (好评, 很好, 不错, 非常满意, 质量很好物流很快).
  if (/^\p{Script=Han}+$/u.test(compact) && compact.length <= 12) {
    let generic = true;
    for (const ch of compact) if (!GENERIC_ZH_CHARS.has(ch)) generic = false;
    if (generic) return 'generic';
  }
  // Repetition padding: 好好好好, "good good good".
  const toks = tokens(text);
  if (toks.length >= 3 && new Set(toks).size === 1) return 'generic';
  const hanChars = toks.filter(isHan).length;
  const words = toks.length - hanChars;
  if (words + hanChars / 2 < 4) return 'short';
  return undefined;
}

/**
 * Incentive disclosures: the reviewer got the product free or discounted, or
 * was paid (返现) for the review. `weak` marks phrases that are also used
 * innocently (送的 = "it was a gift").
 */
const INCENTIVE: Array<{ re: RegExp; weak?: boolean }> = [
  {
    re: /\b(received|was given|was sent|were sent|been sent|provided)\b[^.!?]{0,60}\b(free|at no cost|discount(ed)?|complimentary|sample)\b(?! shipping| delivery)/,
  },
  { re: /\bgot (it|this|them|these|one|mine)\b[^.!?]{0,30}\b(for free|free of charge|at a discount)\b/ },
  { re: /\bfree (sample|product|unit|copy|review copy)\b/ },
  { re: /\bin exchange for (my|an|a|this)?\s*(honest|unbiased|fair|impartial)?\s*(review|opinion|feedback)\b/ },
  { re: /\bdiscount(ed)? (price|code|coupon)?\s*in exchange\b/ },
  { re: /\b(honest|unbiased) (review|opinion) in exchange\b/ },
  { re: /\bfor (my|an) (honest|unbiased) (review|opinion)\b/ },
  { re: /\bvine (voice|program|customer)\b/ },
  { re: /\b(sent|gave) me (this|the|a)\b[^.!?]{0,30}\bto (review|test|try)\b/ },
  { re: /好评返现|返现|晒图返|好评送|好评有礼|返红包|五星好评返|追评返|带图好评|好评截图/ },
  { re: /免费试用|试用装|免费领|0元试用|零元购|商家赠送|评价有礼/ },
  { re: /送的|赠送/, weak: true },
];

export function incentive(text: string): { found: boolean; weak: boolean; phrase?: string } {
  const t = clip(text).toLowerCase().replace(/’/g, "'");
  let weakHit: string | undefined;
  for (const { re, weak } of INCENTIVE) {
    const m = re.exec(t);
    if (!m) continue;
    if (!weak) return { found: true, weak: false, phrase: m[0].slice(0, 80) };
    weakHit ??= m[0];
  }
  return weakHit ? { found: true, weak: true, phrase: weakHit } : { found: false, weak: false };
}

/** Function words whose n-grams never count as a repeated phrase on their own. */
export const STOPWORDS = new Set(
  "a an the and or but if of to in on at for with by from as is are was were be been it its it's this that these those i me my we our you your he she they them his her their not no so very just too also than then there here have has had do does did will would can could should all any some one what which who when how about into out up down more most only own same such both each few other i'm i've it's don't 的 了 是 在 我 也 很 就 都 和 有 这 那 个 吗 吧 呢 啊 还 又".split(
    ' ',
  ),
);

/**
 * CJK radicals that text taken from PDFs holds where the page shows an
 * ideograph: a font maps 人 to the Kangxi radical ⼈ (U+2F08) or 民 to the
 * radical supplement's ⺠ (U+2EA0). Kangxi radicals (U+2F00–U+2FD5) decompose
 * to their ideographs under NFKC; the supplement's have no decomposition, and
 * their equivalents are those of Unicode's EquivalentUnifiedIdeograph.txt
 * (U+2E81–U+2EF3, the ones whose ideograph is in the BMP). Data only.
 */

/** Pairs of characters: a radical of the supplement, then its ideograph. */
const SUPPLEMENT_PAIRS = '⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺫目⺬示⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺴冗⺶羊⺹耂⺺肀⺻聿⺼肉⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟';

export const RADICAL_SUPPLEMENT: ReadonlyMap<string, string> = new Map(Array.from({ length: SUPPLEMENT_PAIRS.length / 2 }, (_, i) => [SUPPLEMENT_PAIRS.charAt(2 * i), SUPPLEMENT_PAIRS.charAt(2 * i + 1)] as const));

/** A radical in either block. */
export const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/;

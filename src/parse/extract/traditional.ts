/**
 * Traditional-character copies of notices (責任單位, 牽頭): detected with a
 * small set of characters that exist only in Traditional script; the
 * converter (OpenCC, Taiwan/Hong Kong → mainland) is loaded only then.
 */

/** Converts Traditional to Simplified characters; must keep the length of its input. */
export type ToSimplified = (s: string) => string;

/** Common characters that are Traditional-only (their Simplified forms differ). */
const TRADITIONAL_ONLY = new Set(
  '們這個為說會時發與國關單責頭門廳員區縣實驗條務業經濟環護權報計農衛財資廣東華體級導領辦協參節點間處將從變對進開當還應設劃傳統證據創產項機構監總書規劃營軍醫學術職稱專黨組織紀檢員會議歸屬審',
);

export function looksTraditional(text: string): boolean {
  let hits = 0;
  let cjk = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    const c = ch.charCodeAt(0);
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    if (TRADITIONAL_ONLY.has(ch)) hits++;
  }
  return hits >= 5 && hits >= cjk * 0.01;
}

/** Whether a short text (a unit name) holds any Traditional-only character. */
export function hasTraditional(s: string): boolean {
  for (const ch of s) if (TRADITIONAL_ONLY.has(ch)) return true;
  return false;
}

/** Loads OpenCC's Traditional → Simplified converter; the result keeps each line's length. */
export async function loadToSimplified(): Promise<ToSimplified> {
  const OpenCC = await import('opencc-js/t2cn');
  const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
  return (s: string) => {
    const out = convert(s);
    return out.length === s.length ? out : s;
  };
}

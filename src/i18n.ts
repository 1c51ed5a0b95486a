/**
 * Messages in Chinese and English. The language comes from --lang, else from
 * LC_ALL / LC_MESSAGES / LANG (zh* → Chinese), else from the system locale
 * (Windows sets no LANG), else English.
 */
import type { Diagnostic } from './model/diagnostic.js';
import { CODES, type CodeEntry, type Params } from './model/codes.js';

export type Lang = 'zh' | 'en';

export function detectLang(option: string | undefined, env: Record<string, string | undefined>, systemLocale: () => string = intlLocale): Lang {
  if (option === 'zh' || option === 'en') return option;
  // Windows sets none of these: the system's locale (Intl) decides there
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale();
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/**
 * Whether the language was taken from a Traditional Chinese locale (zh_TW,
 * zh_HK, zh_MO, zh-Hant): messages are in Simplified Chinese, which the CLI
 * then says once.
 */
export function traditionalLocale(option: string | undefined, env: Record<string, string | undefined>, systemLocale: () => string = intlLocale): boolean {
  if (option !== undefined) return false;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || systemLocale();
  return /^zh[_-](?:TW|HK|MO|Hant)/i.test(locale);
}

function intlLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
}


export function hasMessage(code: string): boolean {
  return code in CODES;
}

export function message(lang: Lang, code: string, params: Params = {}): string {
  const e = (CODES as Record<string, CodeEntry>)[code];
  if (!e) return Object.keys(params).length ? `${code} ${JSON.stringify(params)}` : code;
  return e[lang](params);
}


export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  return message(lang, d.code, d.params);
}

const SEVERITY: Record<Lang, Record<string, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function severityWord(lang: Lang, s: string): string {
  return SEVERITY[lang][s] ?? s;
}

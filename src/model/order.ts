/**
 * One order for texts: by UTF-16 code units. `localeCompare` follows the machine's locale, so an analyst's Chinese
 * Windows ordered units by pinyin where a CI job ordered them by code point, and the same check wrote its findings in
 * two orders; it also loads ICU's collator (about 18 ms) at its first call.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

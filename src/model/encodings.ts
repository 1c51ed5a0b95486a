/** The encodings a notice or report may be read in (`--encoding`): `auto` detects. */
export const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'gbk', 'gb2312', 'big5', 'utf-16le', 'utf-16be'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

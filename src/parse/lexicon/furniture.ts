/**
 * Page furniture: what a copy of a notice carries that is not the notice.
 * Export artefacts ([bookmark: _GoBack]), page footers (第 1 页 共 5 页, — 3 —),
 * website and WeChat chrome (字体：大 中 小, 打印本页, 分享到, 阅读量), breadcrumbs,
 * decorations before headings. Lines made only of these are blanked.
 */
import { compiledPattern, replaceEvery } from './regex.js';

/** Export artefacts inside a line: Word bookmarks, RTF groups, HTML comments. */
export const ARTEFACT = /\[(?:bookmark|image|img|picture|page ?break|footnote|comment|_GoBack|TOC)[^\]\n]{0,120}\]|\{\\[a-z]+[^}\n]{0,80}\}|<!-{2}[^\n]{0,200}?-{2}>/i;
/** Terminal control sequences (ESC [ … m, ESC ] … BEL) and other control characters: never text of a notice. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
export const CONTROL_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,200}(?:\x07|\x1b\\)|[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/;
export const FOOTER_LINE = [
  /^[\s\u3000]*第[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*[,，/／]?[\s\u3000]*共[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*$/,
  /^[\s\u3000]*共[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*第[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*$/,
  // the page's number alone (第 2 页)
  /^[\s\u3000]*第[\s\u3000]*\d{1,4}[\s\u3000]*页[\s\u3000]*$/,
  /^[\s\u3000]*[—–\-－─]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[—–\-－─]{1,2}[\s\u3000]*$/,
  /^[\s\u3000]*(?:page|Page|PAGE)[\s\u3000]*\d+([\s\u3000]*(?:of|\/)[\s\u3000]*\d+)?[\s\u3000]*$/,
  /^[\s\u3000]*\d{1,4}[\s\u3000]*\/[\s\u3000]*\d{1,4}[\s\u3000]*$/,
  // a gazette's running head with its page number, set apart by wide space (· 18 ·　　湖南政报 2023年第12期)
  /^[\s\u3000]*(?:[^\s\u3000。，；：,;:]{2,16}(?:[ \u3000][^\s\u3000。，；：,;:]{1,12})?(?:[ \u3000]{2,}|\t))?[·•][\s\u3000]*\d{1,4}[\s\u3000]*[·•](?:(?:[ \u3000]{2,}|\t)[^\s\u3000。，；：,;:]{2,16}(?:[ \u3000][^\s\u3000。，；：,;:]{1,12})?)?[\s\u3000]*$/,
];
/** A table's continuation over a page, on a line of its own (续表, 续表1, （续表）, 续上表): the table goes on. */
export const CONTINUED_TABLE = /^[\s\u3000]*[（(]?续上?表[\s\u3000]*[0-9一二三四五六七八九十]*[）)]?[\s\u3000]*$/;
export const INLINE_FOOTER = /第[ \u3000]*\d+[ \u3000]*页[ \u3000]*[,，/／]?[ \u3000]*共[ \u3000]*\d+[ \u3000]*页/;

/**
 * Page furniture copied from a website or a WeChat article along with the
 * notice: font-size switches, print and close links, share bars, view
 * counters, follow prompts, editor credits. A line made only of these is blank.
 */
export const CHROME_TOKEN =
  /[【[]?\s*字体[：:]?[\s\u3000]*[大中小][\s\u3000]*[大中小][\s\u3000]*[大中小][\s\u3000]*[】\]]?|[【[]?(?:我要)?(?:打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|收藏本页|收藏|返回顶部|返回|纠错|保存)[】\]]?|分享到[：:]?.*|(?:微信)?扫一扫.*|(?:浏览|阅读|访问|点击)(?:次数|量|数)[：:]?\s*\d*|点击(?:蓝字|上方|下方)[^。]*?关注[^。]*|▲|(?:责任)?编辑[：:]\S*|(?:初审|复审|终审|审核|校对|监制|排版|美编)[：:]\S*|往期推荐|阅读原文|END|分享、点赞、在看.*|长按(?:识别)?二维码.*/;
/**
 * A website's footer (主办单位：… 网站标识码：4404030001 粤ICP备05026010号 | 版权所有：…): a line
 * holding one of the proofs (a code or a number after the word, not the word alone: a task
 * may ask sites to show their 网站标识码) is footer from its first footer word on, unless
 * it opens with an item number. Matched on the simplified text.
 */
export const SITE_FOOTER_PROOF = /ICP备[\s\u3000]*\d|网站标识码[：:]?[\s\u3000]*[\dA-Za-z]|公网安备[\s\u3000]*\d|版权所有[：:]|Copyright|©/;
export const SITE_FOOTER_START =
  /版权所有|主办单位[：:]|承办单位[：:]|主办[：:]|承办[：:]|技术支持(?:单位)?[：:]|网站地图|联系我们|(?:互联网)?违法和不良信息举报|网站标识码|(?:[\u4e00-\u9fa5]ICP|ICP)备|公网安备|Copyright|©/;

/** A site's source field and the attachments' download link after an article (来源：平潭综合实验区管委会办公室 附件下载). */
const SOURCE_TAIL = '(?:信息)?来源[：:][\\s\\u3000]*[^\\s\\u3000]{2,40}(?:[\\s\\u3000]+附件下载)?|附件下载';
/** A notice's imprint, the office that printed it and the day (平潭综合实验区管委会办公室 2016年9月21日印发). */
const IMPRINT = '[^\\s\\u3000]{2,40}[\\s\\u3000]+\\d{4}年\\d{1,2}月\\d{1,2}日印发';
/**
 * The tail a site's page prints after an article, joined onto the article's last line in a flattened copy: its source
 * field and the attachments' download link (… 常态化实施 来源：平潭综合实验区管委会办公室 附件下载), and the notice's imprint
 * before them (… 各乡镇人民政府 平潭综合实验区管委会办公室 2016年9月21日印发 来源：…), set apart by a space from the text
 * before them on the line (an imprint on a line of its own is the notice's, read as before).
 */
export const ARTICLE_TAIL = compiledPattern(`(?<=[^\\s\\u3000])[\\s\\u3000]+(?:${IMPRINT}(?:[\\s\\u3000]+(?:${SOURCE_TAIL}))?|${SOURCE_TAIL})[\\s\\u3000]*$`);

/** A website footer's address line, footer wherever its postcode stands (中国.辽宁.沈阳市…大西路187号邮编：110014). */
export const SITE_FOOTER_ADDRESS = /(?:邮编|邮政编码)[：:][\s\u3000]*\d{6}(?!\d)/;

/** A breadcrumb: 首页 > 政务公开 > 通知公告. */
export const BREADCRUMB = /^[\s\u3000]*(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)?[：:]?[\s\u3000]*[^\s>＞»→。，]{1,20}([\s\u3000]*[>＞»→][\s\u3000]*[^\s>＞»→。，]{1,20}){1,6}[\s\u3000]*$/;

/** Cheap test first: a line without any of these cannot be page furniture. */
export const CHROME_HINT = /字体|打印|关闭|收藏|返回|纠错|保存|分享|扫一扫|次数|浏览量|阅读量|点击|编辑|审|校对|监制|排版|往期|原文|END|点赞|二维码|[>＞»→▲]/;

/** Words that show a breadcrumb belongs to a website. */
export const BREADCRUMB_WORD = /(首页|政务公开|信息公开|当前位置|您的位置|网|通知公告|政策文件)/;

/** Decorations before a heading (◆ 一、…, 🔷二、…, ■ 三、…) and Markdown bold marks copied as text (**（一）…**). */
export const LEADING_MARK = /^([\s\u3000]*)((?:[◆◇■□●▲△▶►▪▫★☆♦❖✦✧➤➢⇒]|\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)+[\s\u3000]*)/u;

/** Markdown bold marks copied as text: **（一）…** */
export const BOLD_MARK = /\*\*(?=\S)|(?<=\S)\*\*/;

/** The longest line of page chrome (a share bar, a font switch and print links, an editor's credits). */
const CHROME_LINE_MAX = 160;

/** A line made only of website chrome (打印本页 关闭窗口, 字体：大 中 小, a breadcrumb): no text of the notice. */
export function isChromeLine(raw: string): boolean {
  // a line longer than any bar of links is text: a page flattened onto one line holds its share bar (分享到 …) too
  if (!CHROME_HINT.test(raw) || !raw.trim() || raw.length > CHROME_LINE_MAX) return false;
  if (BREADCRUMB.test(raw) && BREADCRUMB_WORD.test(raw)) return true;
  return replaceEvery(raw, CHROME_TOKEN, '').replace(/[\s\u3000|｜·•]+/g, '') === '';
}

/** A page footer or page number on a line of its own (— 3 —, 第 1 页 共 5 页). */
export const isPageFooterLine = (raw: string): boolean => FOOTER_LINE.some((re) => re.test(raw)) || CONTINUED_TABLE.test(raw);

/**
 * People's names: the common surnames that open a name of two or three characters
 * (王建华, 孙悦). Used where a table's person column was glued to the cells around it
 * and a name must be told from the text before it.
 */

/** The commonest Chinese surnames (single characters), about nine in ten people. */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';

const SURNAMES: ReadonlySet<string> = new Set(COMMON_SURNAMES);

/** Whether a character is a common surname. */
export const isSurname = (ch: string): boolean => SURNAMES.has(ch);

/**
 * The length of a person's name ending a text (王建华 in …15亿元王建华): three characters
 * when the third from the end is a surname, else two when the second is; 0 when neither.
 */
export function trailingNameLength(text: string): number {
  if (text.length >= 3 && SURNAMES.has(text.charAt(text.length - 3))) return 3;
  if (text.length >= 2 && SURNAMES.has(text.charAt(text.length - 2))) return 2;
  return 0;
}

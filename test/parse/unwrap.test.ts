/** Hard-wrapped text: its width found, its wrapped lines joined paragraph by paragraph, its places mapped back. */
import { prepareLines } from '../../src/parse/prepare.js';
import { commonIndent, estimateWrapWidth, flatOnceUnwrapped, unwrap } from '../../src/parse/unwrap.js';

/** A PDF copy's page: paragraphs wrapped at 20 characters, each first line indented two characters. */
const PAGE = [
  '关于做好重点工作的通知',
  '　　一、重点任务',
  '　　（一）加快发展先进制造业。围绕重点产',
  '业加快产业集聚，提升规模以上工业企业技术',
  '水平。（责任单位：区经委、区科技局、区财',
  '政局）',
  '　　（二）推进小城镇建设。加快还迁住房建',
  '设，同步完善公共服务配套设施和基础设施建',
  '设。（责任单位：区建委）',
].join('\n');

function joined(text: string) {
  const { lines } = prepareLines(text);
  const width = estimateWrapWidth(lines);
  expect(width).not.toBeNull();
  expect(flatOnceUnwrapped(lines, width!)).toBe(false);
  return unwrap(text, lines, width!, { margin: commonIndent(lines) });
}

test('an ordinary notice hard-wrapped at its width is joined paragraph by paragraph, never into an indented first line', () => {
  const { text } = joined(PAGE);
  expect(text.split('\n')).toEqual([
    '关于做好重点工作的通知',
    '　　一、重点任务',
    '　　（一）加快发展先进制造业。围绕重点产业加快产业集聚，提升规模以上工业企业技术水平。（责任单位：区经委、区科技局、区财政局）',
    '　　（二）推进小城镇建设。加快还迁住房建设，同步完善公共服务配套设施和基础设施建设。（责任单位：区建委）',
  ]);
});

test("a joined line's places are the source's: 区财政局's 政局 stands at the start of line 6", () => {
  const { text, origin } = joined(PAGE);
  const line = text.split('\n')[2]!;
  const at = line.indexOf('政局）') + 1;
  expect(origin(3, at)).toMatchObject({ line: 6, column: 1 });
});

test('a page break inside a paragraph is passed over (its number and the blank lines around it go); a number cut mid-phrase goes on', () => {
  const wrapped = [
    '关于做好重点工作的通知',
    '　　一、重点任务',
    '　　（一）加快发展先进制造业。围绕重点产',
    '',
    '— 2 —',
    '',
    '业加快产业集聚，推广“一、二、三产业融合”',
    '模式，提升规模以上工业企业技术水平，培育',
    '一批龙头企业，推动重点项目早日建成投产。',
    '（责任单位：区经委）',
    '　　（二）推进小城镇建设。加快还迁住房建',
    '设，同步完善公共服务配套设施和基础设施建',
    '设。（责任单位：区建委）',
    '　　（三）加强农村公路建设。实施农村公路提',
    '质改造工程，完善农村公路安防设施和养护机',
    '制，提升农村公路通行能力和服务水平。（责',
    '任单位：区交通运输局）',
  ].join('\n');
  const { text } = joined(wrapped);
  expect(text.split('\n').filter(Boolean)).toEqual([
    '关于做好重点工作的通知',
    '　　一、重点任务',
    '　　（一）加快发展先进制造业。围绕重点产业加快产业集聚，推广“一、二、三产业融合”模式，提升规模以上工业企业技术水平，培育一批龙头企业，推动重点项目早日建成投产。',
    // a label after a sentence's end that fills the width stands on its own line (the parser gives it to the item all the same)
    '（责任单位：区经委）',
    '　　（二）推进小城镇建设。加快还迁住房建设，同步完善公共服务配套设施和基础设施建设。（责任单位：区建委）',
    '　　（三）加强农村公路建设。实施农村公路提质改造工程，完善农村公路安防设施和养护机制，提升农村公路通行能力和服务水平。（责任单位：区交通运输局）',
  ]);
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, requestInterceptor } from 'jsdom';
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { PURIFY_CONFIG, blocksOf } from '@/lib/page-text/article';
import { readPageText } from '@/lib/page-text/read';
import type { PageCapture, PageText, TextBlock } from '@/lib/page-text/types';

const page = (name: string) => readFileSync(resolve(__dirname, '../fixtures/pages', name), 'utf8');
const FAMILY_URL = 'https://www.baobeihuijia.com/view.aspx?type=1&id=520001';
const ADULT_URL = 'https://www.baobeihuijia.com/view.aspx?type=2&id=530002';
const NEWS_URL = 'https://news.example.org/society/2024/0601/xunnv.html';

/** A jsdom window that records every load it would make (none should happen) and runs no scripts. */
function recordingWindow() {
  const fetched: string[] = [];
  const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
    url: 'https://panel.example/',
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          fetched.push(request.url);
          return new Response('', { status: 200, headers: { 'Content-Type': 'text/css' } });
        }),
      ],
    },
  });
  return { win: dom.window, fetched };
}

const { win } = recordingWindow();
const capture = (html: string, url: string, selection = '', title = 'title'): PageCapture => ({ url, title, html, selection });
const read = (html: string, url: string, selection = '') => readPageText(capture(html, url, selection), win);

function fieldsOf(text: PageText): Record<string, string> {
  if (text.source !== 'registration') throw new Error(`not a registration: ${text.source}`);
  return Object.fromEntries(text.fields.map((field) => [field.key, field.value]));
}
function blocksIn(text: PageText): readonly TextBlock[] {
  if (text.source !== 'article' && text.source !== 'selection') throw new Error(`no blocks: ${text.source}`);
  return text.blocks;
}
const allText = (blocks: readonly TextBlock[]) => blocks.map((block) => block.text).join('\n');

describe('readPageText: 宝贝回家 registrations', () => {
  it('reads every field of a 家寻宝贝 page, and its photo as an absolute address', () => {
    const text = read(page('baobei-family.html'), FAMILY_URL);
    expect(text).toMatchObject({ source: 'registration', kind: 'family-seeking-child', url: FAMILY_URL, title: 'title' });
    expect(fieldsOf(text)).toEqual({
      category: '家寻宝贝',
      number: '520001',
      name: '李小雨',
      gender: '女',
      birthDate: '2015年03月08日',
      height: '110厘米',
      lostDate: '2019年06月01日',
      lostPlace: '四川省成都市金牛区荷花池市场',
      features:
        '圆脸，大眼睛，双眼皮，左耳垂有一颗小黑痣，右手手背有一道浅色烫伤疤痕。走失时扎两个小辫子，穿粉红色连衣裙，白色凉鞋。说四川话。',
      other:
        '2019年6月1日下午三点左右，妈妈带小雨在荷花池市场买布料，付钱时一转身孩子就不见了。家人当天即向荷花池派出所报案，已采集DNA血样。请看到的好心人与志愿者或警方联系，谢谢大家！',
    });
    expect(text.source === 'registration' && text.fields.find((field) => field.key === 'name')?.label).toBe('姓名');
    expect(text.source === 'registration' && text.photoUrl).toBe('https://www.baobeihuijia.com/photo/2019/lixiaoyu.jpg');
  });

  it('reads a 宝贝寻家 page; 失踪地点 不详 gives way to 失踪人所在地', () => {
    const text = read(page('baobei-adult.html'), ADULT_URL);
    expect(text).toMatchObject({ source: 'registration', kind: 'adult-seeking-family' });
    expect(fieldsOf(text)).toEqual({
      category: '宝贝寻家',
      number: '530002',
      name: '王建军',
      gender: '男',
      birthDate: '1990年05月12日',
      height: '约90厘米',
      lostDate: '1994年',
      lostPlace: '福建省,莆田市,仙游县',
      features: '右眉上方有一道小疤，左脚第二个脚趾比大脚趾长。小时候记得家门口有一条小河，河边有一棵大榕树。',
      other:
        '我大约四岁时被一个中年妇女带着坐了很久的火车和汽车，到了福建仙游的养父母家。记得老家的人把外婆叫“婆婆”，家里有一个姐姐，小名叫“丫丫”。已在当地公安机关采集DNA血样，希望能找到亲生父母。',
    });
    expect(text.source === 'registration' && text.fields.find((field) => field.key === 'lostPlace')?.label).toBe('失踪人所在地');
    expect(text.source === 'registration' && text.photoUrl).toBe('https://www.baobeihuijia.com/photo/2021/wangjianjun_1990.jpg');
  });

  it('takes the kind from the category, and from the address when the page names none', () => {
    const swapped = read(page('baobei-adult.html'), FAMILY_URL);
    expect(swapped.source === 'registration' && swapped.kind).toBe('adult-seeking-family');
    const noCategory = page('baobei-family.html').replace('<li><span>寻亲类别：</span>家寻宝贝</li>', '');
    const text = read(noCategory, 'http://baobeihuijia.com/View.aspx?type=2&id=520001');
    expect(text.source === 'registration' && text.kind).toBe('adult-seeking-family');
  });

  it.each([
    ['another host', 'https://www.baobeihuijia.com.example.org/view.aspx?type=1&id=520001'],
    ['a look-alike host', 'https://baobeihuijia.co/view.aspx?type=1&id=520001'],
    ['another path', 'https://www.baobeihuijia.com/list.aspx?type=1&id=520001'],
    ['another type', 'https://www.baobeihuijia.com/view.aspx?type=3&id=520001'],
    ['no number', 'https://www.baobeihuijia.com/view.aspx?type=1&id=abc'],
    ['a file', 'file:///www.baobeihuijia.com/view.aspx?type=1&id=520001'],
  ])('the same page at %s is not a registration', (_, url) => {
    expect(read(page('baobei-family.html'), url).source).toBe('article');
  });

  it('reads labels in table cells, in <dt>/<dd>, and 「label：value」 in one piece of text', () => {
    const html = `<table><tr><th>姓\u3000名：</th><td>李小雨</td></tr><tr><td><b>性别</b></td><td>女</td></tr></table>
      <dl><dt>失踪时间</dt><dd>2019年06月01日</dd></dl><p>寻亲类别：家寻宝贝</p><p><b>失踪地点：</b>四川省成都市 <b>其他资料：</b>无</p>`;
    expect(fieldsOf(read(html, FAMILY_URL))).toEqual({
      category: '家寻宝贝',
      name: '李小雨',
      gender: '女',
      lostDate: '2019年06月01日',
      lostPlace: '四川省成都市',
    });
  });

  it('keeps script payloads in values as literal text', () => {
    const html = page('baobei-family.html')
      .replace('李小雨</li>', '&lt;img src=x onerror=alert(1)&gt;</li>')
      .replace('白色凉鞋。', '白色凉鞋。&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const fields = fieldsOf(read(html, FAMILY_URL));
    expect(fields.name).toBe('<img src=x onerror=alert(1)>');
    expect(fields.features).toContain('白色凉鞋。"><script>alert(1)</script>');
  });

  it('is not a registration with fewer than two fields', () => {
    const html = '<div id="table_1_normaldivr"><ul><li><span>姓名：</span>李小雨</li><li><span>性别：</span>不详</li></ul></div>';
    expect(read(html, FAMILY_URL).source).toBe('nothing');
  });
});

describe('readPageText: selection, article, nothing', () => {
  it('keeps a space the reader saw between Chinese words, and drops a line break of the page source', () => {
    const names = read(page('selection-only.html'), NEWS_URL, '李小雨 张小川 王乐乐');
    expect(blocksIn(names).map((b) => b.text)).toEqual(['李小雨 张小川 王乐乐']);
    const article = read(
      '<html><body><article><p>付钱时一转\n      身孩子就不见了，我们找遍了整个市场，一直找到天黑。</p></article></body></html>',
      NEWS_URL,
    );
    expect(allText(blocksIn(article))).toContain('付钱时一转身孩子就不见了');
  });

  it('gives the article: headline, paragraphs, list, link; not the nav, sidebar, comments or footer', () => {
    const text = read(page('news-article.html'), NEWS_URL);
    expect(text.source).toBe('article');
    const blocks = blocksIn(text);
    expect(blocks[0]).toEqual({ kind: 'heading', text: '寻女五年：父亲骑行三万公里，只为找回走失的女儿', links: [] });
    const body = allText(blocks);
    expect(body).toContain('2019年6月1日下午，5岁的李小雨跟着妈妈在成都市金牛区荷花池市场买布料。');
    expect(body).toContain('行程超过三万公里。');
    expect(blocks).toContainEqual({ kind: 'heading', text: '志愿者：请大家帮忙留意', links: [] });
    expect(blocks).toContainEqual({ kind: 'item', text: '右手手背有一道浅色烫伤疤痕；', links: [] });
    const linked = blocks.find((block) => block.links.length > 0);
    expect(linked?.links).toEqual([{ text: '寻亲专题页', href: 'https://news.example.org/special/xunqin/lixiaoyu.html' }]);
    for (const absent of [
      '首页',
      '下载客户端',
      '网友评论',
      '转发扩散',
      '相关阅读',
      '今日股市',
      '热门排行',
      '版权所有',
      '隐私政策',
      '登录',
    ]) {
      expect(body).not.toContain(absent);
    }
  });

  it('gives exactly the selection, one paragraph a line', () => {
    const selection = '李小雨，女，5岁\r\n2019年6月1日在成都荷花池市场走失\n\n   左耳垂有一颗小黑痣。  \n';
    expect(read(page('selection-only.html'), 'https://city.example.org/xunren', selection)).toEqual({
      source: 'selection',
      url: 'https://city.example.org/xunren',
      title: 'title',
      blocks: [
        { kind: 'paragraph', text: '李小雨，女，5岁', links: [] },
        { kind: 'paragraph', text: '2019年6月1日在成都荷花池市场走失', links: [] },
        { kind: 'paragraph', text: '左耳垂有一颗小黑痣。', links: [] },
      ],
    });
    // A selection wins over the article, but not over a registration.
    expect(read(page('news-article.html'), NEWS_URL, '荷花池').source).toBe('selection');
    expect(read(page('baobei-family.html'), FAMILY_URL, '荷花池').source).toBe('registration');
  });

  it('gives nothing for a page of tiles without a selection, a blank selection, an empty page, or broken HTML', () => {
    expect(read(page('selection-only.html'), 'https://city.example.org/xunren', ' \n\t ').source).toBe('nothing');
    expect(readPageText(capture('', '', '', ''), win)).toEqual({ source: 'nothing', url: '', title: '' });
    expect(read('<p>短</p>', NEWS_URL).source).toBe('nothing');
    expect(read('<<<>>><p <a href="</p>"><div></span></table>', 'not a url').source).toBe('nothing');
  });
});

describe('readPageText: hostile pages', () => {
  const HOSTILE_URL = 'https://appeal.example.org/zhangxiaochuan';
  const REAL = [
    '我们的儿子张小川，2018年9月3日下午在广州市白云区火车站广场走失',
    '那天我们从老家来广州打工',
    '小川很爱笑，喜欢小汽车',
    '小川，爸爸妈妈一直在找你，从来没有放弃。',
  ];
  const FORBIDDEN = ['tracker.example', 'javascript:', 'data:', '<', 'onerror', 'onload'];

  function expectClean(blocks: readonly TextBlock[]) {
    for (const block of blocks) {
      for (const bad of FORBIDDEN) expect(block.text).not.toContain(bad);
      for (const link of block.links) {
        for (const bad of FORBIDDEN) expect(`${link.text} ${link.href}`).not.toContain(bad);
        expect(link.href).toMatch(/^https?:\/\//);
      }
    }
  }

  it('lets the appeal through and nothing that loads, runs or tracks', () => {
    const blocks = blocksIn(read(page('hostile.html'), HOSTILE_URL));
    expectClean(blocks);
    for (const words of REAL) expect(allText(blocks)).toContain(words);
    // The relative link is made absolute against the page, not the page's <base>.
    expect(blocks.flatMap((block) => block.links)).toEqual([{ text: '看更多寻人信息', href: 'https://appeal.example.org/relative/link' }]);
  });

  it('the sanitiser alone (without Readability or the bounded copy) strips the hostile page too', () => {
    const fragment = DOMPurify(win).sanitize(page('hostile.html'), PURIFY_CONFIG);
    const blocks = blocksOf(fragment);
    expectClean(blocks);
    for (const words of REAL) expect(allText(blocks)).toContain(words);
  });

  it('loads nothing and runs nothing while parsing and sanitising', async () => {
    const recording = recordingWindow();
    const flag = () => (recording.win as unknown as Record<string, unknown>).__pageScriptRan;
    for (const [name, url] of [
      ['hostile.html', 'https://appeal.example.org/zhangxiaochuan'],
      ['news-article.html', NEWS_URL],
      ['baobei-family.html', FAMILY_URL],
    ] as const) {
      readPageText(capture(page(name), url), recording.win);
    }
    await new Promise((done) => setTimeout(done, 300));
    expect(recording.fetched).toEqual([]);
    expect(flag()).toBeUndefined();
  });

  it('(the recorder does see a load made in the live document)', async () => {
    const recording = recordingWindow();
    const link = recording.win.document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'https://tracker.example/control.css';
    recording.win.document.head.append(link);
    for (let i = 0; i < 50 && recording.fetched.length === 0; i++) await new Promise((done) => setTimeout(done, 20));
    expect(recording.fetched).toEqual(['https://tracker.example/control.css']);
  });
});

describe('readPageText: size and depth', () => {
  it('reads a page of more than 5 MB, keeping at most 400 blocks and 100 000 characters', () => {
    const paragraph = `<p>${'他走失的那天下午，天很热。'.repeat(20)}<a href="/x">链接</a></p>\n`;
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(5_500_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const blocks = blocksIn(read(html, NEWS_URL));
    expect(blocks.length).toBeLessThanOrEqual(400);
    expect(allText(blocks).replace(/\n/g, '').length).toBeLessThanOrEqual(100_000);
    expect(blocks[0]?.links[0]).toEqual({ text: '链接', href: 'https://news.example.org/x' });
  }, 120_000);

  it('reads a page nested 10 000 deep: the registration walk, then the article', () => {
    // jsdom's parser alone takes many seconds on this (a browser's parser stops nesting at 512), so the page
    // is parsed once: one field is too few for a registration, so the same document is read as an article.
    const words = '他走失的那天下午，天很热，我们在市场里找了很久。';
    const html = `${'<div>'.repeat(10_000)}<span>姓名：</span>李小雨<p>${words}</p>${'</div>'.repeat(10_000)}`;
    const text = allText(blocksIn(read(html, FAMILY_URL)));
    expect(text).toContain(words);
    expect(text).toContain('李小雨');
  }, 240_000);
});

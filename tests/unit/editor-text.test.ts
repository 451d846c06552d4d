// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boxText } from '@/lib/page/editor-text';

/** A contenteditable holding `html`, as the page's editor rendered it. */
function box(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('reading a compose box as the text a reader sees', () => {
  it('Lexical: a paragraph per line, an empty paragraph with a <br> for a blank line, tabs as text', () => {
    const el = box(
      '<p dir="ltr"><span data-lexical-text="true">  明明</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">\t爸爸</span><span data-lexical-text="true">  妈妈</span></p>',
    );
    expect(boxText(el)).toBe('  明明\n\n\t爸爸  妈妈');
  });

  it('Draft.js: nested block wrappers, an empty block holding a <br data-text>', () => {
    const block = (inner: string) => `<div data-block="true"><div class="public-DraftStyleDefault-block"><span>${inner}</span></div></div>`;
    const el = box(
      `<div data-contents="true">${block('<span data-text="true">第一行</span>')}${block('<br data-text="true">')}${block('<span data-text="true">第三行 🙏</span>')}</div>`,
    );
    expect(boxText(el)).toBe('第一行\n\n第三行 🙏');
  });

  it('ProseMirror: a trailing break draws no line; a hard break inside a paragraph does', () => {
    const el = box('<p>一<br>二</p><p><br class="ProseMirror-trailingBreak"></p><p>三<br><br class="ProseMirror-trailingBreak"></p>');
    expect(boxText(el)).toBe('一\n二\n\n三\n');
  });

  it('an empty editor is empty; a plain contenteditable with text and <br>s reads as lines', () => {
    expect(boxText(box('<p><br></p>'))).toBe('');
    expect(boxText(box(''))).toBe('');
    expect(boxText(box('a<br>b<br><br>c'))).toBe('a\nb\n\nc');
  });

  it('what is not shown is not read; a textarea is its value', () => {
    expect(boxText(box('<p>看得见</p><p style="display:none">看不见</p>'))).toBe('看得见');
    const area = document.createElement('textarea');
    area.value = '  原样\n\n';
    expect(boxText(area)).toBe('  原样\n\n');
  });
});

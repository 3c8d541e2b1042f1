/**
 * The OpenAPI Style Values table (color = "blue", ["blue","black","brown"], {R:100,G:200,B:150}), label rows as
 * RFC 6570 and OpenAPI 3.0.4 give them.
 */
import { expect } from 'chai';
import { percentEncode } from '../../../generators/params/encode';
import { styleHeaderValue, stylePathValue, styleQueryPairs } from '../../../generators/params/styles';

const primitive = 'blue';
const array = ['blue', 'black', 'brown'];
const object = { R: 100, G: 200, B: 150 };
const encode = (text: string): string => percentEncode(text);

const path = (style: string, explode: boolean, value: unknown): string => stylePathValue({ name: 'color', style, explode }, value, encode);
const query = (style: string, explode: boolean, value: unknown): string =>
  styleQueryPairs({ name: 'color', style, explode }, value, encode).join('&');

describe('generators/params/styles', () => {
  const pathRows: Array<[string, boolean, string, string, string, string]> = [
    ['matrix', false, ';color', ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
    ['matrix', true, ';color', ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
    ['label', false, '.', '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
    ['label', true, '.', '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
    ['simple', false, '', 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
    ['simple', true, '', 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
  ];
  for (const [style, explode, empty, one, many, pairs] of pathRows) {
    it(`path ${style} explode=${explode}`, () => {
      expect([path(style, explode, ''), path(style, explode, primitive), path(style, explode, array), path(style, explode, object)]).to.deep.equal([
        empty,
        one,
        many,
        pairs,
      ]);
    });
  }

  const queryRows: Array<[string, boolean, string, string, string]> = [
    ['form', false, 'color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150'],
    ['form', true, 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
    ['spaceDelimited', false, 'color=blue', 'color=blue%20black%20brown', 'color=R%20100%20G%20200%20B%20150'],
    ['pipeDelimited', false, 'color=blue', 'color=blue|black|brown', 'color=R|100|G|200|B|150'],
    ['spaceDelimited', true, 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
    ['deepObject', true, 'color=blue', 'color=blue&color=black&color=brown', 'color[R]=100&color[G]=200&color[B]=150'],
  ];
  for (const [style, explode, one, many, pairs] of queryRows) {
    it(`query ${style} explode=${explode}`, () => {
      expect([query(style, explode, primitive), query(style, explode, array), query(style, explode, object)]).to.deep.equal([one, many, pairs]);
    });
  }

  it('query form sends an empty value for null and nothing for an exploded empty array', () => {
    expect(query('form', true, null)).to.equal('color=');
    expect(query('form', true, [])).to.equal('');
    expect(query('form', false, [])).to.equal('color=');
  });

  it('deepObject nests objects and keeps the brackets literal', () => {
    expect(query('deepObject', true, { size: { min: 1 }, 'a b': 'x&y' })).to.equal('color[size][min]=1&color[a%20b]=x%26y');
  });

  it('headers are simple and never percent-encoded', () => {
    expect(styleHeaderValue({ name: 'X', style: 'simple', explode: false }, object)).to.equal('R,100,G,200,B,150');
    expect(styleHeaderValue({ name: 'X', style: 'simple', explode: true }, object)).to.equal('R=100,G=200,B=150');
    expect(styleHeaderValue({ name: 'X', style: 'simple', explode: false }, 'a b/c')).to.equal('a b/c');
  });

  it('encodes the values a style joins, never its own delimiters', () => {
    expect(path('simple', false, ['a,b', 'c/d'])).to.equal('a%2Cb,c%2Fd');
    expect(query('form', false, ['x y', 'ü'])).to.equal('color=x%20y,%C3%BC');
  });
});

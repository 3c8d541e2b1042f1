import { expect } from 'chai';
import { decadeLabel, decadeRange, escapeXml, scaleChartSvg } from '../../bench/svg-chart';

const panels = [
  { title: 'load + compile time', unit: 's', points: [{ x: 10, y: 0.2 }, { x: 100, y: 0.5 }, { x: 1000, y: 3 }, { x: 5000, y: 14 }] },
  { title: 'peak <memory>', unit: 'MB', points: [{ x: 10, y: 160 }, { x: 5000, y: 900 }] },
];

describe('bench/svg-chart', () => {
  it('encloses values in whole decades, at least one wide', () => {
    expect(decadeRange(10, 5000)).to.deep.equal([1, 4]);
    expect(decadeRange(0.2, 14)).to.deep.equal([-1, 2]);
    expect(decadeRange(100, 100)).to.deep.equal([2, 3]);
    expect(() => decadeRange(0, 10)).to.throw(RangeError);
  });

  it('labels decades readably', () => {
    expect(decadeLabel(-2)).to.equal('0.01');
    expect(decadeLabel(0)).to.equal('1');
    expect(decadeLabel(3)).to.equal('1,000');
  });

  it('draws one polyline with one vertex and one circle per point, per panel', () => {
    const svg = scaleChartSvg(panels, 'caption');
    const polylines = [...svg.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) => m[1].split(' ').length);
    expect(polylines).to.deep.equal([4, 2]);
    expect(svg.match(/<circle /g)).to.have.length(6);
    expect(svg.match(/class="linear"/g)).to.have.length(2);
  });

  it('puts larger sizes further right and larger values higher up', () => {
    const svg = scaleChartSvg([panels[0]], '');
    const vertices = /<polyline[^>]*points="([^"]*)"/.exec(svg)?.[1].split(' ').map((p) => p.split(',').map(Number)) ?? [];
    for (let i = 1; i < vertices.length; i++) {
      expect(vertices[i][0]).to.be.greaterThan(vertices[i - 1][0]);
      expect(vertices[i][1]).to.be.lessThan(vertices[i - 1][1]);
    }
  });

  it('is well-formed: escaped text, one root element, deterministic', () => {
    const svg = scaleChartSvg(panels, 'a & b');
    expect(svg).to.include('peak &lt;memory&gt;').and.include('a &amp; b');
    expect(svg.trim().startsWith('<svg ')).to.equal(true);
    expect(svg.trim().endsWith('</svg>')).to.equal(true);
    expect(scaleChartSvg(panels, 'a & b')).to.equal(svg);
    expect(escapeXml(`"'`)).to.equal('&quot;&apos;');
  });

  it('says so when a panel has no data rather than drawing an empty axis', () => {
    expect(scaleChartSvg([{ title: 'empty', unit: 's', points: [] }], '')).to.include('empty: no data');
  });
});

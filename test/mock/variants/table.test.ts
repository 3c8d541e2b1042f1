/** docs/variants.md's table is the variants list: same names, areas and expected checks, in the same order. */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { variants } from '../../../mock/variants';

describe('mock/variants: the docs/variants.md table', () => {
  it('lists every variant with its area and expected check, in order', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../docs/variants.md'), 'utf8');
    const table = (text.split('| variant | area | what is broken | expected check |\n')[1] ?? '').split('\n\n')[0];
    const rows = table.split('\n').filter((line) => /^\| [a-z0-9]/.test(line)).map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.map((cells) => [cells[1], cells[2], cells[cells.length - 2]])).to.deep.equal(variants.map((variant) => [variant.name, variant.area, variant.expectedCheck]));
  });
});

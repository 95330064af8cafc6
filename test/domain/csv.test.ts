/** The CSV export's cells: nothing a spreadsheet would run as a formula, RFC 4180 quoting. */
import { csvCell } from '../../src/domain/csv';

describe('csvCell formula guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =HYPERLINK("http://x")', `"' =HYPERLINK(""http://x"")"`],
    ['\u3000=1', "'\u3000=1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\n=1', `"'\n=1"`],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\nplain', `"'\nplain"`],
  ])('%j is neutralised', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });

  it('leaves ordinary text and numbers alone, quoting per RFC 4180', () => {
    expect(csvCell('Legacy API sunset')).toBe('Legacy API sunset');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('e-mail')).toBe('e-mail');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(66.7)).toBe('66.7');
    expect(csvCell(null)).toBe('');
  });
});

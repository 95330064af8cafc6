/** Quoting input in messages and bounding payloads: the shared rules every adapter applies. */
import { payloadProblem, quote, QUOTE_MAX_CHARS } from '../../src/domain/input';

describe('quote', () => {
  it('quotes short input whole, one line, control characters escaped', () => {
    expect(quote('PO 2.1')).toBe('"PO 2.1"');
    expect(quote('a\nb\u0007')).toBe('"a\\nb\\u0007"');
  });

  it('repeats at most a short prefix of long input, with its length', () => {
    const q = quote('x'.repeat(1_048_576));
    expect(q).toBe(`"${'x'.repeat(QUOTE_MAX_CHARS)}"… (1,048,576 characters)`);
    expect(q.length).toBeLessThan(100);
  });

  it('never splits a surrogate pair', () => {
    const q = quote('a'.repeat(QUOTE_MAX_CHARS - 1) + '😀'.repeat(10));
    expect(q.startsWith(`"${'a'.repeat(QUOTE_MAX_CHARS - 1)}"`)).toBe(true);
  });

  it('describes non-strings without echoing them', () => {
    expect(quote(42)).toBe('"42"');
    expect(quote({ a: 'b'.repeat(10_000) })).toBe('"an object"');
    expect(quote(new Array(5))).toBe('"an array of 5"');
  });
});

describe('payloadProblem', () => {
  const limits = { maxDepth: 3, maxNodes: 10, maxChars: 20 };
  it('accepts what is within every bound', () => {
    expect(payloadProblem({ a: [1, 'abc'] }, limits)).toBeNull();
    expect(payloadProblem(undefined, limits)).toBeNull();
  });
  it('names the bound crossed', () => {
    expect(payloadProblem({ a: { b: { c: {} } } }, limits)).toBe('it is nested more than 3 levels deep');
    expect(payloadProblem(Array.from({ length: 11 }, () => 0), limits)).toBe('it holds more than 10 values');
    expect(payloadProblem({ k: 'x'.repeat(20) }, limits)).toBe('it holds more than 20 characters of text');
  });
  it('measures a payload nested 1,000,000 deep without overflowing the stack', () => {
    let v: unknown = null;
    for (let i = 0; i < 1_000_000; i++) v = [v];
    expect(payloadProblem(v)).toBe('it is nested more than 32 levels deep');
  });
});

/**
 * A small well-formedness check for Confluence storage format, so the stand-in refuses what
 * Confluence refuses ("Error parsing xhtml"): unbalanced or mis-nested tags, unquoted attributes,
 * a raw `<` or a bare `&` in text, an unknown entity form, a character XML 1.0 forbids. Not a full
 * XML parser.
 */
export function xhtmlProblem(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(value);
  if (forbidden) return `a character XML forbids (U+${forbidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) at offset ${forbidden.index}`;
  const stack: string[] = [];
  let i = 0;
  const text = (s: string): string | null => {
    const bad = /&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/.exec(s);
    if (bad) return `a bare "&" at offset ${i + bad.index}`;
    return null;
  };
  while (i < value.length) {
    const lt = value.indexOf('<', i);
    const chunk = lt < 0 ? value.slice(i) : value.slice(i, lt);
    const problem = text(chunk);
    if (problem) return problem;
    if (lt < 0) break;
    i = lt;
    if (value.startsWith('<![CDATA[', i)) {
      const end = value.indexOf(']]>', i);
      if (end < 0) return 'an unterminated CDATA section';
      i = end + 3;
      continue;
    }
    if (value.startsWith('<!--', i)) {
      const end = value.indexOf('-->', i);
      if (end < 0) return 'an unterminated comment';
      i = end + 3;
      continue;
    }
    const m = /^<(\/?)([A-Za-z][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(value.slice(i));
    if (!m) return `a malformed tag at offset ${i}`;
    const [whole, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    const attrProblem = text(attrs);
    if (attrProblem) return attrProblem;
    if (closing) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes ${open ? `<${open}>` : 'nothing'} at offset ${i}`;
    } else if (!selfClosing) {
      stack.push(name);
    }
    i += whole.length;
  }
  if (stack.length) return `<${stack[stack.length - 1]}> is never closed`;
  return null;
}

/**
 * The JQL tokenizer, with Jira's own error messages (`Error in the JQL Query: … (line 1,
 * character 12)`): words, strings, operators and punctuation, reserved words and characters.
 */

/** A JQL problem; the server answers 400 `{ errorMessages, errors: {} }`. */
export class JqlError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
    this.name = 'JqlError';
  }
}

export interface Position {
  line: number;
  /** 1-based column. */
  character: number;
}

export type TokenType = 'word' | 'string' | 'op' | '(' | ')' | ',' | 'eof';

export interface Token {
  type: TokenType;
  /** Text as written (strings: unescaped content). */
  text: string;
  pos: Position;
}

export const OPERATORS_HINT =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

// Jira refuses these words as unquoted field names or values.
export const RESERVED_WORDS = new Set(
  (
    'abort access add after alias all alter and any as asc audit avg before begin between boolean break by byte ' +
    'catch cf char character check checkpoint collate collation column commit connect continue count create ' +
    'current date decimal declare decrement default defaults define delete delimiter desc difference distinct ' +
    'divide do double drop else empty encoding end equals escape exclusive exec execute exists explain false ' +
    'fetch file field first float for from function go goto grant greater group having identified if immediate ' +
    'in increment index initial inner inout input insert int integer intersect intersection into is isempty ' +
    'isnull join last left less like limit lock long max min minus mode modify modulo more multiply next ' +
    'noaudit not notin nowait null number object of on option or order outer output power previous prior ' +
    'privileges public raise raw remainder rename resource return returns revoke right row rowid rownum rows ' +
    'select session set share size sqrt start strict string subtract sum synonym table then to trans ' +
    'transaction trigger true uid union unique update user validate values view when whenever where while with'
  ).split(' '),
);

// Characters Jira reserves outside quotes; the rest of the punctuation we meet is word text.
const RESERVED_CHARS = new Set([
  '@',
  '#',
  '$',
  '%',
  '^',
  '*',
  '[',
  ']',
  '{',
  '}',
  ';',
  '?',
  '\\',
  '`',
  '&',
  '|',
]);

export function jqlError(message: string, pos?: Position): JqlError {
  const where = pos ? ` (line ${pos.line}, character ${pos.character})` : '';
  return new JqlError([`Error in the JQL Query: ${message}${where}`]);
}

export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const pos = (at: number): Position => ({
    line,
    character: at - lineStart + 1,
  });
  while (i < jql.length) {
    const c = jql[i] as string;
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = pos(i);
    const two = jql.slice(i, i + 2);
    if (two === '!=' || two === '<=' || two === '>=' || two === '!~') {
      tokens.push({ type: 'op', text: two, pos: start });
      i += 2;
      continue;
    }
    if (two === '&&' || two === '||') {
      tokens.push({
        type: 'word',
        text: two === '&&' ? 'AND' : 'OR',
        pos: start,
      });
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>' || c === '~') {
      tokens.push({ type: 'op', text: c, pos: start });
      i++;
      continue;
    }
    if (c === '!') {
      tokens.push({ type: 'word', text: 'NOT', pos: start });
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, text: c, pos: start });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < jql.length && jql[j] !== c) {
        if (jql[j] === '\\' && j + 1 < jql.length) {
          const next = jql[j + 1] as string;
          if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(jql.slice(j + 2, j + 6))) {
            text += String.fromCharCode(parseInt(jql.slice(j + 2, j + 6), 16));
            j += 6;
            continue;
          }
          text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          j += 2;
          continue;
        }
        text += jql[j];
        j++;
      }
      if (j >= jql.length)
        throw jqlError(`The quoted string '${text}' has not been completed.`, start);
      tokens.push({ type: 'string', text, pos: start });
      i = j + 1;
      continue;
    }
    // A custom field reference `cf[10016]` is one word despite the brackets.
    const cf = /^cf\[\d+\]/i.exec(jql.slice(i));
    if (cf) {
      tokens.push({ type: 'word', text: cf[0], pos: start });
      i += cf[0].length;
      continue;
    }
    if (RESERVED_CHARS.has(c)) {
      const code = c.charCodeAt(0).toString(16).padStart(4, '0');
      throw jqlError(
        `The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u${code}' instead.`,
        start,
      );
    }
    let j = i;
    while (
      j < jql.length &&
      !/[\s=!<>~(),"'&|]/.test(jql[j] as string) &&
      !RESERVED_CHARS.has(jql[j] as string)
    )
      j++;
    tokens.push({ type: 'word', text: jql.slice(i, j), pos: start });
    i = j;
  }
  tokens.push({ type: 'eof', text: '', pos: pos(i) });
  return tokens;
}

export const isWord = (t: Token, w: string): boolean => t.type === 'word' && t.text.toLowerCase() === w;

export function reservedWord(t: Token): JqlError {
  return jqlError(
    `'${t.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
    t.pos,
  );
}

/**
 * JQL tokenizer and parser: the subset Shipshape and its users write, with Jira's own error
 * messages (`Error in the JQL Query: … (line 1, character 12)`), so clients can be tested against
 * the demo site's 400s as they would be against Jira's.
 */

/** A JQL problem; the server answers 400 `{ errorMessages, errors: {} }`. */
export class JqlError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
    this.name = 'JqlError';
  }
}

export type Operator =
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '~'
  | '!~'
  | 'in'
  | 'not in'
  | 'is'
  | 'is not'
  | 'was'
  | 'was not'
  | 'was in'
  | 'was not in';

export interface Position {
  line: number;
  /** 1-based column. */
  character: number;
}

export type Operand =
  | { kind: 'value'; text: string; quoted: boolean; pos: Position }
  | { kind: 'empty'; pos: Position }
  | { kind: 'function'; name: string; args: string[]; pos: Position }
  | { kind: 'list'; items: Operand[]; pos: Position };

export interface Term {
  kind: 'term';
  field: string;
  pos: Position;
  operator: Operator;
  operand: Operand;
}

export type Clause =
  | Term
  | { kind: 'and'; clauses: Clause[] }
  | { kind: 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause };

export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
  pos: Position;
}

export interface Query {
  /** null: no restriction at all (empty query, or only ORDER BY). */
  where: Clause | null;
  orderBy: SortKey[];
}

type TokenType = 'word' | 'string' | 'op' | '(' | ')' | ',' | 'eof';

interface Token {
  type: TokenType;
  /** Text as written (strings: unescaped content). */
  text: string;
  pos: Position;
}

const OPERATORS_HINT =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

// Jira refuses these words as unquoted field names or values.
const RESERVED_WORDS = new Set(
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

function jqlError(message: string, pos?: Position): JqlError {
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

const isWord = (t: Token, w: string): boolean => t.type === 'word' && t.text.toLowerCase() === w;

class Parser {
  private at = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.at + offset, this.tokens.length - 1)] as Token;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.at++;
    return t;
  }

  parse(): Query {
    let where: Clause | null = null;
    if (!this.atOrderBy() && this.peek().type !== 'eof') where = this.or();
    const orderBy = this.atOrderBy() ? this.orderBy() : [];
    const rest = this.peek();
    if (rest.type !== 'eof') {
      if (rest.type === ')')
        throw jqlError(`Expecting either 'OR' or 'AND' but got ')'.`, rest.pos);
      throw jqlError(`Expecting either 'OR' or 'AND' but got '${rest.text}'.`, rest.pos);
    }
    return { where, orderBy };
  }

  private atOrderBy(): boolean {
    return isWord(this.peek(), 'order');
  }

  private or(): Clause {
    const clauses = [this.and()];
    while (isWord(this.peek(), 'or')) {
      this.next();
      clauses.push(this.and());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'or', clauses };
  }

  private and(): Clause {
    const clauses = [this.not()];
    while (isWord(this.peek(), 'and')) {
      this.next();
      clauses.push(this.not());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'and', clauses };
  }

  private not(): Clause {
    const t = this.peek();
    if (isWord(t, 'not')) {
      this.next();
      return { kind: 'not', clause: this.not() };
    }
    if (t.type === '(') {
      this.next();
      const inner = this.or();
      const close = this.next();
      if (close.type !== ')') {
        if (close.type === 'eof') throw jqlError(`Expecting ')' before the end of the query.`);
        throw jqlError(`Expecting ')' but got '${close.text}'.`, close.pos);
      }
      return inner;
    }
    return this.term();
  }

  private term(): Term {
    const f = this.next();
    if (f.type === 'eof') throw jqlError('Expecting a field name before the end of the query.');
    if (f.type !== 'word' && f.type !== 'string')
      throw jqlError(`Expecting a field name but got '${f.text}'.`, f.pos);
    if (f.type === 'word' && RESERVED_WORDS.has(f.text.toLowerCase())) throw reservedWord(f);
    const operator = this.operator();
    const operand = this.operand(operator);
    return { kind: 'term', field: f.text, pos: f.pos, operator, operand };
  }

  private operator(): Operator {
    const t = this.next();
    if (t.type === 'eof')
      throw jqlError(`Expecting operator before the end of the query. ${OPERATORS_HINT}`);
    if (t.type === 'op') return t.text as Operator;
    if (isWord(t, 'in')) return 'in';
    if (isWord(t, 'not') && isWord(this.peek(), 'in')) {
      this.next();
      return 'not in';
    }
    if (isWord(t, 'is')) {
      if (isWord(this.peek(), 'not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    if (isWord(t, 'was')) {
      const not = isWord(this.peek(), 'not');
      if (not) this.next();
      const inList = isWord(this.peek(), 'in');
      if (inList) this.next();
      return `was${not ? ' not' : ''}${inList ? ' in' : ''}` as Operator;
    }
    throw jqlError(`Expecting operator but got '${t.text}'. ${OPERATORS_HINT}`, t.pos);
  }

  private operand(operator: Operator): Operand {
    const t = this.peek();
    if (t.type === '(') {
      this.next();
      const items: Operand[] = [];
      for (;;) {
        items.push(this.single());
        const sep = this.next();
        if (sep.type === ')') break;
        if (sep.type === ',') continue;
        if (sep.type === 'eof') throw jqlError(`Expecting ')' before the end of the query.`);
        throw jqlError(`Expecting ')' but got '${sep.text}'.`, sep.pos);
      }
      return { kind: 'list', items, pos: t.pos };
    }
    void operator;
    return this.single();
  }

  private single(): Operand {
    const t = this.next();
    if (t.type === 'eof')
      throw jqlError('Expecting either a value, list or function before the end of the query.');
    if (t.type === 'string') return { kind: 'value', text: t.text, quoted: true, pos: t.pos };
    if (t.type !== 'word') {
      throw jqlError(
        `Expecting either a value, list or function but got '${t.text}'. You must surround '${t.text}' in quotation marks to use it as a value.`,
        t.pos,
      );
    }
    const lower = t.text.toLowerCase();
    if (lower === 'empty' || lower === 'null') return { kind: 'empty', pos: t.pos };
    if (this.peek().type === '(') {
      this.next();
      const args: string[] = [];
      while (this.peek().type !== ')') {
        const a = this.next();
        if (a.type === 'eof') throw jqlError(`Expecting ')' before the end of the query.`);
        if (a.type === ',') continue;
        args.push(a.text);
      }
      this.next();
      return { kind: 'function', name: t.text, args, pos: t.pos };
    }
    if (RESERVED_WORDS.has(lower)) throw reservedWord(t);
    return { kind: 'value', text: t.text, quoted: false, pos: t.pos };
  }

  private orderBy(): SortKey[] {
    this.next(); // ORDER
    const by = this.next();
    if (!isWord(by, 'by')) {
      if (by.type === 'eof') throw jqlError(`Expecting 'BY' before the end of the query.`);
      throw jqlError(`Expecting 'BY' but got '${by.text}'.`, by.pos);
    }
    const keys: SortKey[] = [];
    for (;;) {
      const f = this.next();
      if (f.type === 'eof') throw jqlError('Expecting a field name before the end of the query.');
      if (f.type !== 'word' && f.type !== 'string')
        throw jqlError(`Expecting a field name but got '${f.text}'.`, f.pos);
      let direction: 'asc' | 'desc' = 'asc';
      if (isWord(this.peek(), 'asc') || isWord(this.peek(), 'desc'))
        direction = this.next().text.toLowerCase() as 'asc' | 'desc';
      keys.push({ field: f.text, direction, pos: f.pos });
      if (this.peek().type !== ',') break;
      this.next();
    }
    return keys;
  }
}

function reservedWord(t: Token): JqlError {
  return jqlError(
    `'${t.text}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
    t.pos,
  );
}

/** Parses JQL; throws JqlError with Jira's message on a syntax error. */
export function parseJql(jql: string): Query {
  return new Parser(tokenize(jql)).parse();
}

/**
 * JQL parser (tokens in jql-tokens.ts): the subset Shipshape and its users write, with Jira's own error
 * messages (`Error in the JQL Query: … (line 1, character 12)`), so clients can be tested against
 * the demo site's 400s as they would be against Jira's.
 */
import { isWord, jqlError, OPERATORS_HINT, RESERVED_WORDS, reservedWord, tokenize, type Position, type Token } from './jql-tokens';

export { JqlError, type Position } from './jql-tokens';

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
    return this.joined('or', () => this.and());
  }

  private and(): Clause {
    return this.joined('and', () => this.not());
  }

  /** Operands joined by one keyword (OR binds looser than AND); a single operand stands alone. */
  private joined(kind: 'and' | 'or', operand: () => Clause): Clause {
    const clauses = [operand()];
    while (isWord(this.peek(), kind)) {
      this.next();
      clauses.push(operand());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind, clauses };
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

/** Parses JQL; throws JqlError with Jira's message on a syntax error. */
export function parseJql(jql: string): Query {
  return new Parser(tokenize(jql)).parse();
}

/**
 * Rules for outside input that every adapter applies: how an error message quotes what it was
 * given, and how deep and large a payload may be before anything walks it. Pure, so the server,
 * the CLI and the UI share one copy.
 */

/** How many characters of an input value an error message repeats. */
export const QUOTE_MAX_CHARS = 60;

/**
 * The one way a message quotes input: JSON-style double quotes (so control characters and line
 * breaks show as escapes and the message stays one line), at most `max` characters of the value,
 * then `…` and the full length when it was cut. A 1 MB level name costs a message 80 characters.
 */
export function quote(value: unknown, max = QUOTE_MAX_CHARS): string {
  const text = typeof value === 'string' ? value : describeValue(value);
  if (text.length <= max) return JSON.stringify(text);
  // Cut on a code point boundary so a surrogate pair is never split into garbage.
  const cut = text.slice(0, max);
  const head = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${JSON.stringify(head)}… (${text.length.toLocaleString('en')} characters)`;
}

/** The longest message an error carries to a user (a backstop: `quote` keeps them far shorter). */
export const MESSAGE_MAX_CHARS = 1000;

/** `message`, cut to `max` characters when something still made it longer. */
export function clipMessage(message: string, max = MESSAGE_MAX_CHARS): string {
  return message.length <= max ? message : `${message.slice(0, max)}… (cut at ${max.toLocaleString('en')} characters)`;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** What any payload (resolver payload, uploaded JSON) may hold before it is walked. */
export interface PayloadLimits {
  /** Objects/arrays nested inside each other; the payload itself is depth 1. */
  maxDepth: number;
  /** Objects, arrays and scalar values in all. */
  maxNodes: number;
  /** Characters of every string and key together. */
  maxChars: number;
}

/**
 * Generous for every real payload (a custom framework is about 8 levels deep and ~5,000 values;
 * the upload limit is 2,000,000 characters) and far below what could overflow a recursive walk.
 */
export const PAYLOAD_LIMITS: PayloadLimits = { maxDepth: 32, maxNodes: 200_000, maxChars: 2_500_000 };

/**
 * Why `value` is too deep or too large for `limits`, or null when it is within them. Iterative
 * (an explicit stack), so a payload nested 100,000 deep is measured, not a stack overflow; stops at
 * the first bound crossed, so a huge payload costs at most `maxNodes` steps.
 */
export function payloadProblem(value: unknown, limits: PayloadLimits = PAYLOAD_LIMITS): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return `it holds more than ${limits.maxNodes.toLocaleString('en')} values`;
    if (typeof v === 'string') chars += v.length;
    if (typeof v !== 'object' || v === null) {
      if (chars > limits.maxChars) return `it holds more than ${limits.maxChars.toLocaleString('en')} characters of text`;
      continue;
    }
    if (depth > limits.maxDepth) return `it is nested more than ${limits.maxDepth} levels deep`;
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: depth + 1 });
    } else {
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        chars += key.length;
        stack.push({ value: item, depth: depth + 1 });
      }
    }
    if (chars > limits.maxChars) return `it holds more than ${limits.maxChars.toLocaleString('en')} characters of text`;
  }
  return null;
}

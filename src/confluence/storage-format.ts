/**
 * Small builders for Confluence storage format (XHTML). All text goes through `esc`, which also
 * drops characters XML 1.0 forbids, so a framework's text can never inject markup or break a page.
 */

/**
 * What XML 1.0 forbids in a document: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; and a
 * surrogate that is not half of a pair.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without the characters XML forbids: for storage-format text and for page titles, which
 * Confluence keeps as XML too (and which go into a URL, where a lone surrogate cannot be encoded).
 */
export function xmlSafe(text: string): string {
  return String(text).replace(XML_FORBIDDEN, '');
}

/** Escapes text for an XHTML element or attribute value. */
export function esc(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export const h = (level: 1 | 2 | 3 | 4 | 5 | 6, text: string): string => `<h${level}>${esc(text)}</h${level}>`;
export const p = (text: string): string => `<p>${esc(text)}</p>`;
/** A paragraph of already-built inline parts. */
export const pRaw = (xhtml: string): string => `<p>${xhtml}</p>`;
export const strong = (text: string): string => `<strong>${esc(text)}</strong>`;
export const ul = (items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const ol = (items: string[]): string => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;

/** A table: header cells and rows of already-built cells. */
export function table(headers: string[], rows: string[][]): string {
  const head = `<tr>${headers.map((x) => `<th>${esc(x)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table><tbody>${head}${body}</tbody></table>`;
}

/** A link to another page of the same space, by title. */
export function pageLink(title: string, text = title): string {
  return `<ac:link><ri:page ri:content-title="${esc(title)}" /><ac:plain-text-link-body><![CDATA[${cdata(text)}]]></ac:plain-text-link-body></ac:link>`;
}

/** CDATA cannot contain `]]>`: split it. */
function cdata(text: string): string {
  return xmlSafe(text).replace(/]]>/g, ']]]]><![CDATA[>');
}

/** A macro with a rich-text body: `info`, `note`, `expand`, … */
export function macro(name: string, params: Record<string, string>, bodyXhtml: string): string {
  const ps = Object.entries(params)
    .map(([k, v]) => `<ac:parameter ac:name="${esc(k)}">${esc(v)}</ac:parameter>`)
    .join('');
  return `<ac:structured-macro ac:name="${esc(name)}">${ps}<ac:rich-text-body>${bodyXhtml}</ac:rich-text-body></ac:structured-macro>`;
}

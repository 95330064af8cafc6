/**
 * Evidence (SPEC §4: "a link or a sentence"): a Jira issue key, a URL (a Confluence page URL is
 * told apart by its `/wiki/` path), or free text. Only http(s) URLs become links: a `javascript:`
 * "link" is text.
 */
import type { EvidenceKind } from '../../contract/competency';
import { ISSUE_KEY, ISSUE_KEY_PATTERN } from '../../domain/issue-key';

/** A Jira issue page: `/browse/PO-12`. */
const BROWSE_PATH = new RegExp(`^/browse/${ISSUE_KEY_PATTERN}/?$`);

export interface EvidenceLink {
  kind: EvidenceKind;
  href: string | null;
}

export function classifyEvidence(evidence: string, jiraSiteUrl?: string | null): EvidenceLink {
  const text = evidence.trim();
  if (text === '') return { kind: 'empty', href: null };
  if (ISSUE_KEY.test(text)) {
    return { kind: 'jira-issue', href: jiraSiteUrl ? `${jiraSiteUrl.replace(/\/+$/, '')}/browse/${text.toUpperCase()}` : null };
  }
  if (/^https?:\/\/\S+$/i.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        const path = url.pathname;
        const kind: EvidenceKind = /^\/wiki\//.test(path) ? 'confluence-page' : BROWSE_PATH.test(path) ? 'jira-issue' : 'url';
        return { kind, href: url.toString() };
      }
    } catch {
      // not a URL after all: text
    }
  }
  return { kind: 'text', href: null };
}

import { useState } from 'react';
import { token } from '@atlaskit/tokens';

const COLOURS = [
  token('color.background.accent.blue.bolder'),
  token('color.background.accent.green.bolder'),
  token('color.background.accent.purple.bolder'),
  token('color.background.accent.teal.bolder'),
  token('color.background.accent.magenta.bolder'),
  token('color.background.accent.orange.bolder'),
];

/** "Priya Raman" → "PR"; a key such as "MOB" keeps its first two letters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0]!.slice(0, 2).toUpperCase();
  return (words[0]![0]! + words[words.length - 1]![0]!).toUpperCase();
}

function colourOf(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return COLOURS[h % COLOURS.length]!;
}

/**
 * A person's (round) or project's (square) avatar: initials on a colour from the name, with Jira's
 * image over them once it loads. The frame's CSP may refuse the image (hosts not in the manifest's
 * `external.images`): then the initials stay. Decorative: the name is always written beside it.
 */
export function Avatar({ name, url, size = 24, shape = 'circle' }: { name: string; url: string | null; size?: number; shape?: 'circle' | 'square' }) {
  const [failed, setFailed] = useState(false);
  return (
    <span className="ss-avatar" data-shape={shape} aria-hidden="true" style={{ width: size, height: size, background: colourOf(name), fontSize: Math.round(size * 0.42) }}>
      {initialsOf(name)}
      {url && !failed && <img src={url} alt="" onError={() => setFailed(true)} />}
    </span>
  );
}

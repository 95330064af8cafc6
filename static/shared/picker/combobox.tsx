import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import './picker.css';
import { useSearch, type SearchAnswer } from './use-search';

export interface ComboboxProps<T> {
  /** The input's id (its <label htmlFor> points here). */
  id: string;
  /** Accessible name when there is no visible <label for>. */
  ariaLabel?: string;
  placeholder?: string;
  /** Searches for `query`; called after `delayMs` without typing. */
  load: (query: string) => Promise<SearchAnswer<T>>;
  delayMs?: number;
  /** Characters needed before searching (0: the list opens on focus). */
  minChars?: number;
  keyOf: (option: T) => string;
  /** What the option says, in the list (plain text is the default). */
  render?: (option: T) => ReactNode;
  /** Its text: shown in the input once picked, and read when filtering. */
  textOf: (option: T) => string;
  /** Options with a group are listed under its heading, in the order the groups first appear. */
  groupOf?: (option: T) => string;
  onPick: (option: T) => void;
  /** The picked option's key (single choice: shown selected, and its text fills the input). */
  selectedKey?: string | null;
  selectedText?: string;
  /** Clear the input after a pick (multi choice). */
  clearOnPick?: boolean;
  /** What an empty answer says, e.g. "No one matches". */
  emptyText: string;
  /** What the list says before anything is typed (when minChars > 0). */
  hintText?: string;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
}

/**
 * The one combobox of the pickers (WAI-ARIA combobox with a listbox popup): type to search
 * (debounced), ↓/↑ to move, Enter to pick, Escape to close, Home/End in the list. Loading, empty
 * and error states are announced in the popup.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { id, keyOf, textOf, groupOf, render, onPick, selectedKey = null } = props;
  const listId = useId();
  const [text, setText] = useState<string | null>(null); // null: not editing (show the selection)
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = text ?? '';
  const state = useSearch(props.load, query, open, { delayMs: props.delayMs ?? 250, minChars: props.minChars ?? 0 });
  const options = state.kind === 'done' ? state.options : [];
  const optionId = (i: number) => `${listId}-o${i}`;
  const activeIndex = Math.min(active, options.length - 1);
  const showList = open && options.length > 0 && state.kind === 'done';

  // Opening on a chosen value starts at it, so Enter keeps it and ↓/↑ move from it.
  useEffect(() => {
    if (text !== null || selectedKey === null) return;
    const at = options.findIndex((o) => keyOf(o) === selectedKey);
    if (at >= 0) setActive(at);
  }, [options, text, selectedKey]);

  // Keep the active option in view as ↓/↑ move through a list longer than the frame.
  useEffect(() => {
    if (showList && activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView?.({ block: 'nearest' });
  }, [showList, activeIndex]);

  const pick = (o: T) => {
    onPick(o);
    setOpen(false);
    setText(props.clearOnPick ? '' : null);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        else if (options.length) setActive((activeIndex + 1) % options.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        else if (options.length) setActive((activeIndex - 1 + options.length) % options.length);
        break;
      case 'Home':
      case 'End':
        if (open && options.length) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : options.length - 1);
        }
        break;
      case 'Enter':
        if (open && options[activeIndex]) {
          e.preventDefault();
          pick(options[activeIndex]);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setText(props.clearOnPick ? '' : null);
        }
        break;
      default:
    }
  };

  const items = options.map((o, i) => {
    const selected = selectedKey !== null && keyOf(o) === selectedKey;
    return {
      group: groupOf?.(o),
      node: (
        <li
          key={keyOf(o)}
          id={optionId(i)}
          role="option"
          aria-selected={selected}
          data-active={i === activeIndex}
          data-testid={`${props.testId ?? id}-option`}
          data-key={keyOf(o)}
          className="ss-picker-option"
          onMouseDown={(e) => e.preventDefault()} // keep focus in the input
          onMouseMove={() => setActive(i)}
          onClick={() => pick(o)}
        >
          {render ? render(o) : textOf(o)}
        </li>
      ),
    };
  });
  const grouped: Array<{ group: string | undefined; nodes: ReactNode[] }> = [];
  for (const it of items) {
    const last = grouped[grouped.length - 1];
    if (last && last.group === it.group) last.nodes.push(it.node);
    else grouped.push({ group: it.group, nodes: [it.node] });
  }

  let status: { kind: 'info' | 'error'; text: string } | null = null;
  if (state.kind === 'loading') status = { kind: 'info', text: 'Searching…' };
  else if (state.kind === 'error') status = { kind: 'error', text: state.message };
  else if (state.kind === 'done' && options.length === 0) status = { kind: 'info', text: props.emptyText };
  else if (state.kind === 'idle' && props.hintText) status = { kind: 'info', text: props.hintText };
  return (
    <div className="ss-picker" data-testid={props.testId ?? id}>
      <input
        id={id}
        className="ss-picker-input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-label={props.ariaLabel}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        placeholder={props.placeholder}
        value={text ?? props.selectedText ?? ''}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          if (!props.clearOnPick) setText(null);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (showList || status) && (
        <div className="ss-picker-popup" data-testid={`${props.testId ?? id}-popup`} onMouseDown={(e) => e.preventDefault()}>
          <ul id={listId} role="listbox" aria-label={props.ariaLabel ?? 'Suggestions'} className="ss-picker-listbox" hidden={!showList}>
            {grouped.map((g, gi) =>
              g.group === undefined ? (
                g.nodes
              ) : (
                <li key={`g${gi}`} role="presentation" className="ss-picker-group">
                  <div className="ss-picker-group-label" id={`${listId}-g${gi}`} aria-hidden="true">
                    {g.group}
                  </div>
                  <ul role="group" aria-labelledby={`${listId}-g${gi}`}>
                    {g.nodes}
                  </ul>
                </li>
              ),
            )}
          </ul>
          {!showList && status && (
            <div className="ss-picker-status" data-kind={status.kind} role={status.kind === 'error' ? 'alert' : 'status'} data-testid={`${props.testId ?? id}-status`}>
              {status.text}
            </div>
          )}
          {showList && state.kind === 'done' && state.more && <div className="ss-picker-status">More match: type more of the name.</div>}
        </div>
      )}
    </div>
  );
}

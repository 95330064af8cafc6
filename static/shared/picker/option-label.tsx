import { Avatar } from './avatar';

/** A project's or space's option: square avatar, name, key. */
export function KeyedOptionLabel({ name, optionKey, avatarUrl }: { name: string; optionKey: string; avatarUrl: string | null }) {
  return (
    <>
      <Avatar name={optionKey} url={avatarUrl} shape="square" />
      <span>{name}</span>
      <span className="ss-picker-secondary">{optionKey}</span>
    </>
  );
}

import './pin-button.css';
import { addPin, pinKey, removePin, saveWorkingSet, useWorkingSet, type PinnedItem } from './working-set.ts';

/** Pins an article, a finding or a provision to the working set (/pinned), or unpins it. */
export function PinButton({ item }: { item: PinnedItem }) {
  const set = useWorkingSet();
  const key = pinKey(item);
  const pinned = set.some((p) => pinKey(p) === key);
  return (
    <button
      type="button"
      className={`pin-button${pinned ? ' pinned' : ''}`}
      onClick={() => saveWorkingSet(pinned ? removePin(set, key) : addPin(set, item))}
    >
      <span aria-hidden="true">{pinned ? '★' : '☆'}</span> {pinned ? 'Pinned to working set' : 'Pin to working set'}
    </button>
  );
}

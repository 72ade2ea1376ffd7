// Only `contenteditable` and `role` make an element an editor: a change of any other attribute
// the page watcher follows (`hidden`, `open`) is no change of editability, whatever its values.
import { describe, expect, it } from 'vitest';
import { changesEditability } from '@/src/page/skip-rules';

describe('attributes that do not make an editor', () => {
  it.each<[string, string | null, string | null]>([
    ['hidden', null, 'textbox'],
    ['hidden', 'searchbox', null],
    ['open', null, ''],
    ['class', 'textbox', 'plain'],
  ])('a change of %s from %j to %j', (name, oldValue, value) => {
    expect(changesEditability(name, oldValue, value)).toBe(false);
  });

  it('while the same values under role do', () => {
    expect(changesEditability('role', null, 'textbox')).toBe(true);
  });
});

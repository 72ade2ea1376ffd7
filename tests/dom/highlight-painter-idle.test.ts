// A painter that has painted nothing has nothing to restore: its checks report no change, so
// the timer that runs them has nothing to tell.
import { describe, expect, it } from 'vitest';
import { painterWithText } from './fake-highlights';

describe('a painter with nothing painted', () => {
  it('reports no change from its registry checks and repairs', () => {
    const { api, painter } = painterWithText();
    painter.show();
    expect(painter.ensureRegistered()).toBe(false);
    expect(painter.repair()).toBe(false);
    painter.hide();
    expect(painter.repair()).toBe(false);
    expect([...api.registry.keys()]).toEqual([]);
  });
});

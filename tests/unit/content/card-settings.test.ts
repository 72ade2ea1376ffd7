import { describe, expect, it, vi } from 'vitest';
import { applyCardAction, type CardSettingsChange } from '@/src/content/card-settings';
import { createMemorySettingsStore } from '../../dom/fakes/memory-settings-store';

describe("the card's settings actions", () => {
  it.each([
    [
      'turns a site off',
      { kind: 'site-off', site: 'example.com' },
      { disabledSites: ['other.org', 'example.com'], hiddenEntities: ['almaty'] },
    ],
    [
      'hides an entity on every site',
      { kind: 'entity-hidden', entityId: 'tokayev' },
      { disabledSites: ['other.org'], hiddenEntities: ['almaty', 'tokayev'] },
    ],
  ] as const)('%s and reports the change', async (_what, change, stored) => {
    const store = createMemorySettingsStore({
      disabledSites: ['other.org'],
      hiddenEntities: ['almaty'],
    });
    expect(await applyCardAction(store, change)).toEqual(change);
    expect(store.current()).toMatchObject(stored);
  });

  it.each<[string, CardSettingsChange]>([
    ['the site is already off', { kind: 'site-off', site: 'other.org' }],
    ['the entity is already hidden', { kind: 'entity-hidden', entityId: 'almaty' }],
  ])('reports nothing when %s', async (_what, change) => {
    const store = createMemorySettingsStore({
      disabledSites: ['other.org'],
      hiddenEntities: ['almaty'],
    });
    expect(await applyCardAction(store, change)).toBeNull();
    expect(store.update).not.toHaveBeenCalled();
    expect(store.setSiteEnabled).not.toHaveBeenCalled();
  });

  it('says the change failed, and throws nothing, when storage refuses the write', async () => {
    const store = createMemorySettingsStore();
    store.failWrites('QUOTA_BYTES_PER_ITEM quota exceeded');
    const site = { kind: 'site-off', site: 'a.com' } as const;
    await expect(applyCardAction(store, site)).resolves.toEqual({ kind: 'failed', change: site });
    const hide = { kind: 'entity-hidden', entityId: 'tokayev' } as const;
    await expect(applyCardAction(store, hide)).resolves.toEqual({ kind: 'failed', change: hide });
    expect(store.current().disabledSites).toEqual([]);
  });

  it('notes a site that storage.sync refused and storage.local kept', async () => {
    const store = createMemorySettingsStore();
    vi.mocked(store.deviceOnlySites).mockResolvedValue(['a.com']);
    await expect(applyCardAction(store, { kind: 'site-off', site: 'a.com' })).resolves.toEqual({
      kind: 'site-off',
      site: 'a.com',
      deviceOnly: true,
    });
  });
});

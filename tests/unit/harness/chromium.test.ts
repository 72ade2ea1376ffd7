import { describe, expect, it } from 'vitest';
import { findChromium } from '../../harness/chromium';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({
      path: process.execPath,
      source: 'CHROMIUM_PATH',
    });
  });

  it('reports nothing when CHROMIUM_PATH names a missing file', () => {
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeUndefined();
  });
});

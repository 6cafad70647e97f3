import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../src/config.ts';
import { seededService } from './helpers.ts';

describe('settings from the environment', () => {
  it('masks unexpected errors unless CLAIMLINE_DEV is set', () => {
    expect(settingsFromEnv({}).maskErrors).toBeUndefined();
    expect(settingsFromEnv({ CLAIMLINE_DEV: '1' }).maskErrors).toBe(false);
    expect(() => settingsFromEnv({ CLAIMLINE_DEV: 'yes' })).toThrow(/CLAIMLINE_DEV must be 1 or 0/);
  });

  it('shows an unexpected error’s message in dev, and hides it otherwise', async () => {
    for (const [settings, shown] of [
      [{}, false],
      [settingsFromEnv({ CLAIMLINE_DEV: '1' }), true],
    ] as const) {
      const service = seededService({ maskErrors: undefined, ...settings });
      service.database.close();
      const { errors } = await service.query('{ timeline { totalCount } }');
      expect(errors?.[0]?.message === 'Unexpected error.').toBe(!shown);
    }
  });
});

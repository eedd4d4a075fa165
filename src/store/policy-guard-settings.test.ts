import { describe, expect, it } from 'vitest';
import { NO_POLICY, readManagedPolicy } from './managed-policy';
import { enforcePolicyOnGuardSettings } from './policy-guard-settings';

const settings = {
  mode: 'links-and-findings' as const,
  sites: { facebook: { enabled: true }, tiktok: { enabled: true }, zalo: { enabled: false } },
  badge: true,
};

describe('policy over the guard settings', () => {
  it('lays the mode and per-site values over the person’s, keeping the rest', () => {
    const policy = readManagedPolicy({
      mode: 'always',
      sites: { zalo: { enabled: true, mode: 'findings-only' }, myspace: { enabled: true } },
    });
    expect(enforcePolicyOnGuardSettings(settings, policy)).toEqual({
      mode: 'always',
      sites: {
        facebook: { enabled: true },
        tiktok: { enabled: true },
        zalo: { enabled: true, mode: 'findings-only' },
      },
      badge: true,
    });
  });

  it('sets Messenger’s mode like any site’s (sites.messenger)', () => {
    const withMessenger = {
      ...settings,
      sites: { ...settings.sites, messenger: { enabled: true, mode: 'findings-only' as const } },
    };
    const policy = readManagedPolicy({ sites: { messenger: { mode: 'always' } } });
    expect(policy.errors).toEqual([]);
    expect(enforcePolicyOnGuardSettings(withMessenger, policy)?.sites.messenger).toEqual({
      enabled: true,
      mode: 'always',
    });
  });

  it('changes nothing without a policy, or when the settings already agree', () => {
    expect(enforcePolicyOnGuardSettings(settings, NO_POLICY)).toBeNull();
    expect(
      enforcePolicyOnGuardSettings(settings, readManagedPolicy({ mode: 'links-and-findings' })),
    ).toBeNull();
  });
});

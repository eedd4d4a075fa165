import { describe, expect, it } from 'vitest';
import { appendToLog, readErrorReport } from './error-log-ring';

describe('error log', () => {
  it('keeps no number that could be someone’s, and starts again after a damaged log', () => {
    const log = appendToLog('garbage' as never, {
      at: 1,
      where: 'guard.press',
      message: 'no post for 0912345678',
    });
    expect(log).toEqual([{ at: 1, where: 'guard.press', message: 'no post for •••' }]);
  });

  it('takes a content script’s report with the host the browser names, nothing more', () => {
    const report = {
      type: 'wr-error-log',
      entry: { at: 5, where: 'sites.facebook', message: 'm', host: 'evil' },
    };
    expect(readErrorReport(report, 'www.facebook.com')).toEqual({
      at: 5,
      where: 'sites.facebook',
      message: 'm',
      host: 'www.facebook.com',
    });
    expect(readErrorReport({ type: 'wr-error-log', entry: { where: '<b>', message: 'm' } }, 'x')).toBeNull();
    expect(readErrorReport({ type: 'wr-journal' }, 'x')).toBeNull();
  });
});

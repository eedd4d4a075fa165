// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createAllowOnce } from './allow-once';

describe('allowOnce', () => {
  it('passes exactly one synthetic event of the granted type on the granted target, within its lifetime', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    const allow = createAllowOnce();
    const click = (target: Element) => {
      const event = new MouseEvent('click');
      Object.defineProperty(event, 'target', { value: target });
      return event;
    };
    allow.grant(a, 'click', 0);
    expect(allow.consume(click(b), 1)).toBe(false);
    expect(allow.consume(new KeyboardEvent('keydown'), 1)).toBe(false);
    expect(allow.consume(click(a), 1)).toBe(true);
    expect(allow.consume(click(a), 2)).toBe(false);
    allow.grant(a, 'click', 0);
    expect(allow.consume(click(a), 5000)).toBe(false);
  });
});

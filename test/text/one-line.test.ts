import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/text/messages';
import { MAX_ECHOED_LENGTH, oneLine } from '../../src/core/text/one-line';

describe('oneLine (every echoed value in a message)', () => {
  it('escapes line breaks, terminal controls and bidi overrides visibly', () => {
    expect(oneLine('a\nb\r\nc\rd\te')).toBe('a\\nb\\r\\nc\\rd\\te');
    expect(oneLine('\u001b[31mred\u0007')).toBe('\\u001b[31mred\\u0007');
    expect(oneLine('x\u2028y\u202ez\u2066')).toBe('x\\u2028y\\u202ez\\u2066');
    expect(oneLine('Pelayanan ramah — terima kasih')).toBe('Pelayanan ramah — terima kasih');
  });

  it('cuts a long value with an ellipsis, never inside a surrogate pair', () => {
    const cut = oneLine('x'.repeat(MAX_ECHOED_LENGTH - 1) + '😀'.repeat(10));
    expect(cut.endsWith('x…')).toBe(true);
    expect(oneLine('y'.repeat(10_000))).toHaveLength(MAX_ECHOED_LENGTH + 1);
  });

  it('is applied by t() to every string parameter: a message is one line', () => {
    const message = t('schema.enum', { where: 'a\nb', value: 'line1\nline2\n'.repeat(1000), values: 'x', hint: '' });
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.length).toBeLessThan(2 * MAX_ECHOED_LENGTH);
  });
});

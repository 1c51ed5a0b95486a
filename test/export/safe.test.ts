/** Text shown to people: control characters and bidirectional overrides never reach a terminal as they are. */
import { oneLine, withoutControls } from '../../src/export/safe.js';

test('control characters and escape sequences are shown as �; line breaks and tabs become spaces on one line', () => {
  expect(oneLine('a\u001b[31mb\u0007c\r\nd\te\u2028f\u009bg')).toBe('a�[31mb�c d e f�g');
  expect(withoutControls('a\nb\u0000c')).toBe('a\nb�c');
});

test('bidirectional overrides and isolates (text that displays other than it is) are shown as �', () => {
  expect(oneLine('省科技厅\u202e2.1.1\u202c')).toBe('省科技厅�2.1.1�');
  expect(withoutControls('\u2066x\u2069')).toBe('�x�');
});

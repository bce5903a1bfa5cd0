// A step's answers that are not objects at all get a field error, not a TypeError.
import { validateAnswers } from '../../src/core/answers';

test('null, a number or a string as an answer is an invalid answer at its position', () => {
  expect(validateAnswers([null, 5, 'x'])).toEqual([
    { id: '0', field: 'answer', code: 'invalid' },
    { id: '1', field: 'answer', code: 'invalid' },
    { id: '2', field: 'answer', code: 'invalid' },
  ]);
});

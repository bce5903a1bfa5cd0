import { suggestCriteria } from '../../src/core/suggest';
import { AS_OF, HEADERS, parse, syntheticRows } from './suggestData';
test('scratch', () => {
  for (const outcome of ['retention', 'clv'] as const) {
    const r = suggestCriteria({ headers: HEADERS, accounts: parse(syntheticRows(400, 1, true)), asOf: AS_OF }, { outcome });
    console.log(outcome, r.status, r.tested, r.leaks, r.suggestions.map((s) => `${s.attribute} ${s.rule} ${s.value} w=${s.weight} ratio=${s.ratio.toFixed(2)} str=${s.strength.toFixed(2)} n=${s.inside.customers}`).join('\n'));
  }
});

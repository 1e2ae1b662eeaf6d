// The `flavor` input (docker/metadata-action's syntax): `latest=auto|true|false`, `prefix=` and
// `suffix=` for every tag whose rule sets none (a matrix variant such as `-large-v3-zh`), each
// optionally followed by `onlatest=true` to also decorate the `latest` tag.
import { InputError } from '../action-io/inputs.js';
import { checkExpressions } from './expressions.js';
import { splitFields } from './fields.js';

export type LatestMode = 'auto' | 'true' | 'false';

export interface Flavor {
  latest: LatestMode;
  prefix: string;
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

const KEYS = ['latest', 'prefix', 'suffix', 'onlatest'];
const LATEST: LatestMode[] = ['auto', 'true', 'false'];

export function parseFlavor(text: string): Flavor {
  const flavor: Flavor = { latest: 'auto', prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  for (const line of lines) {
    const fail = (problem: string): never => {
      throw new InputError('flavor', `"${line}" ${problem}`);
    };
    const fields = splitFields(line);
    if (typeof fields === 'string') fail(fields);
    // `onlatest=` applies to the prefix or suffix written just before it on the same line.
    let last: 'prefix' | 'suffix' | undefined;
    for (const { key, value } of fields as Exclude<typeof fields, string>) {
      if (key === undefined) fail(`has "${value}" without a key (allowed: ${KEYS.join(', ')})`);
      switch (key) {
        case 'latest':
          if (!(LATEST as string[]).includes(value.toLowerCase())) {
            fail(`has latest=${value} (allowed: ${LATEST.join(', ')})`);
          }
          flavor.latest = value.toLowerCase() as LatestMode;
          break;
        case 'prefix':
        case 'suffix': {
          const problem = checkExpressions(value);
          if (problem) fail(problem);
          flavor[key] = value;
          last = key;
          break;
        }
        case 'onlatest': {
          const on = value.toLowerCase();
          if (on !== 'true' && on !== 'false') fail(`has onlatest=${value} (allowed: true, false)`);
          if (!last) fail('has onlatest= without a prefix= or suffix= before it');
          if (last === 'prefix') flavor.prefixLatest = on === 'true';
          else flavor.suffixLatest = on === 'true';
          break;
        }
        default:
          fail(`has an unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
      }
    }
  }
  return flavor;
}

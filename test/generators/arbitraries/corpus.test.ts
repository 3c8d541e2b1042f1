import { CORPUS } from './schema-corpus';
import { describeSchemaProperties } from './schema-properties';

describe('generators/arbitraries: shared properties over the schema corpus', () => {
  for (const entry of CORPUS) describeSchemaProperties(entry);
});

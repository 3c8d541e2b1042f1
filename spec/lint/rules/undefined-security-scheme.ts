/** A security requirement that names a scheme components.securitySchemes does not define cannot be satisfied. */
import type { OpenAPIV3 } from 'openapi-types';
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { operationsOf } from '../walk';

/** undefined-security-scheme */
export const undefinedSecurityScheme: LintRule = {
  name: 'undefined-security-scheme',
  severity: 'error',
  description: 'a security requirement names a scheme that components.securitySchemes does not define',
  check({ document }) {
    const defined = Object.keys(document.components?.securitySchemes ?? {});
    const hits: RuleHit[] = [];
    const inspect = (requirements: OpenAPIV3.SecurityRequirementObject[] | undefined, tokens: string[]): void => {
      (requirements ?? []).forEach((requirement, index) => {
        for (const scheme of Object.keys(requirement)) {
          if (defined.includes(scheme)) continue;
          hits.push({
            pointer: toPointer([...tokens, 'security', index, scheme]),
            message: `security scheme "${scheme}" is not defined in components.securitySchemes (defined: ${defined.join(', ') || 'none'})`,
          });
        }
      });
    };
    inspect(document.security, []);
    for (const site of operationsOf(document)) inspect(site.operation.security, ['paths', site.path, site.method]);
    return hits;
  },
};

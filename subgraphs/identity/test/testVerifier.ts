import type { RealNameVerifier } from '../src/index.js';

/** Name the test verifier reports as not matching the ID-card number. */
export const MISMATCHED_NAME = '查无此人';
/** Name for which the test verifier fails as an unreachable registry would. */
export const FAILING_NAME = '服务故障';

/**
 * Builds a verifier that behaves like the population registry for two
 * names: a MISMATCH for MISMATCHED_NAME and a thrown error for FAILING_NAME.
 * Every other subject is verified.
 */
export function createTestVerifier(): RealNameVerifier {
  return {
    name: 'test-registry',
    async verify(subject) {
      if (subject.name === MISMATCHED_NAME)
        return {
          verified: false,
          problem: 'MISMATCH',
          reason: 'the name does not match the ID-card number.',
        };
      if (subject.name === FAILING_NAME) throw new Error('registry timed out');
      return { verified: true };
    },
  };
}

import { expect } from 'vitest';
import { graphql, type viewerOf } from '../../../tests/support/harness.js';

/**
 * Polls exchangeJob until the background worker has finished or failed the
 * job, and returns the job with the fields in `selection`.
 */
export async function settledJob(
  url: string,
  id: string,
  viewer: ReturnType<typeof viewerOf>,
  selection = 'id status batchesDone rowsDone fileName log { level message batch }',
) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const result = await graphql(
      url,
      `query($id: ID!) { exchangeJob(id: $id) { ${selection} } }`,
      { id },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    const job = result.data!.exchangeJob;
    if (job.status === 'DONE' || job.status === 'FAILED') return job;
    if (Date.now() > deadline)
      throw new Error(`job ${id} still ${job.status} after 20 s`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

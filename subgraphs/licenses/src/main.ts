import { runAsMain } from '@ykb/common';
import { licensesSubgraph } from './index.js';

runAsMain(licensesSubgraph);

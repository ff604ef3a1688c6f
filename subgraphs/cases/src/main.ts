import { runAsMain } from '@ykb/common';
import { casesSubgraph } from './index.js';

runAsMain(casesSubgraph);

import { runAsMain } from '@ykb/common';
import { dataSubgraph } from './index.js';

runAsMain(dataSubgraph);

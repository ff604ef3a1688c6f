import { runAsMain } from '@ykb/common';
import { hallsSubgraph } from './index.js';

runAsMain(hallsSubgraph);

import { runAsMain } from '@ykb/common';
import { itemsSubgraph } from './index.js';

runAsMain(itemsSubgraph);

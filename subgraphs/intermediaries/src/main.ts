import { runAsMain } from '@ykb/common';
import { intermediariesSubgraph } from './index.js';

runAsMain(intermediariesSubgraph);

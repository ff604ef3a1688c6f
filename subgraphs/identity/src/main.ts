import { runAsMain } from '@ykb/common';
import { identitySubgraph } from './index.js';

runAsMain(identitySubgraph);

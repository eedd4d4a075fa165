// The guard on the zalo fixture (served at the real address): see support/guard-scenarios.ts.
import { defineGuardScenarios } from './support/guard-scenarios';

defineGuardScenarios('zalo');

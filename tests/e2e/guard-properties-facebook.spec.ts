// Property-based sessions on Facebook's composer and comment box: see support/guard-properties.ts.
import { defineGuardProperties } from './support/guard-properties';

defineGuardProperties(['facebook Create post', 'facebook comment']);

// Property-based sessions on the TikTok comment box and the Zalo chat: see support/guard-properties.ts.
import { defineGuardProperties } from './support/guard-properties';

defineGuardProperties(['tiktok comment', 'zalo chat']);

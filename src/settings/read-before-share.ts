import { storage } from 'wxt/utils/storage';

/**
 * "Read before you share" needs the optional `history` permission, asked for once with a reason: on the
 * options page, and from the dialog the first time a shared link would benefit. This flag records that the
 * dialog made its one offer (the person agreed or said no thanks), so it is never made again; the options
 * page can still switch it on or off at any time.
 */
export const historyOfferMade = storage.defineItem<boolean>('local:historyOfferMade', { fallback: false });

/** The permission request, exactly as `permissions.contains/request/remove` take it. */
export const HISTORY_PERMISSION = { permissions: ['history' as const] };

/** The options page section that explains and asks (`options.html#read-before-share`). */
export const READ_BEFORE_SHARE_SECTION = 'read-before-share';

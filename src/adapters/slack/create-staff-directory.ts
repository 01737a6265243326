import type { webApi } from '@slack/bolt';
import { LANGUAGES, type Language } from '../../core/language/languages.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SlackSettings } from './slack-settings.js';

/** Who may act on tasks, and in which language to talk to someone. */
export interface StaffDirectory {
  /** Member of the privacy channel or of the privacy user group. */
  isStaff(userId: string): Promise<boolean>;
  /** The person's Slack locale when it is one of the four languages, else the staff locale. */
  localeOf(userId: string): Promise<Language>;
}

export interface StaffDirectoryOptions {
  client: webApi.WebClient;
  settings: SlackSettings;
  logger: Logger;
  /** Milliseconds since the epoch; a parameter so tests can expire the caches. */
  now?: () => number;
  /** How long a membership list is trusted (ms): a person added to the channel can act this much later. */
  membersTtlMs?: number;
  localeTtlMs?: number;
}

const MAX_LOCALES = 5_000;

/** A value fetched at most once per `ttlMs`; on a failed refresh the last good value is kept. */
function cached<T>(ttlMs: number, now: () => number, fetch: () => Promise<T>) {
  let value: { at: number; data: T } | null = null;
  let pending: Promise<T> | null = null;
  return async (): Promise<T> => {
    if (value && now() - value.at < ttlMs) return value.data;
    pending ??= fetch()
      .then((data) => {
        value = { at: now(), data };
        return data;
      })
      .catch((error: unknown) => {
        if (value) return value.data;
        throw error;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

export function createStaffDirectory(opts: StaffDirectoryOptions): StaffDirectory {
  const { client, settings, logger } = opts;
  const now = opts.now ?? Date.now;
  const ttl = opts.membersTtlMs ?? 60_000;
  const channel = settings.privacyChannel;
  const usergroup = settings.privacyUsergroup;

  const channelMembers = cached(ttl, now, async () => {
    const members = new Set<string>();
    if (!channel) return members;
    let cursor: string | undefined;
    do {
      const page = await client.conversations.members({ channel, limit: 1000, ...(cursor && { cursor }) });
      for (const id of page.members ?? []) members.add(id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return members;
  });
  const groupMembers = cached(ttl, now, async () => {
    if (!usergroup) return new Set<string>();
    const result = await client.usergroups.users.list({ usergroup });
    return new Set(result.users ?? []);
  });

  const locales = new Map<string, { at: number; language: Language }>();
  const localeTtl = opts.localeTtlMs ?? 3_600_000;

  return {
    async isStaff(userId) {
      if (!channel && !usergroup) return false;
      try {
        const [inChannel, inGroup] = await Promise.all([channelMembers(), groupMembers()]);
        return inChannel.has(userId) || inGroup.has(userId);
      } catch (error) {
        // Fail closed: without the lists nobody is known to be staff.
        logger.warn({ err: error }, 'could not read the privacy channel or user group members');
        return false;
      }
    },
    async localeOf(userId) {
      const known = locales.get(userId);
      if (known && now() - known.at < localeTtl) return known.language;
      let language = known?.language ?? settings.staffLocale;
      try {
        const info = await client.users.info({ user: userId, include_locale: true });
        const code = info.user?.locale?.slice(0, 2).toLowerCase();
        language = LANGUAGES.find((l) => l === code) ?? settings.staffLocale;
      } catch (error) {
        logger.warn({ err: error }, 'could not read a user locale; using the staff locale');
        return language;
      }
      if (locales.size >= MAX_LOCALES) locales.delete(locales.keys().next().value as string);
      locales.set(userId, { at: now(), language });
      return language;
    },
  };
}

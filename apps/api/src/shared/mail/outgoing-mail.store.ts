import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock } from '@werkbrug/common';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a kept message says, for the administrator's page (the .eml file beside it is the message itself). */
export interface OutgoingMail {
  /** The file's name without extension: the time it was written, then a random part. */
  id: string;
  sentAt: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail written instead of sent (no SMTP_URL): `<dataDir>/mail/<time>-<random>.eml`, the MIME message
 * as it would have gone out, for any mail program, and a `.json` beside it with its to, subject and
 * plain text, which the administrator's page lists newest first. The names sort by time.
 */
@Injectable()
export class OutgoingMailStore {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get dir(): string {
    return this.config.mail.outgoingDir;
  }

  async keep(message: { to: string; subject: string; text: string }, raw: Buffer): Promise<string> {
    const at = this.clock.now();
    await mkdir(this.dir, { recursive: true });
    const id = `${at.toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}`;
    await writeFile(join(this.dir, `${id}.eml`), raw);
    const summary: OutgoingMail = {
      id,
      sentAt: at.toISOString(),
      to: message.to,
      subject: message.subject,
      text: message.text,
    };
    // Written whole under a temporary name first, so a listing never reads half a file.
    await writeFile(join(this.dir, `${id}.json.tmp`), JSON.stringify(summary));
    await rename(join(this.dir, `${id}.json.tmp`), join(this.dir, `${id}.json`));
    return id;
  }

  /** Newest first, `limit` from `offset`, plus whether more follow. */
  async list(page: { limit: number; offset: number }): Promise<{ items: OutgoingMail[]; more: boolean }> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const ids = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort()
      .reverse();
    const window = ids.slice(page.offset, page.offset + page.limit);
    const items = await Promise.all(
      window.map(async (id) => JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as OutgoingMail),
    );
    return { items, more: ids.length > page.offset + page.limit };
  }
}

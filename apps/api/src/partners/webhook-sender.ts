import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkbrug/common';

/** What came of one POST: the receiver's status, or why there was none. */
export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/**
 * One POST to a receiver, cut off after WEBHOOK_TIMEOUT_MS so a slow receiver holds no worker long.
 * A 2xx is delivered; anything else (a redirect included: the address is the one subscribed) is not.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async post(url: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Werkbrug-Webhooks/1', ...headers },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
      });
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { ok: false, statusCode: null, error: (cause ?? String(error)).slice(0, 500) };
    }
  }
}

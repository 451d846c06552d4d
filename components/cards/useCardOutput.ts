import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformProfile } from '@/lib/platforms/types';
import type { Story } from '@/lib/story/story';
import type { TabInfo } from '@/lib/tabs/active-tab';
import { useServices } from '../services';
import { blobToBase64, fileNameFor } from './card-canvas';
import { isolate } from '@/lib/text/scripts';
import { attachRequest } from '@/lib/messaging';

/** Where the last message belongs: beside the card's buttons or the Weibo set's. */
export type OutputPlace = 'card' | 'set';

export interface CardOutput {
  readonly status: string;
  readonly place: OutputPlace;
  /** Said beside the buttons when attaching cannot work from here. */
  readonly hint: string;
  readonly busy: boolean;
  copy(png: Promise<Blob>): Promise<void>;
  /** Saves each image as `<base name>.png` (or .jpg where a size limit made it JPEG). */
  download(blobs: readonly Blob[], baseNames: readonly string[], place?: OutputPlace): Promise<void>;
  /** Attaches through the site's own picture input; otherwise copies (one image) or says to download (a set). */
  attach(make: () => Promise<readonly Blob[]>, baseNames: readonly string[], place?: OutputPlace): Promise<void>;
}

/** Getting cards out of Homeward: Copy image, Download image, Attach to post, and what to say after each. */
export function useCardOutput({
  story,
  tab,
  profile,
}: {
  story: Story | undefined;
  tab: TabInfo | null;
  profile: PlatformProfile;
}): CardOutput {
  const { t } = useTranslation();
  const services = useServices();
  const [{ status, place }, setMessage] = useState<{ status: string; place: OutputPlace }>({ status: '', place: 'card' });
  const [busy, setBusy] = useState(false);
  const site = profile.id === 'other' ? t('cards.thisPage') : t(`sites.${profile.id}`);
  const say = (text: string, at: OutputPlace) => setMessage({ status: text, place: at });

  const copy = async (png: Promise<Blob>, after: string, at: OutputPlace) => {
    try {
      await services.copyImage(png);
      say(after, at);
      return true;
    } catch {
      say(t('cards.copyFailed'), at);
      return false;
    }
  };

  const download = async (blobs: readonly Blob[], baseNames: readonly string[], at: OutputPlace = 'card') => {
    const names = blobs.map((b, i) => fileNameFor(baseNames[i] ?? `homeward-${i + 1}`, b));
    for (const [i, blob] of blobs.entries()) {
      services.downloadFile(blob, names[i] ?? '');
      // One at a time: browsers drop downloads started in the same instant.
      if (i < blobs.length - 1) await new Promise((r) => setTimeout(r, 250));
    }
    // File names hold the child's name: isolated, so a right-to-left character in it stays inside it.
    const file = (name: string | undefined) => isolate(name ?? '');
    say(
      blobs.length === 1
        ? t('cards.downloaded', { file: file(names[0]) })
        : t('cards.downloadedAll', { count: blobs.length, first: file(names[0]), last: file(names[blobs.length - 1]) }),
      at,
    );
  };

  const attach = async (make: () => Promise<readonly Blob[]>, baseNames: readonly string[], at: OutputPlace = 'card') => {
    if (busy || !story) return;
    setBusy(true);
    say(t('cards.working'), at);
    const blobs = make();
    const first = () => blobs.then((b) => b[0] ?? Promise.reject(new Error('no image')));
    try {
      const many = baseNames.length > 1;
      const supported = tab !== null && profile.id !== 'other';
      const outcome = supported
        ? await services.sendToTab(
            tab.id,
            attachRequest({
              platform: profile.id,
              files: await Promise.all(
                (await blobs).map(async (b, i) => ({
                  name: fileNameFor(baseNames[i] ?? `homeward-${i + 1}`, b),
                  type: b.type === 'image/jpeg' ? ('image/jpeg' as const) : ('image/png' as const),
                  base64: await blobToBase64(b),
                })),
              ),
            }),
          )
        : ({ status: 'unreachable' } as const);
      if (outcome.status === 'attached' && outcome.seen) {
        say(many ? t('cards.attachedSet', { count: outcome.files, site }) : t('cards.attached', { site }), at);
      } else if (outcome.status === 'attached') {
        if (many) say(t('cards.attachedUnseenSet', { count: outcome.files, site }), at);
        else await copy(first(), t('cards.attachedUnseen', { site }), at);
      } else {
        // Why it did not work, and never "reload the page": a half-written post there would be lost.
        const reason =
          outcome.status === 'no-file-input'
            ? t('cards.reasonNoInput', { site })
            : outcome.status === 'failed'
              ? t('cards.reasonFailed', { site })
              : supported
                ? t('cards.reasonUnreachable', { site })
                : t('screens.reasonNotHere');
        if (many) say(t('cards.attachFallbackSet', { reason }), at);
        else if (!(await copy(first(), t('cards.attachFallback', { reason }), at))) say(t('cards.attachFallbackNoCopy', { reason }), at);
      }
    } catch {
      say(t('cards.noCanvas'), at);
    } finally {
      setBusy(false);
    }
  };

  const hint = !tab || profile.id === 'other' ? t('cards.attachHint', { site: t('cards.aSite') }) : '';
  return {
    status,
    place,
    hint,
    busy,
    copy: async (png) => void (await copy(png, t('cards.copied'), 'card')),
    download,
    attach,
  };
}

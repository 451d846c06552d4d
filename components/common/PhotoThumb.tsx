import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@/lib/story/story';
import type { Voice } from '@/lib/kinds';
import { voiceKeys } from '@/lib/i18n/voice';
import { useServices } from '../services';

/**
 * The photo's thumbnail (a small stored copy, never the full photo) as an object URL for an <img>; the URL is
 * revoked when the picture is no longer shown, so a closed view keeps nothing of it.
 */
function useThumbnailUrl(photoId: string): string | null {
  const { thumbnails } = useServices();
  const [shown, setShown] = useState<{ id: string; url: string } | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    thumbnails
      .get(photoId)
      .then((blob) => {
        if (!live || !blob) return;
        made = URL.createObjectURL(blob);
        setShown({ id: photoId, url: made });
      })
      .catch((error: unknown) => console.warn('Homeward: photo unreadable', error));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [thumbnails, photoId]);
  // Never the URL of the photo shown before (already revoked) while the next one loads.
  return shown && shown.id === photoId ? shown.url : null;
}

/** A stored photo as a small square picture; `alt` defaults to "Photo <index> of your child". */
export function PhotoThumb({ photo, index, alt, voice = 'family' }: { photo: PhotoRef; index: number; alt?: string; voice?: Voice }) {
  const { t } = useTranslation();
  const url = useThumbnailUrl(photo.id);
  const label = alt ?? t(voiceKeys(voice, 'photos.alt'), { index });
  return url ? (
    <img className="thumb" src={url} alt={label} width={photo.width} height={photo.height} />
  ) : (
    <span className="thumb placeholder" role="img" aria-label={label} />
  );
}

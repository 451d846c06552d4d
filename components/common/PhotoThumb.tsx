import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoRef } from '@/lib/story/story';
import { useServices } from '../services';

/** Reads a stored photo into an object URL for an <img>, and frees it when no longer shown. */
function usePhotoUrl(photo: PhotoRef): string | null {
  const { photos } = useServices();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let made: string | null = null;
    let live = true;
    photos
      .get(photo.id)
      .then((stored) => {
        if (!live || !stored) return;
        made = URL.createObjectURL(new Blob([stored.data], { type: stored.type }));
        setUrl(made);
      })
      .catch((error: unknown) => console.warn('Homeward: photo unreadable', error));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [photos, photo.id]);
  return url;
}

/** A stored photo as a small square picture; `alt` defaults to "Photo <index> of your child". */
export function PhotoThumb({ photo, index, alt }: { photo: PhotoRef; index: number; alt?: string }) {
  const { t } = useTranslation();
  const url = usePhotoUrl(photo);
  const label = alt ?? t('photos.alt', { index });
  return url ? (
    <img className="thumb" src={url} alt={label} width={photo.width} height={photo.height} />
  ) : (
    <span className="thumb placeholder" role="img" aria-label={label} />
  );
}

import { useEffect, useState } from 'react';
import { useServices } from '../services';
import { decodeStoredPhoto, type Bitmap } from './card-canvas';

/** One stored photo, decoded once for drawing and released when no longer shown. */
export function usePhotoBitmap(photoId: string | undefined): Bitmap | null {
  const { photos } = useServices();
  const [decoded, setDecoded] = useState<{ id: string; bitmap: ImageBitmap } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    let live = true;
    let bitmap: ImageBitmap | null = null;
    decodeStoredPhoto(photos, photoId)
      .then((b) => {
        bitmap = b;
        if (live && b) setDecoded({ id: photoId, bitmap: b });
        else b?.close();
      })
      .catch((error: unknown) => console.warn('Homeward: photo not drawable', error));
    return () => {
      live = false;
      bitmap?.close();
    };
  }, [photos, photoId]);
  return decoded && decoded.id === photoId ? decoded.bitmap : null;
}

import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LibraryState, LibraryStore } from '@/stores/library';
import type { PhotoStore } from '@/lib/storage/photo-store';
import type { AppLanguage } from '@/lib/i18n/languages';

/** What the views need from outside React, passed in once so tests can hand over fakes. */
export interface Services {
  library: LibraryStore;
  photos: PhotoStore;
  /** Saves the chosen language; the view switches i18next itself. */
  saveLanguage: (language: AppLanguage) => Promise<void>;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(useServices().library, selector);
}

/** A 宝贝回家 registration page's address: `…baobeihuijia.com/view.aspx?type=1|2&id=<number>`. */
export interface RegistrationAddress {
  /** 1: 家寻宝贝 (a family looking for a child); 2: 宝贝寻家 (a person looking for their family). */
  readonly type: 1 | 2;
  readonly id: string;
}

const HOSTS = new Set(['baobeihuijia.com', 'www.baobeihuijia.com']);

export function registrationAddress(url: string): RegistrationAddress | null {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(address.protocol) || !HOSTS.has(address.hostname.toLowerCase())) return null;
  if (address.pathname.toLowerCase() !== '/view.aspx') return null;
  const type = address.searchParams.get('type');
  const id = address.searchParams.get('id') ?? '';
  if ((type !== '1' && type !== '2') || !/^\d{1,12}$/.test(id)) return null;
  return { type: type === '1' ? 1 : 2, id };
}

/** Where a registration page shows its photo; null for any other page (no photo is read from it). */
export function registrationPhotoSelector(url: string): string | null {
  return registrationAddress(url) ? '#_table_1_photo img' : null;
}

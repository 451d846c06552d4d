/**
 * Keys that stored or imported data may use for answers, parts, drafts and card shapes.
 *
 * Data read from storage or a file is built into plain objects; a key like `__proto__` assigned to one
 * would replace its prototype, and `constructor` would read as Object's own function. So every key from
 * outside must look like the ids Homeward itself writes (`child.name`, `fullName`, `weibo:story`,
 * `poster:weibo-square`): it starts with a letter or digit, has no `/` (fields.ts joins paths with it),
 * and is none of the names objects already carry.
 */
const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._:@+-]{0,127}$/;
const RESERVED = new Set([
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
]);

export function isSafeKey(key: string): boolean {
  return SAFE_KEY.test(key) && !RESERVED.has(key);
}

/** The object's own value for `key`, never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

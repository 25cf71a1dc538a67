import { Finding } from '../findings';
import { Lang } from './common';
import { messageEn } from './en';
import { messageVi } from './vi';

export type { Lang } from './common';

export function message(f: Finding, lang: Lang): string {
  return lang === 'vi' ? messageVi(f) : messageEn(f);
}

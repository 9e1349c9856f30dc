import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Addresses in a language: getPathname({ href: '/claims', locale: 'bn' }) is /bn/claims. */
export const { getPathname } = createNavigation(routing);

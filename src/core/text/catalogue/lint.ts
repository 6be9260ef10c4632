import type { Catalogue } from './types';

export const lintMessages: Catalogue = {};

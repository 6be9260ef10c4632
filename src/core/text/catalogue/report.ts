import type { Catalogue } from './types';

export const reportMessages: Catalogue = {};

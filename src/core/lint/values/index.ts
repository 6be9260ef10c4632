/** The ordered table of value rules (see `value-rule.ts`). */
import { ageInvalid } from './age-invalid';
import { dateFormat } from './date-format';
import { profileValueUnknown } from './profile-value-unknown';
import { serviceUnknown } from './service-unknown';
import { timeUnknown } from './time-unknown';
import type { ValueRule } from './value-rule';

export const VALUE_RULES: readonly ValueRule[] = [dateFormat, timeUnknown, serviceUnknown, profileValueUnknown, ageInvalid];

/**
 * The French words of the reporting pages: the domain's own labels (the same words its exports
 * and explanations use) and the badge colours of statuses and outcome classes.
 */
import type { components } from '../api/schema';
import { conventionTargetLabels } from '../../../../shared/domain/reporting/conventions/convention';
import { conventionStatusLabels } from '../../../../shared/domain/reporting/conventions/conventionStatus';
import { outcomeClassLabels } from '../../../../shared/domain/reporting/outcomes/outcomeClass';
import { outcomeKindLabels } from '../../../../shared/domain/reporting/outcomes/outcome';
import { sectorLabels } from '../../../../shared/domain/reference/sectors';

type Schemas = components['schemas'];
export type Indicators = Schemas['Indicators'];
export type IndicatorRow = Schemas['IndicatorRow'];
export type FunnelStep = Indicators['funnel'][number];
export type Convention = Schemas['Convention'];
export type ConventionWithProgress = Schemas['ConventionWithProgress'];
export type ConventionStatus = Schemas['ConventionStatus'];
export type ConventionTargetKind = Convention['targets'][number]['kind'];
export type NewConvention = Schemas['NewConvention'];
export type Sector = NonNullable<Convention['sector']>;

export { conventionStatusLabels, conventionTargetLabels, outcomeClassLabels, outcomeKindLabels, sectorLabels };

type Severity = 'success' | 'info' | 'warning' | 'error' | 'new' | undefined;

export const conventionStatusSeverity: Record<ConventionStatus, Severity> = {
  not_started: undefined,
  on_track: 'info',
  behind: 'warning',
  met: 'success',
  missed: 'error',
  unmeasured: undefined,
};

export const outcomeClassSeverity: Record<keyof typeof outcomeClassLabels, Severity> = {
  lasting_employment: 'success',
  transitional_employment: 'success',
  positive_exit: 'info',
  other_exit: 'warning',
  no_solution: 'error',
};

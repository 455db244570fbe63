import type { EvalProfile } from './evalSet';
import { constructionProfiles } from './profiles/constructionProfiles';
import { digitalProfiles } from './profiles/digitalProfiles';
import { industryProfiles } from './profiles/industryProfiles';
import { servicesProfiles } from './profiles/servicesProfiles';
import { transportProfiles } from './profiles/transportProfiles';

export const evalProfiles: EvalProfile[] = [
  ...industryProfiles,
  ...constructionProfiles,
  ...transportProfiles,
  ...digitalProfiles,
  ...servicesProfiles,
];

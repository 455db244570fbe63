import type { Actor } from '../../accounts/session';
import { employerViewsOf } from '../employerViewsOf';
import { matchNotFound } from '../matchNotFound';
import { adviserView, type MatchView } from '../matchView';
import { canSee } from '../matchVisibility';
import type { PipelineDeps } from '../pipelineDeps';

/** A match with its whole history: advisers see everything, employers their view of the person. */
export class GetMatch {
  constructor(private readonly deps: Pick<PipelineDeps, 'matches' | 'candidates'>) {}

  async execute(input: { actor: Actor; matchId: string }): Promise<MatchView> {
    const match = await this.deps.matches.findById(input.matchId);
    if (!match || !canSee(input.actor, match)) throw matchNotFound();
    if (input.actor.role === 'adviser') return adviserView(match);
    const [view] = await employerViewsOf([match], this.deps.candidates);
    if (!view) throw matchNotFound();
    return view;
  }
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import type { RecruitmentEvent } from './sharedLabels';

type Schemas = components['schemas'];
export type NewRecruitmentEvent = Schemas['NewRecruitmentEvent'];
export type RecruitmentEventChanges = Schemas['RecruitmentEventChanges'];
export type EventStatusChange = Schemas['RecruitmentEventStatusChange']['status'];
export type Invitees = Schemas['EventInvitees'];
export type Invitee = Invitees['items'][number];
export type Attendance = Schemas['EventAttendance'];
export type Attendee = Attendance['items'][number];
export type WalkIn = Schemas['EventWalkIn'];
export type EventFiguresView = Schemas['RecruitmentEventFigures'];
export type Campaign = Schemas['RecruitmentCampaign'];
export type NewCampaign = Schemas['NewRecruitmentCampaign'];
export type CampaignFigures = Schemas['RecruitmentCampaignFigures'];
export type SearchedOffer = Schemas['OfferSearchResult']['items'][number]['offer'];

const keys = {
  events: ['recruitment-events'] as const,
  list: (upcoming: boolean) => ['recruitment-events', 'list', upcoming] as const,
  event: (id: string) => ['recruitment-events', id] as const,
  invitees: (id: string) => ['recruitment-events', id, 'invitees'] as const,
  attendance: (id: string) => ['recruitment-events', id, 'attendance'] as const,
  figures: (id: string) => ['recruitment-events', id, 'figures'] as const,
  campaigns: ['recruitment-campaigns'] as const,
  employers: ['territory', 'employers'] as const,
  campaignFigures: (id: string) => ['recruitment-campaigns', id, 'figures'] as const,
};

export function useEvents(upcoming: boolean) {
  return useQuery({
    queryKey: keys.list(upcoming),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/recruitment-events', { params: { query: { upcoming: upcoming ? 'true' : 'false' } } }),
        )
      ).items,
    placeholderData: keepPreviousData,
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: keys.event(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-events/{id}', { params: { path: { id } } })),
  });
}

function useEventMutation<Input>(mutationFn: (input: Input) => Promise<RecruitmentEvent>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (event) => {
      queryClient.setQueryData(keys.event(event.id), event);
      void queryClient.invalidateQueries({ queryKey: keys.events });
    },
  });
}

export function useCreateEvent() {
  return useEventMutation((body: NewRecruitmentEvent) => unwrap(api.POST('/api/v1/recruitment-events', { body })));
}

export function useUpdateEvent(id: string) {
  return useEventMutation((body: RecruitmentEventChanges) =>
    unwrap(api.PATCH('/api/v1/recruitment-events/{id}', { params: { path: { id } }, body })),
  );
}

/** Publish, mark held, close or cancel: the lists, the invitees and the figures change with it. */
export function useChangeEventStatus(id: string) {
  return useEventMutation((status: EventStatusChange) =>
    unwrap(api.POST('/api/v1/recruitment-events/{id}/status', { params: { path: { id } }, body: { status } })),
  );
}

export function useInvitees(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.invitees(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-events/{id}/invitees', { params: { path: { id } } })),
    enabled,
  });
}

export function useInvite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (candidateIds: string[]) =>
      unwrap(
        api.POST('/api/v1/recruitment-events/{id}/invitations', { params: { path: { id } }, body: { candidateIds } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.invitees(id) });
      void queryClient.invalidateQueries({ queryKey: keys.figures(id) });
      void queryClient.invalidateQueries({ queryKey: keys.attendance(id) });
    },
  });
}

export function useAttendance(id: string) {
  return useQuery({
    queryKey: keys.attendance(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-events/{id}/attendance', { params: { path: { id } } })),
  });
}

/** Checking in and adding a walk-in both answer with the whole list: it replaces the cached one. */
function useAttendanceMutation<Input>(id: string, mutationFn: (input: Input) => Promise<Attendance>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (attendance) => {
      queryClient.setQueryData(keys.attendance(id), attendance);
      void queryClient.invalidateQueries({ queryKey: keys.figures(id) });
      void queryClient.invalidateQueries({ queryKey: keys.event(id) });
    },
  });
}

export function useCheckIn(id: string) {
  return useAttendanceMutation(id, ({ invitationId, present }: { invitationId: string; present: boolean }) =>
    unwrap(
      api.POST('/api/v1/recruitment-events/{id}/attendance/{invitationId}', {
        params: { path: { id, invitationId } },
        body: { present },
      }),
    ),
  );
}

export function useAddWalkIn(id: string) {
  return useAttendanceMutation(id, (body: WalkIn) =>
    unwrap(api.POST('/api/v1/recruitment-events/{id}/walk-ins', { params: { path: { id } }, body })),
  );
}

export function useEventFigures(id: string) {
  return useQuery({
    queryKey: keys.figures(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-events/{id}/figures', { params: { path: { id } } })),
  });
}

/** The territory's employers (id and name): who an organiser may ask to an event. */
export function useTerritoryEmployers() {
  return useQuery({
    queryKey: keys.employers,
    queryFn: async () => (await unwrap(api.GET('/api/v1/territory/employers'))).items,
    staleTime: 5 * 60_000,
  });
}

export function useCampaigns(enabled = true) {
  return useQuery({
    queryKey: keys.campaigns,
    queryFn: async () => (await unwrap(api.GET('/api/v1/recruitment-campaigns'))).items,
    enabled,
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCampaign) => unwrap(api.POST('/api/v1/recruitment-campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.campaigns }),
  });
}

export function useCampaignFigures(id: string) {
  return useQuery({
    queryKey: keys.campaignFigures(id),
    queryFn: () => unwrap(api.GET('/api/v1/recruitment-campaigns/{id}/figures', { params: { path: { id } } })),
  });
}

/**
 * Published offers by words, for an adviser choosing the employers of an event: the API lets an
 * adviser list no organisation, so an employer is found through its offers (their organizationId).
 */
export function useEmployerOffers(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['offers', 'search', 'event-employers', q],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/offers/search', { params: { query: { q, limit: 10 } } }))).items.map(
        (item) => item.offer,
      ),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** The organisation's people by name, for a walk-in who is one of them. */
export function usePeopleByName(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['candidates', 'caseload', 'walk-in', q],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/candidates/caseload', { params: { query: { scope: 'organization', q, limit: 8 } } }),
        )
      ).items.map((item) => item.candidate),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** An offer's title, for an event's offers the form knows by id only (an adviser reads published offers). */
export function useOfferTitle(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['offers', id],
    queryFn: () => unwrap(api.GET('/api/v1/offers/{id}', { params: { path: { id } } })),
    select: (offer) => offer.title,
    enabled,
    staleTime: 5 * 60_000,
  });
}

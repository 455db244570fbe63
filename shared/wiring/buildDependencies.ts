import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import type { DestinationStream, Logger } from 'pino';
import type { Config } from '../config/env';
import { CreateOrganization } from '../domain/accounts/useCases/createOrganization';
import { CreateUser } from '../domain/accounts/useCases/createUser';
import { DeactivateUser } from '../domain/accounts/useCases/deactivateUser';
import { ReactivateUser } from '../domain/accounts/useCases/reactivateUser';
import { EnsureFirstAdmin } from '../domain/accounts/useCases/ensureFirstAdmin';
import { GetCurrentUser } from '../domain/accounts/useCases/getCurrentUser';
import { ListOrganizations } from '../domain/accounts/useCases/listOrganizations';
import { ListUsers } from '../domain/accounts/useCases/listUsers';
import { Login } from '../domain/accounts/useCases/login';
import { ChangePassword } from '../domain/accounts/useCases/changePassword';
import type { AcceptInvitation, GetInvitation } from '../domain/accounts/useCases/acceptInvitation';
import type { InviteUser } from '../domain/accounts/useCases/inviteUser';
import type { RequestPasswordReset, ResetPassword } from '../domain/accounts/useCases/resetPassword';
import { buildAccountLinks } from './buildAccountLinks';
import { buildRecruitmentEvents, type RecruitmentEventUseCases } from './buildRecruitmentEvents';
import { Logout } from '../domain/accounts/useCases/logout';
import { PurgeExpiredRefreshTokens } from '../domain/accounts/useCases/purgeExpiredRefreshTokens';
import { RefreshSession } from '../domain/accounts/useCases/refreshSession';
import { SuggestCommunes } from '../domain/geography/useCases/suggestCommunes';
import { IndexAppellations } from '../domain/reference/useCases/indexAppellations';
import { SuggestAppellations } from '../domain/reference/useCases/suggestAppellations';
import { AddBarrier } from '../domain/candidates/useCases/addBarrier';
import { ListBarriers } from '../domain/candidates/useCases/listBarriers';
import { RemoveBarrier } from '../domain/candidates/useCases/removeBarrier';
import { UpdateBarrier } from '../domain/candidates/useCases/updateBarrier';
import { CreateCandidate } from '../domain/candidates/useCases/createCandidate';
import { ImportCandidate } from '../domain/candidates/useCases/importCandidate';
import { ActAsUser } from '../domain/accounts/useCases/actAsUser';
import { EraseCandidate } from '../domain/candidates/useCases/eraseCandidate';
import { ExportCandidate } from '../domain/candidates/useCases/exportCandidate';
import { GetCandidate } from '../domain/candidates/useCases/getCandidate';
import { ListCandidates } from '../domain/candidates/useCases/listCandidates';
import { ListCaseload } from '../domain/candidates/useCases/listCaseload';
import { UpdateCandidate } from '../domain/candidates/useCases/updateCandidate';
import { CloseOffer } from '../domain/offers/useCases/closeOffer';
import { CreateOffer } from '../domain/offers/useCases/createOffer';
import { DeleteOffer } from '../domain/offers/useCases/deleteOffer';
import { ExpireOffers } from '../domain/offers/useCases/expireOffers';
import { GetOffer } from '../domain/offers/useCases/getOffer';
import { ImportOffer } from '../domain/offers/useCases/importOffer';
import { ListOffers } from '../domain/offers/useCases/listOffers';
import { PublishOffer } from '../domain/offers/useCases/publishOffer';
import { UpdateOffer } from '../domain/offers/useCases/updateOffer';
import type { RomeCatalog } from '../domain/reference/rome';
import { RebuildSearchIndexes } from '../domain/search/useCases/rebuildSearchIndexes';
import { SearchCandidates } from '../domain/search/useCases/searchCandidates';
import { SearchOffers } from '../domain/search/useCases/searchOffers';
import { SweepSearchIndex } from '../domain/search/useCases/sweepSearchIndex';
import { SyncSearchDocument } from '../domain/search/useCases/syncSearchDocument';
import type { CandidateRepository } from '../ports/CandidateRepository';
import type { OfferRepository } from '../ports/OfferRepository';
import type { UserRepository } from '../ports/UserRepository';
import { MongoBarrierRepository } from '../adapters/mongo/MongoBarrierRepository';
import { MongoCandidateRepository } from '../adapters/mongo/MongoCandidateRepository';
import { MongoErasureStatistics } from '../adapters/mongo/MongoErasureStatistics';
import { MongoIndexLedger } from '../adapters/mongo/MongoIndexLedger';
import { MongoIndexRemovalRepository } from '../adapters/mongo/MongoIndexRemovalRepository';
import { MongoOfferRepository } from '../adapters/mongo/MongoOfferRepository';
import { BullmqIndexingQueue } from '../adapters/queue/bullmq/BullmqIndexingQueue';
import { BullmqMatchingQueue } from '../adapters/queue/bullmq/BullmqMatchingQueue';
import { MongoPipelinePairs } from '../adapters/mongo/MongoPipelinePairs';
import { MongoSuggestionRepository } from '../adapters/mongo/MongoSuggestionRepository';
import type { SuggestionRepository } from '../ports/SuggestionRepository';
import { BackfillSuggestions } from '../domain/matching/useCases/backfillSuggestions';
import { ComputeSuggestions } from '../domain/matching/useCases/computeSuggestions';
import { ExplainFit } from '../domain/matching/useCases/explainFit';
import { MongoConventionRepository } from '../adapters/mongo/MongoConventionRepository';
import { MongoReportingCounters } from '../adapters/mongo/MongoReportingCounters';
import { MongoReportingInbox } from '../adapters/mongo/MongoReportingInbox';
import { notifiedEventTypes } from '../domain/notifications/notificationRules';
import { parseQuietHours } from '../domain/notifications/quietHours';
import { countedEventTypes } from '../domain/reporting/reportingIncrements';
import { MongoReportingJournal } from '../adapters/mongo/MongoReportingJournal';
import { CounterConventionFigures } from '../domain/reporting/counterConventionFigures';
import { CreateConvention } from '../domain/reporting/conventions/useCases/createConvention';
import { GetConventionProgress } from '../domain/reporting/conventions/useCases/getConventionProgress';
import { ListConventions } from '../domain/reporting/conventions/useCases/listConventions';
import { UpdateConvention } from '../domain/reporting/conventions/useCases/updateConvention';
import { ListOutcomes } from '../domain/reporting/outcomes/useCases/listOutcomes';
import { RecordOutcome } from '../domain/reporting/outcomes/useCases/recordOutcome';
import { GetIndicators } from '../domain/reporting/useCases/getIndicators';
import { ProjectReportingEvents, RebuildReporting } from '../domain/reporting/useCases/projectReportingEvents';
import { GetCandidateSuggestions } from '../domain/matching/useCases/getCandidateSuggestions';
import { GetOfferSuggestions } from '../domain/matching/useCases/getOfferSuggestions';
import { RefreshSuggestions } from '../domain/matching/useCases/refreshSuggestions';
import { MongoDomainEvents } from '../adapters/mongo/MongoDomainEvents';
import { MongoDeliveryRepository } from '../adapters/mongo/MongoDeliveryRepository';
import { NodemailerEmailSender } from '../adapters/email/NodemailerEmailSender';
import { MongoInAppNotificationRepository } from '../adapters/mongo/MongoInAppNotificationRepository';
import { MongoDigestItemRepository } from '../adapters/mongo/MongoDigestItemRepository';
import { BullmqNotificationQueue } from '../adapters/queue/bullmq/BullmqNotificationQueue';
import { DispatchDomainEvents } from '../domain/notifications/useCases/dispatchDomainEvents';
import { ListNotifications } from '../domain/notifications/useCases/listNotifications';
import { MarkAllNotificationsRead } from '../domain/notifications/useCases/markAllNotificationsRead';
import { MarkNotificationRead } from '../domain/notifications/useCases/markNotificationRead';
import { SendDelivery } from '../domain/notifications/useCases/sendDelivery';
import { ScheduleDailyDigests } from '../domain/notifications/useCases/scheduleDailyDigests';
import { ListDeliveries } from '../domain/notifications/useCases/listDeliveries';
import { DeleteWebhook } from '../domain/notifications/useCases/deleteWebhook';
import { RecordSmsStatus } from '../domain/notifications/useCases/recordSmsStatus';
import { ListWebhooks } from '../domain/notifications/useCases/listWebhooks';
import { RegisterWebhook } from '../domain/notifications/useCases/registerWebhook';
import { MongoWebhookRepository } from '../adapters/mongo/MongoWebhookRepository';
import { UndiciWebhookSender } from '../adapters/webhook/UndiciWebhookSender';
import { HttpSmsSender } from '../adapters/sms/HttpSmsSender';
import { GetNotificationPreferences } from '../domain/notifications/useCases/getNotificationPreferences';
import { UpdateNotificationPreferences } from '../domain/notifications/useCases/updateNotificationPreferences';
import { MongoPreferenceRepository } from '../adapters/mongo/MongoPreferenceRepository';
import { MongoMatchRepository } from '../adapters/mongo/MongoMatchRepository';
import { CancelObsoleteMatches } from '../domain/pipeline/useCases/cancelObsoleteMatches';
import { GetMatch } from '../domain/pipeline/useCases/getMatch';
import { ListMatches } from '../domain/pipeline/useCases/listMatches';
import { RunPipelineTimeRules } from '../domain/pipeline/useCases/runPipelineTimeRules';
import { StartMatch } from '../domain/pipeline/useCases/startMatch';
import { TransitionMatch } from '../domain/pipeline/useCases/transitionMatch';
import type { AccessTokens } from '../ports/AccessTokens';
import type { Clock } from '../ports/Clock';
import type { HealthCheck } from '../ports/HealthCheck';
import type { ProcessLease } from '../ports/ProcessLease';
import type { SearchEngine } from '../ports/SearchEngine';
import { searchIndexDefinitions } from '../ports/searchIndexes/searchIndexDefinitions';
import type { SessionRevocations } from '../ports/SessionRevocations';
import { Argon2PasswordHasher } from '../adapters/auth/Argon2PasswordHasher';
import { CryptoOpaqueTokens } from '../adapters/auth/CryptoOpaqueTokens';
import { JwtAccessTokens } from '../adapters/auth/JwtAccessTokens';
import { createRedisClient, redisHealthCheck } from '../adapters/cache/createRedisClient';
import { RedisActionRateLimiter } from '../adapters/cache/RedisActionRateLimiter';
import { RedisProcessLease } from '../adapters/cache/RedisProcessLease';
import { RedisLoginAttemptLimiter } from '../adapters/cache/RedisLoginAttemptLimiter';
import { RedisSessionRevocations } from '../adapters/cache/RedisSessionRevocations';
import { createLogger } from '../adapters/logging/createLogger';
import { connectMongo, mongoHealthCheck } from '../adapters/mongo/connectMongo';
import { RedisIdLists } from '../adapters/cache/RedisIdLists';
import { RedisFieldMaps } from '../adapters/cache/RedisFieldMaps';
import { RedisRecordCopies } from '../adapters/cache/RedisRecordCopies';
import type { RecordCopies } from '../ports/RecordCopies';
import { RedisRecordLocks } from '../adapters/cache/RedisRecordLocks';
import type { InAppNotificationRepository } from '../ports/NotificationStores';
import type { MatchRepository } from '../ports/MatchRepository';
import { MongoOrganizationRepository } from '../adapters/mongo/MongoOrganizationRepository';
import { MongoRefreshTokenRepository } from '../adapters/mongo/MongoRefreshTokenRepository';
import { MongoUserRepository } from '../adapters/mongo/MongoUserRepository';
import { createQueue } from '../adapters/queue/bullmq/createQueue';
import { PackagedGazetteer } from '../adapters/reference/PackagedGazetteer';
import { lazyJobProximity, loadJobProximity } from '../adapters/reference/loadJobProximity';
import { loadRomeCatalog } from '../adapters/reference/loadRomeCatalog';
import { MongoEventInvitationRepository } from '../adapters/mongo/MongoEventInvitationRepository';
import { MongoOutcomeRepository } from '../adapters/mongo/MongoOutcomeRepository';
import { EmbeddedSearchEngine } from '../adapters/search/embedded/EmbeddedSearchEngine';
import { MeilisearchEngine } from '../adapters/search/meilisearch/MeilisearchEngine';
import { SystemClock } from '../adapters/SystemClock';

export interface Dependencies {
  config: Config;
  logger: Logger;
  clock: Clock;
  mongo: Connection;
  redis: Redis;
  searchEngine: SearchEngine;
  /** With the embedded engine, one API process holds the index of a database: this lease says which. */
  embeddedIndexLease: ProcessLease;
  accessTokens: AccessTokens;
  /** Checked with every access token (services/api/http/authenticate.ts). */
  sessionRevocations: SessionRevocations;
  queues: { scheduler: Queue; indexing: Queue; matching: Queue; notifications: Queue };
  /** Repositories that tests and tools read directly (the crash-recovery test writes without enqueueing). */
  repositories: {
    offers: OfferRepository;
    candidates: CandidateRepository;
    matches: MatchRepository;
    inApp: InAppNotificationRepository;
    users: UserRepository;
    suggestions: SuggestionRepository;
  };
  /** The copies beside the database that list pages read (a benchmark drops them for a cold start). */
  recordCopies: RecordCopies;
  healthChecks: HealthCheck[];
  useCases: RecruitmentEventUseCases & {
    login: Login;
    changePassword: ChangePassword;
    refreshSession: RefreshSession;
    logout: Logout;
    getCurrentUser: GetCurrentUser;
    createOrganization: CreateOrganization;
    listOrganizations: ListOrganizations;
    createUser: CreateUser;
    inviteUser: InviteUser;
    getInvitation: GetInvitation;
    acceptInvitation: AcceptInvitation;
    requestPasswordReset: RequestPasswordReset;
    resetPassword: ResetPassword;
    listUsers: ListUsers;
    deactivateUser: DeactivateUser;
    reactivateUser: ReactivateUser;
    ensureFirstAdmin: EnsureFirstAdmin;
    purgeExpiredRefreshTokens: PurgeExpiredRefreshTokens;
    indexAppellations: IndexAppellations;
    suggestAppellations: SuggestAppellations;
    suggestCommunes: SuggestCommunes;
    createOffer: CreateOffer;
    updateOffer: UpdateOffer;
    publishOffer: PublishOffer;
    closeOffer: CloseOffer;
    deleteOffer: DeleteOffer;
    getOffer: GetOffer;
    listOffers: ListOffers;
    expireOffers: ExpireOffers;
    searchOffers: SearchOffers;
    createCandidate: CreateCandidate;
    updateCandidate: UpdateCandidate;
    getCandidate: GetCandidate;
    listCandidates: ListCandidates;
    listCaseload: ListCaseload;
    eraseCandidate: EraseCandidate;
    exportCandidate: ExportCandidate;
    addBarrier: AddBarrier;
    listBarriers: ListBarriers;
    updateBarrier: UpdateBarrier;
    removeBarrier: RemoveBarrier;
    searchCandidates: SearchCandidates;
    syncSearchDocument: SyncSearchDocument;
    sweepSearchIndex: SweepSearchIndex;
    rebuildSearchIndexes: RebuildSearchIndexes;
    computeSuggestions: ComputeSuggestions;
    backfillSuggestions: BackfillSuggestions;
    getOfferSuggestions: GetOfferSuggestions;
    getCandidateSuggestions: GetCandidateSuggestions;
    explainFit: ExplainFit;
    recordOutcome: RecordOutcome;
    listOutcomes: ListOutcomes;
    getIndicators: GetIndicators;
    projectReportingEvents: ProjectReportingEvents;
    rebuildReporting: RebuildReporting;
    createConvention: CreateConvention;
    updateConvention: UpdateConvention;
    listConventions: ListConventions;
    getConventionProgress: GetConventionProgress;
    refreshSuggestions: RefreshSuggestions;
    startMatch: StartMatch;
    transitionMatch: TransitionMatch;
    getMatch: GetMatch;
    listMatches: ListMatches;
    cancelObsoleteMatches: CancelObsoleteMatches;
    runPipelineTimeRules: RunPipelineTimeRules;
    dispatchDomainEvents: DispatchDomainEvents;
    sendDelivery: SendDelivery;
    scheduleDailyDigests: ScheduleDailyDigests;
    listNotifications: ListNotifications;
    markNotificationRead: MarkNotificationRead;
    markAllNotificationsRead: MarkAllNotificationsRead;
    getNotificationPreferences: GetNotificationPreferences;
    updateNotificationPreferences: UpdateNotificationPreferences;
    listDeliveries: ListDeliveries;
    registerWebhook: RegisterWebhook;
    listWebhooks: ListWebhooks;
    deleteWebhook: DeleteWebhook;
    recordSmsStatus: RecordSmsStatus;
    importOffer: ImportOffer;
    importCandidate: ImportCandidate;
    actAsUser: ActAsUser;
  };
  /** Closes queues, then the search engine, Redis and the database, in that order. */
  close(): Promise<void>;
}

export interface BuildOptions {
  processName: string;
  /** Tests pass a controllable clock; everything else runs on the system clock. */
  clock?: Clock;
  /** Where logs go (stdout by default); tests read them to check what is, and is not, logged. */
  logDestination?: DestinationStream;
  /** Benchmarks and tests that watch the database commands sent (wholeCollectionReads.ts). */
  monitorCommands?: boolean;
  /**
   * The engine to use instead of the one the config names: the API's main thread reaches the
   * embedded index in its search thread, and that thread holds the index itself (workers/searchThread.ts).
   */
  searchEngine?: SearchEngine;
}

/** The composition root: every adapter is built here from the config, and nowhere else. */
export async function buildDependencies(config: Config, options: BuildOptions): Promise<Dependencies> {
  const logger = createLogger(config.LOG_LEVEL, options.processName, {
    ...(options.logDestination ? { destination: options.logDestination } : {}),
    pretty: config.NODE_ENV !== 'production' && process.stdout.isTTY,
  });
  const clock = options.clock ?? new SystemClock();
  const mongo = await connectMongo(config.MONGO_URL, config.MONGO_DB_NAME, options.monitorCommands);
  const redis = createRedisClient(config.REDIS_URL, 'command');
  const searchEngine: SearchEngine =
    options.searchEngine ??
    (config.SEARCH_ENGINE === 'meilisearch' && config.MEILI_URL
      ? new MeilisearchEngine({
          url: config.MEILI_URL,
          ...(config.MEILI_MASTER_KEY ? { apiKey: config.MEILI_MASTER_KEY } : {}),
          definitions: searchIndexDefinitions,
          indexPrefix: config.SEARCH_INDEX_PREFIX,
        })
      : new EmbeddedSearchEngine(searchIndexDefinitions));
  // Every process brings every index up to the code's definitions (a no-op when they are), so that
  // none depends on another having started first.
  for (const definition of searchIndexDefinitions) await searchEngine.ensureIndex(definition);

  const organizations = new MongoOrganizationRepository(mongo);
  const refreshTokens = new MongoRefreshTokenRepository(mongo);
  // What pages list and count, beside the database (IdLists.ts).
  const idLists = new RedisIdLists(redis, `${config.QUEUE_PREFIX}:lists:${config.MONGO_DB_NAME}`);
  const fieldMaps = new RedisFieldMaps(redis, `${config.QUEUE_PREFIX}:maps:${config.MONGO_DB_NAME}`);
  const users = new MongoUserRepository(mongo, idLists);
  const recordLocks = new RedisRecordLocks(redis, {
    keyPrefix: `${config.QUEUE_PREFIX}:${config.MONGO_DB_NAME}`,
    ttlMs: 10_000,
    waitMs: 5_000,
  });
  // The records list pages read many of by key, beside the database (RecordCopies.ts).
  const recordCopies = new RedisRecordCopies(redis, {
    keyPrefix: `${config.QUEUE_PREFIX}:copies:${config.MONGO_DB_NAME}`,
    ttlMs: 15 * 60_000,
  });
  const offers = new MongoOfferRepository(mongo, recordLocks, idLists, fieldMaps, recordCopies);
  const candidates = new MongoCandidateRepository(mongo, recordLocks, idLists, fieldMaps, recordCopies);
  const barriers = new MongoBarrierRepository(mongo);
  const indexRemovals = new MongoIndexRemovalRepository(mongo);
  const erasureStatistics = new MongoErasureStatistics(mongo);
  const indexLedger = new MongoIndexLedger(mongo);
  await Promise.all(
    [organizations, users, refreshTokens, offers, candidates, barriers, indexRemovals, indexLedger].map((repository) =>
      repository.ensureIndexes(),
    ),
  );
  // The ROME files are read on first use only (about 0.2 s), then kept.
  let romeCatalogLoaded: RomeCatalog | undefined;
  const romeCatalog = () => (romeCatalogLoaded ??= loadRomeCatalog());
  const jobs = lazyJobProximity(() => loadJobProximity(romeCatalog()));

  const gazetteer = new PackagedGazetteer();
  const passwordHasher = new Argon2PasswordHasher();
  const opaqueTokens = new CryptoOpaqueTokens();
  const accessTokens = new JwtAccessTokens({
    secret: config.JWT_SECRET,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
  const loginAttempts = new RedisLoginAttemptLimiter(redis, {
    maxFailuresPerAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    maxAttemptsPerIp: config.LOGIN_MAX_ATTEMPTS_PER_IP,
    windowSeconds: config.LOGIN_RATE_WINDOW_SECONDS,
    keyPrefix: config.QUEUE_PREFIX,
  });
  const sessionRevocations = new RedisSessionRevocations(redis, {
    keyPrefix: config.QUEUE_PREFIX,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    timeoutMs: 1_000,
  });
  const sessionDeps = {
    accessTokens,
    opaqueTokens,
    refreshTokens,
    clock,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600,
  };
  const queues = {
    scheduler: createQueue('scheduler', redis, config.QUEUE_PREFIX),
    // Indexing outlives a search engine restart: ten attempts back off up to about 17 minutes.
    indexing: createQueue('indexing', redis, config.QUEUE_PREFIX, { attempts: 10 }),
    matching: createQueue('matching', redis, config.QUEUE_PREFIX, { attempts: 10 }),
    // Sends retry with exponential backoff and jitter, or after the provider's Retry-After (notificationsWorker).
    notifications: createQueue('notifications', redis, config.QUEUE_PREFIX, { attempts: 8, customBackoff: true }),
  };
  for (const queue of Object.values(queues)) {
    queue.on('error', (error) => logger.warn({ err: error, queue: queue.name }, 'queue connection error'));
  }

  const indexing = new BullmqIndexingQueue(queues.indexing, logger);
  const domainEvents = new MongoDomainEvents(mongo, {
    notifications: notifiedEventTypes,
    reporting: countedEventTypes,
  });
  const offerDeps = { offers, indexing, clock, romeCatalog, gazetteer, events: domainEvents };
  const matches = new MongoMatchRepository(mongo, idLists, fieldMaps, recordLocks, recordCopies);
  const suggestions = new MongoSuggestionRepository(mongo, fieldMaps, recordLocks, recordCopies);
  const deliveries = new MongoDeliveryRepository(mongo);
  const outcomes = new MongoOutcomeRepository(mongo);
  const candidateDeps = {
    events: domainEvents,
    outcomes,
    eventInvitations: new MongoEventInvitationRepository(mongo),
    candidates,
    barriers,
    matches,
    deliveries,
    users,
    indexing,
    indexRemovals,
    erasureStatistics,
    clock,
    romeCatalog,
    gazetteer,
  };
  await Promise.all([matches.ensureIndexes(), suggestions.ensureIndexes(), domainEvents.ensureIndexes()]);
  const emailSender = new NodemailerEmailSender(config.SMTP_URL, config.MAIL_FROM);
  const webhookSender = new UndiciWebhookSender({
    allowPrivateNetworks: config.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
  });
  const webhooks = new MongoWebhookRepository(mongo, idLists);
  const inApp = new MongoInAppNotificationRepository(mongo, idLists, recordCopies);
  const digestItems = new MongoDigestItemRepository(mongo);
  await Promise.all([
    deliveries.ensureIndexes(),
    inApp.ensureIndexes(),
    webhooks.ensureIndexes(),
    digestItems.ensureIndexes(),
  ]);
  const accountLinks = buildAccountLinks(config, mongo, redis, {
    users,
    organizations,
    passwordHasher,
    refreshTokens,
    sessionRevocations,
    events: domainEvents,
    clock,
  });
  const pipelineDeps = { matches, offers, candidates, events: domainEvents, indexing, clock, jobs, outcomes };
  const transitionMatch = new TransitionMatch(pipelineDeps);
  const recruitmentEvents = await buildRecruitmentEvents(
    mongo,
    {
      organizations,
      offers,
      candidates,
      matches,
      outcomes,
      searchEngine,
      gazetteer,
      events: domainEvents,
      linkTokens: accountLinks.stores.linkTokens,
      clock,
      jobs,
    },
    transitionMatch,
  );

  const notificationDeps = {
    recruitmentEvents: recruitmentEvents.stores.recruitmentEvents,
    eventInvitations: recruitmentEvents.stores.invitations,
    smsQuietHours: parseQuietHours(config.SMS_QUIET_HOURS),
    ...accountLinks.stores,
    preferences: new MongoPreferenceRepository(mongo),
    email: emailSender,
    sms: new HttpSmsSender({
      baseUrl: config.SMS_PROVIDER_URL,
      apiKey: config.SMS_API_KEY,
      sender: config.SMS_SENDER,
      statusCallbackUrl: `${config.PUBLIC_BASE_URL}/api/v1/webhooks/sms-status`,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
    }),
    matches,
    appUrl: config.PUBLIC_BASE_URL,
    webhooks,
    webhookSender,
    eventSource: domainEvents,
    events: domainEvents,
    deliveries,
    inApp,
    digestItems,
    queue: new BullmqNotificationQueue(queues.notifications, clock),
    users,
    organizations,
    candidates,
    offers,
    clock,
  };
  const reportingCounters = new MongoReportingCounters(mongo);
  const conventions = new MongoConventionRepository(mongo);
  await Promise.all([outcomes.ensureIndexes(), conventions.ensureIndexes()]);
  const reportingDeps = {
    inbox: new MongoReportingInbox(mongo),
    journal: new MongoReportingJournal(mongo),
    counters: reportingCounters,
    offers,
    matches,
    organizations,
    // One projection at a time: the counters recognise a retried batch only so (ReportingCounters).
    lease: new RedisProcessLease(redis, {
      key: `${config.QUEUE_PREFIX}:lease:reporting:${config.MONGO_DB_NAME}`,
      ttlMs: 10_000,
    }),
  };
  const matching = new BullmqMatchingQueue(queues.matching, config.MATCHING_DEBOUNCE_MS);
  const indexingDeps = { offers, candidates, indexRemovals, indexLedger, indexing, matching, searchEngine, clock };
  const matchingDeps = {
    jobs,
    offers,
    candidates,
    searchEngine,
    suggestions,
    pipelinePairs: new MongoPipelinePairs(mongo, idLists),
    matching,
    events: domainEvents,
    refreshLimiter: new RedisActionRateLimiter(redis, {
      action: 'suggestions-refresh',
      points: config.SUGGESTIONS_REFRESH_LIMIT,
      windowSeconds: 600,
      keyPrefix: config.QUEUE_PREFIX,
      message: 'Trop de recalculs demandés. Réessayez dans quelques minutes.',
    }),
    clock,
    settings: {
      suggestionsKept: config.MATCHING_SUGGESTIONS_KEPT,
      retrievalPoolSize: config.MATCHING_RETRIEVAL_POOL,
    },
  };

  const offerUseCases = {
    createOffer: new CreateOffer(offerDeps),
    updateOffer: new UpdateOffer(offerDeps),
    publishOffer: new PublishOffer(offerDeps),
  };
  const candidateUseCases = {
    createCandidate: new CreateCandidate(candidateDeps),
    updateCandidate: new UpdateCandidate(candidateDeps),
  };

  return {
    config,
    logger,
    clock,
    mongo,
    redis,
    searchEngine,
    embeddedIndexLease: new RedisProcessLease(redis, {
      key: `${config.QUEUE_PREFIX}:lease:embedded-search-index:${config.MONGO_DB_NAME}`,
      ttlMs: 15_000,
    }),
    accessTokens,
    sessionRevocations,
    queues,
    repositories: { offers, candidates, matches, inApp, users, suggestions },
    recordCopies,
    healthChecks: [mongoHealthCheck(mongo), redisHealthCheck(redis), searchEngine],
    useCases: {
      ...accountLinks.useCases,
      ...recruitmentEvents.useCases,
      login: new Login({ ...sessionDeps, users, passwordHasher, loginAttempts, events: domainEvents }),
      changePassword: new ChangePassword({
        users,
        passwordHasher,
        loginAttempts,
        refreshTokens,
        sessionRevocations,
        events: domainEvents,
        clock,
      }),
      refreshSession: new RefreshSession({ ...sessionDeps, users, sessionRevocations }),
      logout: new Logout({ refreshTokens, opaqueTokens, clock, sessionRevocations }),
      getCurrentUser: new GetCurrentUser({ users, organizations }),
      createOrganization: new CreateOrganization({ organizations, clock }),
      listOrganizations: new ListOrganizations({ organizations }),
      createUser: new CreateUser({ organizations, users, passwordHasher, clock }),
      listUsers: new ListUsers({ organizations, users }),
      deactivateUser: new DeactivateUser({ organizations, users, refreshTokens, sessionRevocations, clock }),
      reactivateUser: new ReactivateUser({ organizations, users }),
      ensureFirstAdmin: new EnsureFirstAdmin({ organizations, users, passwordHasher, clock }),
      purgeExpiredRefreshTokens: new PurgeExpiredRefreshTokens({ refreshTokens, clock }),
      indexAppellations: new IndexAppellations({ loadCatalog: romeCatalog, searchEngine }),
      suggestAppellations: new SuggestAppellations({ searchEngine }),
      suggestCommunes: new SuggestCommunes({ gazetteer }),
      ...offerUseCases,
      closeOffer: new CloseOffer(offerDeps),
      deleteOffer: new DeleteOffer(offerDeps),
      getOffer: new GetOffer(offerDeps),
      listOffers: new ListOffers(offerDeps),
      expireOffers: new ExpireOffers(offerDeps),
      searchOffers: new SearchOffers({ searchEngine, offers, gazetteer }),
      ...candidateUseCases,
      getCandidate: new GetCandidate(candidateDeps),
      listCandidates: new ListCandidates(candidateDeps),
      listCaseload: new ListCaseload({ ...candidateDeps, suggestions: matchingDeps.suggestions }),
      eraseCandidate: new EraseCandidate(candidateDeps),
      exportCandidate: new ExportCandidate(candidateDeps),
      addBarrier: new AddBarrier(candidateDeps),
      listBarriers: new ListBarriers(candidateDeps),
      updateBarrier: new UpdateBarrier(candidateDeps),
      removeBarrier: new RemoveBarrier(candidateDeps),
      searchCandidates: new SearchCandidates({ searchEngine, candidates, gazetteer }),
      syncSearchDocument: new SyncSearchDocument(indexingDeps),
      sweepSearchIndex: new SweepSearchIndex(indexingDeps),
      rebuildSearchIndexes: new RebuildSearchIndexes(indexingDeps),
      computeSuggestions: new ComputeSuggestions(matchingDeps),
      backfillSuggestions: new BackfillSuggestions(matchingDeps),
      getOfferSuggestions: new GetOfferSuggestions(matchingDeps),
      getCandidateSuggestions: new GetCandidateSuggestions(matchingDeps),
      explainFit: new ExplainFit(matchingDeps),
      recordOutcome: new RecordOutcome({ outcomes, events: domainEvents, clock, candidates }),
      listOutcomes: new ListOutcomes({ outcomes, candidates }),
      getIndicators: new GetIndicators({ counters: reportingCounters, organizations }),
      projectReportingEvents: new ProjectReportingEvents(reportingDeps),
      rebuildReporting: new RebuildReporting(reportingDeps),
      createConvention: new CreateConvention({ conventions, organizations, clock }),
      updateConvention: new UpdateConvention({ conventions, organizations, clock }),
      listConventions: new ListConventions({ conventions }),
      getConventionProgress: new GetConventionProgress({
        conventions,
        figures: new CounterConventionFigures({ counters: reportingCounters, organizations }),
        clock,
      }),
      refreshSuggestions: new RefreshSuggestions(matchingDeps),
      startMatch: new StartMatch(pipelineDeps),
      transitionMatch,
      getMatch: new GetMatch(pipelineDeps),
      listMatches: new ListMatches(pipelineDeps),
      cancelObsoleteMatches: new CancelObsoleteMatches(pipelineDeps),
      runPipelineTimeRules: new RunPipelineTimeRules(pipelineDeps),
      dispatchDomainEvents: new DispatchDomainEvents(notificationDeps),
      sendDelivery: new SendDelivery(notificationDeps),
      scheduleDailyDigests: new ScheduleDailyDigests(notificationDeps),
      listNotifications: new ListNotifications(notificationDeps),
      markNotificationRead: new MarkNotificationRead(notificationDeps),
      markAllNotificationsRead: new MarkAllNotificationsRead(notificationDeps),
      getNotificationPreferences: new GetNotificationPreferences(notificationDeps),
      updateNotificationPreferences: new UpdateNotificationPreferences(notificationDeps),
      listDeliveries: new ListDeliveries(notificationDeps),
      registerWebhook: new RegisterWebhook(notificationDeps),
      listWebhooks: new ListWebhooks(notificationDeps),
      deleteWebhook: new DeleteWebhook(notificationDeps),
      recordSmsStatus: new RecordSmsStatus({ ...notificationDeps, statusSecret: config.SMS_STATUS_SECRET }),
      importOffer: new ImportOffer(offerDeps, offerUseCases),
      importCandidate: new ImportCandidate(candidateDeps, candidateUseCases),
      actAsUser: new ActAsUser({ users }),
    },
    async close() {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      emailSender.close();
      await webhookSender.close();
      await searchEngine.close();
      redis.disconnect();
      await mongo.close();
    },
  };
}

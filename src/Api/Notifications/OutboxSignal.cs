using InfoGov.Api.Common;

namespace InfoGov.Api.Notifications;

/// <summary>Wakes the outbox dispatcher when a mutation has committed events, so they go out at once rather than at the next poll.</summary>
public sealed class OutboxSignal : WakeUpSignal;

using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Engine.Events;

/// <summary>Wakes the outbox dispatcher when a mutation has committed events, so they go out at once rather than at the next poll.</summary>
public sealed class OutboxSignal : WakeUpSignal;

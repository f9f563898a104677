using InfoGov.Api.Common;

namespace InfoGov.Api.Webhooks;

/// <summary>Wakes the webhook sender when deliveries were queued, so they go out at once rather than at the next poll.</summary>
public sealed class WebhookSignal : WakeUpSignal;

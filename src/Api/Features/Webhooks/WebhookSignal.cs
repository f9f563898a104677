using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>Wakes the webhook sender when deliveries were queued, so they go out at once rather than at the next poll.</summary>
public sealed class WebhookSignal : WakeUpSignal;

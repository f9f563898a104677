using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>The readers of DOMAIN.md section 7 that only this feature's declarations use; the ones several
/// features share are in <see cref="Readers"/>.</summary>
public static class WebhookReaders
{
    /// <summary>Who registers webhooks and reads their delivery logs: administrators for anything; a
    /// department's data steward for the events of its own department (row visibility keeps each
    /// steward to the department's own webhooks).</summary>
    public static readonly Access WebhookKeepers = Access.Roles(Roles.Admin).InOwnDepartment(Roles.DataSteward);
    /// <summary>Webhook delivery logs: administrators, and data stewards for their own department's webhooks
    /// (the rows are confined to those by WebhookDeliveryRows).</summary>
    public static readonly Access WebhookLogReaders = Access.Roles(Roles.Admin, Roles.DataSteward);
}

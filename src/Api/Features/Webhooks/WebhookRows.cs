using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Integration;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>Which webhooks a caller sees: administrators all; a data steward those registered for its
/// own department; nobody else any.</summary>
public sealed class WebhookRows : IRowRule<Webhook>
{
    public IQueryable<Webhook> Visible(IQueryable<Webhook> rows, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.Admin)) return rows;
        if (!caller.Roles.Contains(Roles.DataSteward) || caller.DepartmentId is not { } own) return rows.Where(_ => false);
        return rows.Where(w => w.OwnerDepartmentId == own);
    }
}

/// <summary>A delivery is seen by whoever sees its webhook.</summary>
public sealed class WebhookDeliveryRows : IRowRule<WebhookDelivery>
{
    public IQueryable<WebhookDelivery> Visible(IQueryable<WebhookDelivery> rows, Caller caller, InfoGovDbContext db)
    {
        var hooks = new WebhookRows().Visible(db.Webhooks, caller, db);
        return rows.Where(d => hooks.Any(w => w.Id == d.WebhookId));
    }
}

using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Which catalog entries a caller sees: drafts only the provider and the office; government
/// users and experts the rest; an exchange system open entries and those it holds a live grant for;
/// the public open, published entries.</summary>
public sealed class DataResourceRows : IRowRule<DataResource>
{
    public IQueryable<DataResource> Visible(IQueryable<DataResource> resources, Caller caller, InfoGovDbContext db)
    {
        if (!caller.Roles.Contains(Roles.CommitteeOffice))
        {
            var own = caller.DepartmentId;
            resources = resources.Where(r => r.Status != CatalogStatus.Draft || (own != null && r.ProviderDepartmentId == own));
        }
        if (DeclaredRowRules.SeesInternalData(caller) || caller.Roles.Contains(Roles.Expert)) return resources;
        if (caller.Roles.Contains(Roles.DataExchange) && caller.DepartmentId is { } department)
            return resources.Where(r => r.OpenType == OpenType.Open
                || db.SharingGrants.Any(g => g.ResourceId == r.Id && g.RevokedAt == null && g.GranteeDepartmentId == department));
        return resources.Where(r => r.OpenType == OpenType.Open && r.Status == CatalogStatus.Published);
    }
}

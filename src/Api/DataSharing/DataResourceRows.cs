using InfoGov.Api.Authorization;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.DataSharing;

/// <summary>Which catalog entries a caller sees: drafts only the provider and the office; government
/// users and experts the rest; an exchange system open entries and those it holds a live grant for;
/// the public open, published entries.</summary>
public sealed class DataResourceRows : IRowRule<DataResource>
{
    public IQueryable<DataResource> Visible(IQueryable<DataResource> resources, Caller caller, InfoGovDbContext db)
    {
        if (!caller.Roles.Contains(Roles.CommitteeOffice))
        {
            var own = caller.Department;
            resources = resources.Where(r => r.Status != CatalogStatus.Draft
                || (own != null && db.Departments.Any(d => d.Id == r.ProviderDepartmentId && d.Code == own)));
        }
        if (RowVisibility.SeesInternalData(caller) || caller.Roles.Contains(Roles.Expert)) return resources;
        if (caller.Roles.Contains(Roles.DataExchange) && caller.Department is { } department)
            return resources.Where(r => r.OpenType == OpenType.Open || db.SharingGrants.Any(g => g.ResourceId == r.Id && g.RevokedAt == null
                && db.Departments.Any(d => d.Id == g.GranteeDepartmentId && d.Code == department)));
        return resources.Where(r => r.OpenType == OpenType.Open && r.Status == CatalogStatus.Published);
    }
}

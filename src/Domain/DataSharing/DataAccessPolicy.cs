using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>Whether a department may read these items of a catalog entry now, and under which grant.
/// A refusal is an answer, not an exception: the access log records refused accesses too.</summary>
public sealed record DataAccessDecision(SharingGrant? Grant, RuleViolation? Refusal);

/// <summary>
/// The sharing decision: a provider reads its own entries; others only published, shared entries; an
/// unconditional entry is open to every department; a conditional one needs a grant in force today
/// that covers every item read, and only items marked shared are ever covered.
/// </summary>
public static class DataAccessPolicy
{
    /// <param name="grants">The accessor's unrevoked grants for this entry.</param>
    /// <param name="grantedItems">The items each of those grants covers, by grant id.</param>
    public static DataAccessDecision Decide(DataResource resource, Guid accessor, IReadOnlyCollection<DataItem> itemsRead,
        IReadOnlyCollection<SharingGrant> grants, IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> grantedItems, DateOnly today)
    {
        if (resource.ProviderDepartmentId == accessor) return new(null, null);
        if (resource.Status != CatalogStatus.Published)
            return Refused(RuleViolation.NotPermitted, $"This entry is {resource.Status} and not offered.", "resourceCode");
        if (resource.SharingType == SharingType.NotShared)
            return Refused(RuleViolation.NotPermitted, "This entry is not shared.", "resourceCode");
        if (resource.SharingType != SharingType.Conditional) return new(null, null);

        var grant = grants.Where(g => g.GranteeDepartmentId == accessor && g.ResourceId == resource.Id && g.IsActiveOn(today))
            .OrderByDescending(g => g.ValidUntil).FirstOrDefault();
        if (grant is null)
            return grants.Count > 0
                ? Refused(RuleViolation.GrantExpired, "The department's grant for this entry is not in force today.", "resourceCode")
                : Refused(RuleViolation.NotGranted, "The department holds no grant for this conditional entry; request it first.", "resourceCode");
        var covered = grantedItems.GetValueOrDefault(grant.Id) ?? new HashSet<Guid>();
        if (itemsRead.Any(i => !covered.Contains(i.Id) || !i.IsShared))
            return new(grant, new RuleViolation(RuleViolation.NotGranted, "Some items read are not covered by the grant.", "itemIds"));
        return new(grant, null);
    }

    private static DataAccessDecision Refused(string code, string message, string field) => new(null, new RuleViolation(code, message, field));
}

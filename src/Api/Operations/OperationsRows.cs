using InfoGov.Api.Authorization;
using InfoGov.Domain.Operations;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Operations;

/// <summary>Which systems a caller sees: the office all; a government user those its department owns or operates; nobody else any.</summary>
public sealed class InformationSystemRows : IRowRule<InformationSystem>
{
    public IQueryable<InformationSystem> Visible(IQueryable<InformationSystem> rows, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return rows;
        if (!RowVisibility.SeesInternalData(caller) || caller.Department is not { } own) return rows.Where(_ => false);
        return rows.Where(s => db.Departments.Any(d => d.Code == own && (d.Id == s.OwnerDepartmentId || d.Id == s.OperatorDepartmentId)));
    }
}

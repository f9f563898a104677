using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Operations;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.Operations;

/// <summary>Which systems a caller sees: the office all; a government user those its department owns or operates; nobody else any.</summary>
public sealed class InformationSystemRows : IRowRule<InformationSystem>
{
    public IQueryable<InformationSystem> Visible(IQueryable<InformationSystem> rows, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return rows;
        if (!DeclaredRowRules.SeesInternalData(caller) || caller.DepartmentId is not { } own) return rows.Where(_ => false);
        return rows.Where(s => s.OwnerDepartmentId == own || s.OperatorDepartmentId == own);
    }
}

/// <summary>Whose training records a caller sees: the office all; a government user its own department's; nobody else any.</summary>
public sealed class TrainingRecordRows : IRowRule<TrainingRecord>
{
    public IQueryable<TrainingRecord> Visible(IQueryable<TrainingRecord> rows, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return rows;
        if (!DeclaredRowRules.SeesInternalData(caller) || caller.DepartmentId is not { } own) return rows.Where(_ => false);
        return rows.Where(t => t.DepartmentId == own);
    }
}

using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Arguments of the cross-project <c>fundAllocations</c> field.</summary>
public sealed record AllocationFilter(int? FiscalYear, string? DepartmentCode);

public sealed class AllocationFilterInputGraphType : InputObjectGraphType<AllocationFilter>
{
    public AllocationFilterInputGraphType()
    {
        Name = "AllocationFilter";
        Description = "Narrows allocations across projects; all given conditions must hold.";
        Field<IntGraphType>("fiscalYear").Description("Only allocations from this year's fund.");
        Field<StringGraphType>("departmentCode").Description("Only allocations to projects owned by the department with this code.");
        this.ReadableBy(Readers.FundManagers);
    }
}

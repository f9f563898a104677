using GraphQL.Types;
using InfoGov.Api.Authorization;

namespace InfoGov.Api.Budgets;

public sealed class ExpenditureFilterInputGraphType : InputObjectGraphType<ExpenditureFilter>
{
    public ExpenditureFilterInputGraphType()
    {
        Name = "ExpenditureFilter";
        Description = "Narrows payments across projects; all given conditions must hold.";
        Field<IntGraphType>("fiscalYear").Description("Only payments charged to this fund year.");
        Field<StringGraphType>("departmentCode").Description("Only payments of projects owned by the department with this code.");
        Field<ExpenditureCategoryGraphType>("category").Description("Only payments of this category.");
        Field<BooleanGraphType>("isAdvance").Description("Only advances (true), or only payments made by the fund (false).");
        this.ReadableBy(Readers.FundManagers);
    }
}

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

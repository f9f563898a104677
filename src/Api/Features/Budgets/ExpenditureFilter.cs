using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

/// <summary>Arguments of the cross-project <c>expenditures</c> and <c>expenditureTotals</c> fields.</summary>
public sealed record ExpenditureFilter(int? FiscalYear, string? DepartmentCode, ExpenditureCategory? Category, bool? IsAdvance);

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

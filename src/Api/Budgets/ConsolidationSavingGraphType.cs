using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Departments;
using InfoGov.Api.Relay;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Budgets;

public sealed class ConsolidationSavingGraphType : ObjectGraphType<ConsolidationSaving>
{
    public ConsolidationSavingGraphType()
    {
        Name = "ConsolidationSaving";
        Description = "Money saved by consolidation, e.g. one shared machine room or platform instead of several.";
        this.IsNode();
        Field(s => s.FiscalYear).Description("The fiscal year of the saving.");
        Field(s => s.Description).Description("What was consolidated.");
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("Amount saved.").Resolve(ctx => ctx.Source.Amount);
        Field<DepartmentGraphType>("department").Description("The department that led the consolidation, if one did.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        this.ReadableBy(Readers.GovernmentAndDashboards);
    }
}

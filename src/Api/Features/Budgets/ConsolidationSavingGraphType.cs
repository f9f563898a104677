using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.Budgets;

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

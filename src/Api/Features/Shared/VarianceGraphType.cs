using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Shared;

public sealed class VarianceGraphType : ObjectGraphType<Variance>
{
    public VarianceGraphType()
    {
        Name = "Variance";
        Description = "A deviation from the baseline. Positive means worse than plan (behind schedule or over budget).";
        Field(v => v.Ratio, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("The deviation as a ratio: 0.12 is 12%.");
        Field(v => v.Band, type: typeof(NonNullGraphType<VarianceBandGraphType>)).Description("Low within 10%, medium 10-30%, high over 30%.");
        this.ReadableBy(Access.Inherited);
    }
}

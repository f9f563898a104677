using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Relay;
using InfoGov.Domain.Assessments;

namespace InfoGov.Api.Assessments;

public sealed class IndicatorResultGraphType : ObjectGraphType<IndicatorResult>
{
    public IndicatorResultGraphType()
    {
        Name = "IndicatorResult";
        Description = "One indicator of an assessment.";
        this.IsNode();
        Field(i => i.Indicator, type: typeof(NonNullGraphType<AssessmentIndicatorGraphType>)).Description("The indicator.");
        Field(i => i.Weight, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Weight in points; an assessment's weights add up to 100.");
        Field(i => i.Target, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Target as a ratio 0-1.");
        Field(i => i.Actual, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Actual as a ratio 0-1.");
        Field(i => i.Score, type: typeof(NonNullGraphType<DecimalGraphType>)).Description("Points earned: the full weight at or above target, proportionally less below.");
        Field(i => i.IsComputed).Description("True when the actual is computed from project and sharing data rather than typed in.");
        Field<NonNullGraphType<AssessmentGraphType>>("assessment").Description("The assessment.")
            .Resolve(ctx => ctx.Loaders().ById<Assessment>(ctx.Source.AssessmentId));
        this.ReadableBy(Readers.GovernmentAndDashboards);
    }
}

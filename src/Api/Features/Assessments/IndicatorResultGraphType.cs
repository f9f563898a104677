using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Assessments;

namespace InfoGov.Api.Features.Assessments;

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
        Field(i => i.Actual, type: typeof(DecimalGraphType)).Description("Actual as a ratio 0-1; null when there was nothing to measure, or the office has not scored it yet: the indicator is then left out of the score, never given its target.");
        Field(i => i.Score, type: typeof(DecimalGraphType)).Description("Points earned: the full weight at or above target, proportionally less below; null without an actual.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("inputs")
            .Description("What a computed actual counted: project codes, request numbers, system codes (incidents as SYS-code@date). Empty for indicators the office scores.")
            .Resolve(ctx => ctx.Source.Inputs is { Length: > 0 } inputs ? inputs.Split(',') : []);
        Field(i => i.IsComputed).Description("True when the actual is computed from the record (projects, acceptances, sharing, systems) rather than scored by the office.");
        Field<NonNullGraphType<AssessmentGraphType>>("assessment").Description("The assessment.")
            .Resolve(ctx => ctx.Loaders().ById<Assessment>(ctx.Source.AssessmentId));
        this.ReadableBy(Readers.GovernmentAndDashboards);
    }
}

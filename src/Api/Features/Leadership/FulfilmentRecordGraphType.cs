using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

public sealed class FulfilmentRecordGraphType : ObjectGraphType<FulfilmentRecord>
{
    public FulfilmentRecordGraphType()
    {
        Name = "FulfilmentRecord";
        Description = "Evidence that a responsibility was exercised: what was approved or done, when, and where the document is.";
        this.IsNode();
        Field(f => f.Summary).Description("What was approved or done.");
        Field(f => f.FulfilledOn).Description("When.");
        Field(f => f.EvidenceReference).Description("Reference of the evidence document.");
        Field<NonNullGraphType<ResponsibilityAssignmentGraphType>>("assignment").Description("The responsibility exercised.")
            .Resolve(ctx => ctx.Loaders().ById<ResponsibilityAssignment>(ctx.Source.AssignmentId));
        this.ReadableBy(Readers.Government);
    }
}

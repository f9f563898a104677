using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.DataSharing;

public sealed class SharingRequestGraphType : ObjectGraphType<SharingRequest>
{
    public SharingRequestGraphType()
    {
        Name = "SharingRequest";
        Description = "A department's request to use a conditional resource. The provider answers within 10 working days (configurable); a refusal gives a reason.";
        this.IsNode();
        Field(r => r.Number).Description("Request number, e.g. GX-2026-007.");
        Field(r => r.Purpose).Description("What the data will be used for.");
        Field(r => r.LegalBasis).Description("The legal basis of the request.");
        Field(r => r.SubmittedOn).Description("When the request was submitted.");
        Field(r => r.AnswerDueOn).Description("The provider must answer by this date (working days on the configured calendar).");
        Field(r => r.Status, type: typeof(NonNullGraphType<SharingRequestStatusGraphType>)).Description("Where the request stands.");
        Field(r => r.DecidedAt, nullable: true).Description("When the provider answered; null while pending.");
        Field(r => r.RefusalReason, nullable: true).Description("Why the request was refused.");
        Field(r => r.UsageFeedback, nullable: true).Description("How the requesting department used the data, recorded by it.");
        Field(r => r.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("True when still pending after its answer due date.")
            .Resolve(ctx => ctx.Source.IsOverdue(ctx.Clock().Today));
        Field<DataResourceGraphType>("resource").Description("The resource asked for. Null when the caller may not see the catalog entry.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        Field<NonNullGraphType<DepartmentGraphType>>("requester").Description("The department asking.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.RequesterDepartmentId));
        this.Connection<SharingRequest, DataItemGraphType>("items", "The data items asked for, in order.")
            .ResolveBatched(ctx => ctx.Loaders().RequestedItems(ctx.Source.Id));
        Field<SharingGrantGraphType>("grant").ReadableBy(Readers.SharingGrants).Description("The grant created when the request was approved; null otherwise.")
            .Resolve(ctx => ctx.Loaders().Children<SharingGrant>(nameof(SharingGrant.RequestId), ctx.Source.Id).Then(l => l.FirstOrDefault()));
        this.ReadableBy(Readers.Government);
    }
}

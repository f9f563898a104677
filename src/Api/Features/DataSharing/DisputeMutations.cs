using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Calendar;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>After the grant: disputes about records, and feedback on how the data was used.</summary>
public static class DisputeMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<DataDisputeGraphType, RaiseDataDisputeInputGraphType, RaiseDataDisputeInput>("raiseDataDispute", DataSharingReaders.DataAccessors,
            "Raises a dispute about a record's correctness; the provider answers within 5 working days (configurable).",
            "The entry, the record and what is wrong.", RaiseAsync);
        mutation.Mutation<DataDisputeGraphType, AnswerDataDisputeInputGraphType, AnswerDataDisputeInput>("answerDataDispute", DataSharingReaders.CatalogKeepers,
            "The provider answers a dispute.",
            "The dispute, its version and the answer.", AnswerAsync);
        mutation.Mutation<SharingRequestGraphType, RecordUsageFeedbackInputGraphType, RecordUsageFeedbackInput>("recordUsageFeedback", DataSharingReaders.SharingRequesters,
            "The requesting department records how it used the data it was granted.",
            "The request and the feedback.", FeedbackAsync);
    }

    private static Task<Payload> RaiseAsync(IResolveFieldContext ctx, RaiseDataDisputeInput input)
    {
        var days = ctx.RequestServices!.GetRequiredService<DataSharingOptions>().DisputeAnswerWorkingDays;
        return ctx.Mutations().RunAsync(ctx, nameof(DataDispute), null, async (scope, ct) =>
        {
            var department = scope.RequireCallerDepartment();
            var resource = await scope.Db.DataResources.SingleOrDefaultAsync(r => r.Code == input.ResourceCode, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No catalog entry has the code '{input.ResourceCode}'.", "resourceCode"));
            if (string.IsNullOrWhiteSpace(input.RecordReference)) throw new MutationRefusal(new UserError(UserError.Validation, "Name the disputed record.", "recordReference"));
            if (string.IsNullOrWhiteSpace(input.Description)) throw new MutationRefusal(new UserError(UserError.Validation, "Say what is wrong with it.", "description"));
            var dispute = new DataDispute
            {
                ResourceId = resource.Id,
                RaisedByDepartmentId = department,
                RecordReference = input.RecordReference.Trim(),
                Description = input.Description.Trim(),
                RaisedOn = scope.Today,
                AnswerDueOn = (await scope.CalendarAsync(ct)).AddWorkingDays(scope.Today, days),
            };
            scope.Db.DataDisputes.Add(dispute);
            return new MutationRunner.Change(dispute, dispute, $"Dispute about {resource.Code} record {dispute.RecordReference}; answer due {dispute.AnswerDueOn:yyyy-MM-dd}.");
        });
    }

    private static Task<Payload> AnswerAsync(IResolveFieldContext ctx, AnswerDataDisputeInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataDispute), MutationContextExtensions.TargetId(input.DisputeId, nameof(DataDispute)), async (scope, ct) =>
        {
            var dispute = await scope.FindAsync<DataDispute>(input.DisputeId, "disputeId", ct);
            var resource = await scope.Db.DataResources.SingleAsync(r => r.Id == dispute.ResourceId, ct);
            scope.RequireDepartment(resource);
            scope.RequireVersion(dispute, input.Version);
            dispute.Respond(input.Answer, scope.Now);
            return new MutationRunner.Change(dispute, dispute, $"Answered the dispute about {resource.Code} record {dispute.RecordReference}.");
        });

    private static Task<Payload> FeedbackAsync(IResolveFieldContext ctx, RecordUsageFeedbackInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(input.RequestId, "requestId", ct);
            scope.RequireDepartment(request.RequesterDepartmentId);
            scope.RequireVersion(request, input.Version);
            request.RecordUsage(input.Feedback);
            return new MutationRunner.Change(request, request, $"Usage feedback on {request.Number}.");
        });
}

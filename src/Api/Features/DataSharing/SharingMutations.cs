using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Calendar;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Sharing requests: submit, decide (grant or refuse), withdraw, and the office's escalation of overdue ones.</summary>
public static class SharingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SharingRequestGraphType, SubmitSharingRequestInputGraphType, SubmitSharingRequestInput>("submitSharingRequest", DataSharingReaders.SharingRequesters,
            "Requests a conditional catalog entry for the caller's department. The provider answers within 10 working days (configurable).",
            "The entry, purpose, legal basis, items and period.", SubmitAsync);
        mutation.Mutation<SharingRequestGraphType, DecideSharingRequestInputGraphType, DecideSharingRequestInput>("decideSharingRequest", DataSharingReaders.SharingDeciders,
            "The provider's steward or leader approves (creating the grant, possibly with fewer items or a shorter period) or refuses with a reason. The office decides escalated requests.",
            "The request and the decision.", DecideAsync);
        mutation.Mutation<SharingRequestGraphType, SharingRequestVersionInputGraphType, SharingRequestVersionInput>("withdrawSharingRequest", DataSharingReaders.SharingRequesters,
            "The requesting department withdraws its undecided request.",
            "The request and its version.", WithdrawAsync);
        mutation.Mutation<SharingRequestGraphType, SharingRequestVersionInputGraphType, SharingRequestVersionInput>("escalateSharingRequest", Readers.Office,
            "The office takes over a request left unanswered past its due date; it can then decide it.",
            "The request and its version.", EscalateAsync);
    }

    private static Task<Payload> SubmitAsync(IResolveFieldContext ctx, SubmitSharingRequestInput input)
    {
        var answerDays = ctx.RequestServices!.GetRequiredService<DataSharingOptions>().AnswerWorkingDays;
        return ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), null, async (scope, ct) =>
        {
            var requester = scope.RequireCallerDepartment();
            var resource = await scope.Db.DataResources.SingleOrDefaultAsync(r => r.Code == input.ResourceCode, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No catalog entry has the code '{input.ResourceCode}'.", "resourceCode"));
            var items = await ItemsAsync(scope, resource.Id, input.ItemIds, ct);
            var number = await SequentialCodes.NextAsync(scope.Db.SharingRequests.Select(r => r.Number), $"GX-{scope.Today.Year}-", ct);
            var request = SharingRequest.Submit(resource, requester, items, input.Purpose, input.LegalBasis, input.PeriodFrom, input.PeriodUntil,
                scope.Today, SharingRequest.DueDate(scope.Today, await scope.CalendarAsync(ct), answerDays), number);
            scope.Db.SharingRequests.Add(request);
            scope.Db.SharingRequestItems.AddRange(items.Select(i => new SharingRequestItem { RequestId = request.Id, DataItemId = i.Id }));
            return new MutationRunner.Change(request, request, $"Requested {items.Count} items of {resource.Code}; answer due {request.AnswerDueOn:yyyy-MM-dd}.");
        });
    }

    private static Task<Payload> DecideAsync(IResolveFieldContext ctx, DecideSharingRequestInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(input.RequestId, "requestId", ct);
            var resource = await scope.Db.DataResources.SingleAsync(r => r.Id == request.ResourceId, ct);
            request.RequireDecider(DeciderOf(scope, resource));
            scope.RequireVersion(request, input.Version);
            if (!input.Approve)
            {
                request.Refuse(scope.Now, input.Reason ?? "");
                return new MutationRunner.Change(request, request, $"Refused {request.Number}: {input.Reason!.Trim()}");
            }
            var asked = await scope.Db.SharingRequestItems.Where(i => i.RequestId == request.Id).Select(i => i.DataItemId).ToListAsync(ct);
            var granted = await ItemsAsync(scope, resource.Id, input.ItemIds, ct, asked);
            var grant = request.Grant(scope.Now, asked, granted,
                input.ValidFrom ?? request.PeriodFrom ?? scope.Today, input.ValidUntil ?? request.PeriodUntil ?? scope.Today.AddYears(1));
            scope.Db.SharingGrants.Add(grant);
            scope.Db.GrantItems.AddRange(granted.Select(i => new GrantItem { GrantId = grant.Id, DataItemId = i.Id }));
            return new MutationRunner.Change(request, request, $"Approved {request.Number}: {granted.Count} of {asked.Count} items until {grant.ValidUntil:yyyy-MM-dd}.");
        });

    /// <summary>In what capacity the caller answers: the office, or the providing department's data steward or leader.</summary>
    private static SharingDecider DeciderOf(MutationScope scope, DataResource resource) =>
        scope.Caller.Roles.Contains(Roles.CommitteeOffice) ? SharingDecider.Office
        : scope.CallerDepartmentId == resource.ProviderDepartmentId && scope.Caller.Roles.Overlaps([Roles.DataSteward, Roles.DepartmentLeader]) ? SharingDecider.Provider
        : SharingDecider.Other;

    private static Task<Payload> WithdrawAsync(IResolveFieldContext ctx, SharingRequestVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(input.RequestId, "requestId", ct);
            scope.RequireDepartment(request.RequesterDepartmentId);
            scope.RequireVersion(request, input.Version);
            request.Withdraw(scope.Now);
            return new MutationRunner.Change(request, request, $"Withdrew {request.Number}.");
        });

    private static Task<Payload> EscalateAsync(IResolveFieldContext ctx, SharingRequestVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(input.RequestId, "requestId", ct);
            scope.RequireVersion(request, input.Version);
            request.Escalate(scope.Today);
            return new MutationRunner.Change(request, request, $"Escalated {request.Number}, unanswered since {request.AnswerDueOn:yyyy-MM-dd}.");
        });

    /// <summary>The data items of the resource with these global ids (all of <paramref name="whenOmitted"/> when none are
    /// named), or NOT_FOUND when an id is not one of them.</summary>
    private static async Task<List<DataItem>> ItemsAsync(MutationScope scope, Guid resourceId, IEnumerable<string>? globalIds, CancellationToken ct,
        IReadOnlyCollection<Guid>? whenOmitted = null)
    {
        var ids = globalIds?.Select(g => MutationContextExtensions.IdOf(g, nameof(DataItem), "itemIds")).Distinct().ToList() ?? [.. whenOmitted ?? []];
        var items = await scope.Db.DataItems.AsNoTracking().Where(i => i.ResourceId == resourceId && ids.Contains(i.Id)).ToListAsync(ct);
        if (ids.Except(items.Select(i => i.Id)).Any())
            throw new MutationRefusal(new UserError(UserError.NotFound, "An item asked for is not an item of this catalog entry.", "itemIds"));
        return items;
    }

}

using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common;
using InfoGov.Api.Common.Mutations;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.DataSharing;

/// <summary>Sharing requests: submit, decide (grant or refuse), withdraw, and the office's escalation of overdue ones.</summary>
public static class SharingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SharingRequestGraphType, SubmitSharingRequestInputGraphType, SubmitSharingRequestInput>("submitSharingRequest", Readers.SharingRequesters,
            "Requests a conditional catalog entry for the caller's department. The provider answers within 10 working days (configurable).",
            "The entry, purpose, legal basis, items and period.", SubmitAsync);
        mutation.Mutation<SharingRequestGraphType, DecideSharingRequestInputGraphType, DecideSharingRequestInput>("decideSharingRequest", Readers.SharingDeciders,
            "The provider's steward or leader approves (creating the grant, possibly with fewer items or a shorter period) or refuses with a reason. The office decides escalated requests.",
            "The request and the decision.", DecideAsync);
        mutation.Mutation<SharingRequestGraphType, SharingRequestVersionInputGraphType, SharingRequestVersionInput>("withdrawSharingRequest", Readers.SharingRequesters,
            "The requesting department withdraws its undecided request.",
            "The request and its version.", WithdrawAsync);
        mutation.Mutation<SharingRequestGraphType, SharingRequestVersionInputGraphType, SharingRequestVersionInput>("escalateSharingRequest", Readers.Office,
            "The office takes over a request left unanswered past its due date; it can then decide it.",
            "The request and its version.", EscalateAsync);
    }

    private static Task<Payload> SubmitAsync(IResolveFieldContext ctx, SubmitSharingRequestInput input)
    {
        var calendar = ctx.RequestServices!.GetRequiredService<WorkingDayCalendar>();
        var answerDays = ctx.RequestServices!.GetRequiredService<IConfiguration>().GetValue("DataSharing:AnswerWorkingDays", SharingRequest.DefaultAnswerWorkingDays);
        return ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), null, async (scope, ct) =>
        {
            var requester = scope.CallerDepartmentId
                ?? throw new MutationRefusal(new UserError(UserError.NotPermitted, "A request is made for the caller's department; the token names none."));
            var resource = await scope.Db.DataResources.SingleOrDefaultAsync(r => r.Code == input.ResourceCode, ct)
                ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No catalog entry has the code '{input.ResourceCode}'.", "resourceCode"));
            if (resource.Status != CatalogStatus.Published)
                throw new MutationRefusal(new UserError(UserError.InvalidTransition, $"This entry is {resource.Status}; only published entries are requested.", "resourceCode"));
            if (resource.SharingType == SharingType.Unconditional)
                throw new MutationRefusal(new UserError(UserError.Validation, "This entry is shared unconditionally: any department may use it without a request.", "resourceCode"));
            if (resource.SharingType == SharingType.NotShared)
                throw new MutationRefusal(new UserError(UserError.NotPermitted, "This entry is not shared and can never be granted.", "resourceCode"));
            if (resource.ProviderDepartmentId == requester)
                throw new MutationRefusal(new UserError(UserError.Validation, "A department does not request its own data.", "resourceCode"));
            if (string.IsNullOrWhiteSpace(input.Purpose)) throw Invalid("purpose", "State what the data will be used for.");
            if (string.IsNullOrWhiteSpace(input.LegalBasis)) throw Invalid("legalBasis", "State the legal basis of the request.");
            if (input.PeriodUntil < input.PeriodFrom) throw Invalid("periodUntil", "The period ends after it starts.");
            var items = await ItemsAsync(scope, resource.Id, input.ItemIds, ct);
            if (items.Count == 0) throw Invalid("itemIds", "Ask for at least one data item.");

            var today = scope.Today;
            var prefix = $"GX-{today.Year}-";
            var numbers = await scope.Db.SharingRequests.Where(r => r.Number.StartsWith(prefix)).Select(r => r.Number).ToListAsync(ct);
            var number = $"{prefix}{numbers.Select(n => int.TryParse(n[prefix.Length..], out var x) ? x : 0).DefaultIfEmpty(0).Max() + 1:000}";
            var request = new SharingRequest
            {
                Number = number,
                ResourceId = resource.Id,
                RequesterDepartmentId = requester,
                Purpose = input.Purpose.Trim(),
                LegalBasis = input.LegalBasis.Trim(),
                SubmittedOn = today,
                AnswerDueOn = SharingRequest.DueDate(today, calendar, answerDays),
                PeriodFrom = input.PeriodFrom,
                PeriodUntil = input.PeriodUntil,
            };
            scope.Db.SharingRequests.Add(request);
            scope.Db.SharingRequestItems.AddRange(items.Select(i => new SharingRequestItem { RequestId = request.Id, DataItemId = i }));
            return new MutationRunner.Change(request, request, $"Requested {items.Count} items of {resource.Code}; answer due {request.AnswerDueOn:yyyy-MM-dd}.");
        });
    }

    private static Task<Payload> DecideAsync(IResolveFieldContext ctx, DecideSharingRequestInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(MutationContextExtensions.IdOf(input.RequestId, nameof(SharingRequest), "requestId"), "requestId", ct);
            var resource = await scope.Db.DataResources.SingleAsync(r => r.Id == request.ResourceId, ct);
            // The office decides only what was escalated to it; otherwise the provider answers.
            if (scope.Caller.Roles.Contains(Roles.CommitteeOffice) && request.Status == SharingRequestStatus.Escalated) { }
            else if (scope.CallerDepartmentId == resource.ProviderDepartmentId && scope.Caller.Roles.Overlaps([Roles.DataSteward, Roles.DepartmentLeader])) { }
            else throw new MutationRefusal(new UserError(UserError.NotPermitted,
                "The providing department's data steward or leader answers a request; the office only once it is escalated."));
            scope.RequireVersion(request, input.Version);
            if (!input.Approve)
            {
                request.Refuse(scope.Now, input.Reason ?? "");
                return new MutationRunner.Change(request, request, $"Refused {request.Number}: {input.Reason!.Trim()}");
            }
            var asked = await scope.Db.SharingRequestItems.Where(i => i.RequestId == request.Id).Select(i => i.DataItemId).ToListAsync(ct);
            var granted = input.ItemIds is null ? asked : await ItemsAsync(scope, resource.Id, input.ItemIds, ct);
            var grant = request.Grant(scope.Now, asked, granted,
                input.ValidFrom ?? request.PeriodFrom ?? scope.Today, input.ValidUntil ?? request.PeriodUntil ?? scope.Today.AddYears(1));
            scope.Db.SharingGrants.Add(grant);
            scope.Db.GrantItems.AddRange(granted.Select(i => new GrantItem { GrantId = grant.Id, DataItemId = i }));
            return new MutationRunner.Change(request, request, $"Approved {request.Number}: {granted.Count} of {asked.Count} items until {grant.ValidUntil:yyyy-MM-dd}.");
        });

    private static Task<Payload> WithdrawAsync(IResolveFieldContext ctx, SharingRequestVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(MutationContextExtensions.IdOf(input.RequestId, nameof(SharingRequest), "requestId"), "requestId", ct);
            scope.RequireDepartment(request.RequesterDepartmentId);
            scope.RequireVersion(request, input.Version);
            request.Withdraw(scope.Now);
            return new MutationRunner.Change(request, request, $"Withdrew {request.Number}.");
        });

    private static Task<Payload> EscalateAsync(IResolveFieldContext ctx, SharingRequestVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(SharingRequest), MutationContextExtensions.TargetId(input.RequestId, nameof(SharingRequest)), async (scope, ct) =>
        {
            var request = await scope.FindAsync<SharingRequest>(MutationContextExtensions.IdOf(input.RequestId, nameof(SharingRequest), "requestId"), "requestId", ct);
            scope.RequireVersion(request, input.Version);
            request.Escalate(scope.Today);
            return new MutationRunner.Change(request, request, $"Escalated {request.Number}, unanswered since {request.AnswerDueOn:yyyy-MM-dd}.");
        });

    /// <summary>The database ids of data items of the resource, or NOT_FOUND naming the first id that is not one.</summary>
    private static async Task<List<Guid>> ItemsAsync(MutationScope scope, Guid resourceId, IEnumerable<string> globalIds, CancellationToken ct)
    {
        var ids = globalIds.Select(g => MutationContextExtensions.IdOf(g, nameof(DataItem), "itemIds")).Distinct().ToList();
        var known = await scope.Db.DataItems.Where(i => i.ResourceId == resourceId && ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(ct);
        if (ids.Except(known).Any())
            throw new MutationRefusal(new UserError(UserError.NotFound, "An item asked for is not an item of this catalog entry.", "itemIds"));
        return ids;
    }

    private static MutationRefusal Invalid(string field, string message) => new(new UserError(UserError.Validation, message, field));

}

using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

public sealed class SharingEvaluationGraphType : ObjectGraphType<SharingEvaluation>
{
    public SharingEvaluationGraphType()
    {
        Name = "SharingEvaluation";
        Description = "A department's data-sharing record for a year (the yearly sharing evaluation; printable for every department at GET /sharing-evaluations/{year}).";
        Field(e => e.Year).Description("The year.");
        Field(e => e.RequestsReceived).Description("Sharing requests for its entries submitted in the year that are answered or past their deadline.");
        Field(e => e.RequestsAnsweredInTime).Description("Of those, approved or refused by the deadline.");
        Field(e => e.NeedsRouted).Description("Data needs routed to it in the year that are answered or past their deadline.");
        Field(e => e.NeedsAnsweredInTime).Description("Of those, answered by the deadline.");
        Field(e => e.QualityIssuesReceived).Description("Quality issues reported on its entries in the year that are answered or past their deadline.");
        Field(e => e.QualityIssuesAnsweredInTime).Description("Of those, answered by the deadline.");
        Field(e => e.EntriesPublished).Description("Its published catalog entries.");
        Field(e => e.EntriesStale).Description("Of those, stale today (not refreshed within their update cycle).");
        Field(e => e.GrantsHeld).Description("Grants on other departments' entries it held during the year.");
        Field(e => e.GrantsUsed).Description("Of those, grants under which it recorded an allowed access in the year.");
        this.ReadableBy(Access.Inherited);
    }

    /// <summary>Adds <c>sharingEvaluation(year:)</c> to the department type.</summary>
    public static void AddTo(ObjectGraphType<Domain.Departments.Department> department) =>
        department.Field<NonNullGraphType<SharingEvaluationGraphType>>("sharingEvaluation")
            .ReadableBy(Policy.Readers.Government)
            .Description("The department's data-sharing record for a year: as a provider (requests, needs and quality issues answered in time; stale entries) and as a consumer (grants held and used).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year, from 2000.")
            .ResolveAsync(async ctx =>
            {
                var year = ctx.GetArgument<int>("year");
                var clock = ctx.Clock();
                var today = clock.Today;
                if (year < 2000 || year > today.Year)
                    throw new ExecutionError($"Evaluate a year from 2000 to {today.Year}.") { Code = ErrorCodes.InvalidArgument };
                // The year's accesses, in the deployment's time zone.
                var (from, to) = (clock.StartOf(new DateOnly(year, 1, 1)), clock.StartOf(new DateOnly(year + 1, 1, 1)));
                return await ComputeAsync(ctx.RequestServices!.GetRequiredService<InfoGovDbContext>(), ctx.Source.Id, year, from, to, today, ctx.CancellationToken);
            });

    private static async Task<SharingEvaluation> ComputeAsync(InfoGovDbContext db, Guid department, int year, DateTimeOffset from, DateTimeOffset to,
        DateOnly today, CancellationToken ct)
    {
        var entries = await db.DataResources.AsNoTracking().Where(r => r.ProviderDepartmentId == department).ToListAsync(ct);
        var entryIds = entries.Select(e => e.Id).ToList();
        var received = await db.SharingRequests.AsNoTracking().Where(r => entryIds.Contains(r.ResourceId)).ToListAsync(ct);
        var routed = await db.DataNeeds.AsNoTracking().Where(n => n.ProviderDepartmentId == department).ToListAsync(ct);
        var issues = await db.DataQualityIssues.AsNoTracking().Where(i => entryIds.Contains(i.ResourceId)).ToListAsync(ct);
        var held = await db.SharingGrants.AsNoTracking().Where(g => g.GranteeDepartmentId == department).ToListAsync(ct);
        var heldIds = held.Select(g => g.Id).ToList();
        var used = (await db.DataAccessLog.AsNoTracking()
                .Where(e => e.GrantId != null && heldIds.Contains(e.GrantId.Value) && e.RefusalCode == null && e.AccessedAt >= from && e.AccessedAt < to)
                .Select(e => e.GrantId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        return SharingEvaluation.Compute(year, received, routed, issues, entries, held, used, today);
    }
}

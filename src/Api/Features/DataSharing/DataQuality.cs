using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Calendar;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Freshness and quality of shared data: refreshes recorded against the update cycle, and the quality issues
/// consumers report and providers answer.</summary>
public static class DataQuality
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Connection<object?, DataQualityIssueGraphType>("dataQualityIssues", "Quality issues reported on catalog entries, the earliest answer deadline first.")
            .ReadableBy(Readers.Government)
            .Argument<StringGraphType>("resourceCode", "Only issues about this entry.")
            .Argument<BooleanGraphType>("open", "True: only unanswered issues; false: only answered ones.")
            .Argument<BooleanGraphType>("overdue", "True: only issues unanswered past their deadline today.")
            .ResolveQuery(ctx =>
            {
                var loaders = ctx.Loaders();
                var issues = loaders.Visible<DataQualityIssue>();
                if (ctx.GetArgument<string?>("resourceCode") is { } code) issues = issues.Where(i => loaders.Db.DataResources.Any(r => r.Code == code && r.Id == i.ResourceId));
                if (ctx.GetArgument<bool?>("open") is { } open) issues = open ? issues.Where(i => i.AnsweredOn == null) : issues.Where(i => i.AnsweredOn != null);
                if (ctx.GetArgument<bool?>("overdue") == true)
                {
                    var today = ctx.Clock().Today;
                    issues = issues.Where(i => i.AnsweredOn == null && i.AnswerDueOn < today);
                }
                return issues.OrderBy(i => i.AnswerDueOn).ThenBy(i => i.Id);
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<DataResourceGraphType, RecordDataUpdateInputGraphType, RecordDataUpdateInput>("recordDataUpdate", DataSharingReaders.CatalogKeepers,
            "The provider records that it refreshed an entry's data: the entry is judged fresh or stale against its update cycle from then.", "The entry and the day.", UpdateAsync);
        mutation.Mutation<DataQualityIssueGraphType, ReportDataQualityIssueInputGraphType, ReportDataQualityIssueInput>("reportDataQualityIssue", DataSharingReaders.DataAccessors,
            "A department using an entry's data reports a quality problem (wrong, missing or late) with its evidence; the provider answers within 5 working days (DataSharing:QualityAnswerWorkingDays).",
            "The entry, the kind of problem, what is wrong and the evidence.", ReportAsync);
        mutation.Mutation<DataQualityIssueGraphType, AnswerDataQualityIssueInputGraphType, AnswerDataQualityIssueInput>("answerDataQualityIssue", DataSharingReaders.CatalogKeepers,
            "The provider answers a quality issue: corrected (and what), or not an issue (and why).", "The issue, its version, the resolution and the answer.", AnswerAsync);
    }

    private static Task<Payload> UpdateAsync(IResolveFieldContext ctx, RecordDataUpdateInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataResource), null, async (scope, ct) =>
        {
            var resource = await ByCodeAsync(scope, input.ResourceCode, ct);
            scope.RequireDepartment(resource);
            resource.RecordUpdate(input.UpdatedOn ?? scope.Today, scope.Today);
            return new MutationRunner.Change(resource, resource, $"{resource.Code} refreshed on {resource.LastUpdatedOn:yyyy-MM-dd}.");
        });

    private static Task<Payload> ReportAsync(IResolveFieldContext ctx, ReportDataQualityIssueInput input)
    {
        var days = ctx.RequestServices!.GetRequiredService<DataSharingOptions>().QualityAnswerWorkingDays;
        return ctx.Mutations().RunAsync(ctx, nameof(DataQualityIssue), null, async (scope, ct) =>
        {
            var reporter = scope.RequireCallerDepartment();
            var resource = await ByCodeAsync(scope, input.ResourceCode, ct);
            var due = (await scope.CalendarAsync(ct)).AddWorkingDays(scope.Today, days);
            var issue = DataQualityIssue.Report(resource, reporter, input.Kind, input.Description, input.Evidence, scope.Today, due);
            scope.Db.DataQualityIssues.Add(issue);
            return new MutationRunner.Change(issue, issue, $"{input.Kind} data reported on {resource.Code}; answer due {due:yyyy-MM-dd}.");
        });
    }

    private static Task<Payload> AnswerAsync(IResolveFieldContext ctx, AnswerDataQualityIssueInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataQualityIssue), MutationContextExtensions.TargetId(input.IssueId, nameof(DataQualityIssue)), async (scope, ct) =>
        {
            var issue = await scope.FindAsync<DataQualityIssue>(input.IssueId, "issueId", ct);
            var resource = await scope.Db.DataResources.SingleAsync(r => r.Id == issue.ResourceId, ct);
            scope.RequireDepartment(resource);
            scope.RequireVersion(issue, input.Version);
            issue.Settle(input.Resolution, input.Answer, scope.Today);
            return new MutationRunner.Change(issue, issue, $"Quality issue on {resource.Code} answered: {input.Resolution}.");
        });

    private static async Task<DataResource> ByCodeAsync(MutationScope scope, string code, CancellationToken ct) =>
        await scope.Db.DataResources.SingleOrDefaultAsync(r => r.Code == code, ct)
        ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No catalog entry has the code '{code}'.", "resourceCode"));
}

public sealed class DataQualityIssueGraphType : ObjectGraphType<DataQualityIssue>
{
    /// <summary>Government users; and the exchange systems of the provider and of the reporting department, which
    /// report issues and follow their answers.</summary>
    public static readonly Access Readers = Access.Government.InOwnDepartment(Roles.DataExchange);

    public DataQualityIssueGraphType()
    {
        Name = "DataQualityIssue";
        Description = "A quality problem a consumer reported with a catalog entry's data (wrong, missing or late), with its evidence; the provider answers by a deadline.";
        this.IsNode();
        Field<DataResourceGraphType>("resource").Description("The catalog entry.").Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        Field<DepartmentGraphType>("reportedBy").Description("The department that reported it.").Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.ReportedByDepartmentId));
        Field<NonNullGraphType<QualityIssueKindGraphType>>("kind").Description("Wrong, missing or late data.").Resolve(ctx => ctx.Source.Kind);
        Field(i => i.Description).Description("What is wrong.");
        Field(i => i.Evidence).Description("What shows it.");
        Field(i => i.ReportedOn).Description("When it was reported.");
        Field(i => i.AnswerDueOn).Description("The provider answers by this day (working days on the published calendar).");
        Field<QualityIssueResolutionGraphType>("resolution").Description("How the provider settled it; null while open.").Resolve(ctx => ctx.Source.Resolution);
        Field(i => i.Answer, nullable: true).Description("The provider's answer.");
        Field(i => i.AnsweredOn, nullable: true).Description("When it answered.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("Unanswered past its deadline, today.").Resolve(ctx => ctx.Source.IsOverdue(ctx.Clock().Today));
        Field(i => i.Version).Description("Concurrency version; changes with every edit.");
        this.ReadableBy(Readers);
    }
}

public sealed class QualityIssueKindGraphType() : DescribedEnumGraphType<QualityIssueKind>("What is wrong with the data a consumer got.", new Dictionary<QualityIssueKind, string>
{
    [QualityIssueKind.Wrong] = "Values that are not true.",
    [QualityIssueKind.Missing] = "Records or values that should be there and are not.",
    [QualityIssueKind.Late] = "Data not refreshed when its update cycle says.",
});

public sealed class QualityIssueResolutionGraphType() : DescribedEnumGraphType<QualityIssueResolution>("How the provider settled a quality issue.", new Dictionary<QualityIssueResolution, string>
{
    [QualityIssueResolution.Corrected] = "The data was put right.",
    [QualityIssueResolution.NotAnIssue] = "The data was right; the answer says why.",
});

/// <summary>Input of <c>recordDataUpdate</c>.</summary>
public sealed record RecordDataUpdateInput(string ResourceCode, DateOnly? UpdatedOn);

public sealed class RecordDataUpdateInputGraphType : InputObjectGraphType<RecordDataUpdateInput>
{
    public RecordDataUpdateInputGraphType()
    {
        Name = "RecordDataUpdateInput";
        Description = "A refresh of an entry's data by its provider.";
        Field<NonNullGraphType<StringGraphType>>("resourceCode").Description("The entry's code.");
        Field<DateOnlyGraphType>("updatedOn").Description("When the data was refreshed (default today): not in the future, not before the last refresh recorded.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reportDataQualityIssue</c>.</summary>
public sealed record ReportDataQualityIssueInput(string ResourceCode, QualityIssueKind Kind, string Description, string Evidence);

public sealed class ReportDataQualityIssueInputGraphType : InputObjectGraphType<ReportDataQualityIssueInput>
{
    public ReportDataQualityIssueInputGraphType()
    {
        Name = "ReportDataQualityIssueInput";
        Description = "A quality problem with an entry's data, reported by a department that uses it.";
        Field<NonNullGraphType<StringGraphType>>("resourceCode").Description("The entry's code.");
        Field<NonNullGraphType<QualityIssueKindGraphType>>("kind").Description("Wrong, missing or late data.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What is wrong (up to 4,000 characters).");
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("What shows it: record keys, a sample, dates (up to 4,000 characters).");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>answerDataQualityIssue</c>.</summary>
public sealed record AnswerDataQualityIssueInput(string IssueId, int Version, QualityIssueResolution Resolution, string Answer);

public sealed class AnswerDataQualityIssueInputGraphType : InputObjectGraphType<AnswerDataQualityIssueInput>
{
    public AnswerDataQualityIssueInputGraphType()
    {
        Name = "AnswerDataQualityIssueInput";
        Description = "The provider's answer to a quality issue.";
        Field<NonNullGraphType<IdGraphType>>("issueId").Description("The issue.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<NonNullGraphType<QualityIssueResolutionGraphType>>("resolution").Description("Corrected, or not an issue.");
        Field<NonNullGraphType<StringGraphType>>("answer").Description("What was corrected, or why the data was right.");
        this.ReadableBy(Access.Inherited);
    }
}

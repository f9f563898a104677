using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
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

/// <summary>The data-needs list (需求清单): needs published by departments, routed by the office, answered by providers.</summary>
public static class DataNeeds
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Connection<object?, DataNeedGraphType>("dataNeeds", "The data-needs list, latest first.")
            .ReadableBy(Readers.Government)
            .Argument<DataNeedStatusGraphType>("status", "Only needs in this state.")
            .Argument<StringGraphType>("departmentCode", "Only needs this department published or was asked to answer.")
            .Argument<BooleanGraphType>("overdue", "True: only routed needs unanswered past their deadline today.")
            .ResolveQuery(ctx =>
            {
                var loaders = ctx.Loaders();
                var needs = loaders.Visible<DataNeed>();
                if (ctx.GetArgument<DataNeedStatus?>("status") is { } status) needs = needs.Where(n => n.Status == status);
                if (ctx.GetArgument<string?>("departmentCode") is { } code)
                    needs = needs.Where(n => loaders.Db.Departments.Any(d => d.Code == code && (d.Id == n.RequesterDepartmentId || d.Id == n.ProviderDepartmentId)));
                if (ctx.GetArgument<bool?>("overdue") == true)
                {
                    var today = ctx.Clock().Today;
                    needs = needs.Where(n => n.Status == DataNeedStatus.Routed && n.AnswerDueOn < today);
                }
                return needs.OrderByDescending(n => n.PublishedOn).ThenBy(n => n.Code);
            });

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutation<DataNeedGraphType, PublishDataNeedInputGraphType, PublishDataNeedInput>("publishDataNeed", DataSharingReaders.SharingRequesters,
            "A department publishes data it needs and cannot find in the catalog: what, for what, on what legal basis, by when. The office routes it.", "The need.", PublishAsync);
        mutation.Mutation<DataNeedGraphType, RouteDataNeedInputGraphType, RouteDataNeedInput>("routeDataNeed", Readers.Office,
            "The office routes a published need to the department that holds such data; it answers within 10 working days (DataSharing:NeedAnswerWorkingDays).", "The need, its version and the provider.", RouteAsync);
        mutation.Mutation<DataNeedGraphType, AnswerDataNeedInputGraphType, AnswerDataNeedInput>("answerDataNeed", DataSharingReaders.CatalogKeepers,
            "The provider answers a routed need: it will provide the data through one of its catalog entries (register a new one first if none holds it), or it cannot, and why.",
            "The need, its version, and the entry's code or the reason.", AnswerAsync);
    }

    private static Task<Payload> PublishAsync(IResolveFieldContext ctx, PublishDataNeedInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataNeed), null, async (scope, ct) =>
        {
            var requester = scope.RequireCallerDepartment();
            var code = await SequentialCodes.NextAsync(scope.Db.DataNeeds.Select(n => n.Code), $"XQ-{scope.Today.Year}-", ct);
            var need = DataNeed.Publish(code, requester, input.Title, input.Description, input.Purpose, input.LegalBasis, input.NeededBy, scope.Today);
            scope.Db.DataNeeds.Add(need);
            return new MutationRunner.Change(need, need, $"Data need {need.Code}: {need.Title}.");
        });

    private static Task<Payload> RouteAsync(IResolveFieldContext ctx, RouteDataNeedInput input)
    {
        var days = ctx.RequestServices!.GetRequiredService<DataSharingOptions>().NeedAnswerWorkingDays;
        return OnNeed(ctx, input.NeedId, input.Version, keeperOnly: false, async (need, scope, ct) =>
        {
            var provider = await scope.DepartmentAsync(input.ProviderCode, "providerCode", ct);
            need.RouteTo(provider.Id, scope.Today, (await scope.CalendarAsync(ct)).AddWorkingDays(scope.Today, days));
            return $"routed to {provider.Code}, answer due {need.AnswerDueOn:yyyy-MM-dd}";
        });
    }

    private static Task<Payload> AnswerAsync(IResolveFieldContext ctx, AnswerDataNeedInput input) =>
        OnNeed(ctx, input.NeedId, input.Version, keeperOnly: true, async (need, scope, ct) =>
        {
            if ((input.ResourceCode is null) == (input.Reason is null))
                throw new MutationRefusal(new UserError(UserError.Validation, "Give the catalog entry that provides the data (resourceCode), or why it cannot be provided (reason), one of them.", "resourceCode"));
            if (input.ResourceCode is { } code)
            {
                var resource = await scope.Db.DataResources.SingleOrDefaultAsync(r => r.Code == code, ct)
                    ?? throw new MutationRefusal(new UserError(UserError.NotFound, $"No catalog entry has the code '{code}'.", "resourceCode"));
                need.Provide(resource, scope.Today);
                return $"to be provided through {resource.Code}";
            }
            need.Decline(input.Reason!, scope.Today);
            return "declined";
        });

    /// <summary>Loads a need at the given version (the provider's own, for <paramref name="keeperOnly"/>), applies one step and describes it.</summary>
    private static Task<Payload> OnNeed(IResolveFieldContext ctx, string id, int version, bool keeperOnly, Func<DataNeed, MutationScope, CancellationToken, Task<string>> step) =>
        ctx.Mutations().RunAsync(ctx, nameof(DataNeed), MutationContextExtensions.TargetId(id, nameof(DataNeed)), async (scope, ct) =>
        {
            var need = await scope.FindAsync<DataNeed>(id, "needId", ct);
            if (keeperOnly)
            {
                if (need.ProviderDepartmentId is not { } provider)
                    throw new MutationRefusal(new UserError(UserError.InvalidTransition, $"{need.Code} is not routed to a provider yet.", "needId"));
                scope.RequireDepartment(provider);
            }
            scope.RequireVersion(need, version);
            var what = await step(need, scope, ct);
            return new MutationRunner.Change(need, need, $"Data need {need.Code} {what}.");
        });
}

public sealed class DataNeedGraphType : ObjectGraphType<DataNeed>
{
    public DataNeedGraphType()
    {
        Name = "DataNeed";
        Description = "An entry of the data-needs list (需求清单): data a department needs, routed by the office to the department that holds it, which answers by a deadline.";
        this.IsNode();
        Field(n => n.Code).Description("XQ-yyyy-nnn.");
        Field<DepartmentGraphType>("requester").Description("The department that needs the data.").Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.RequesterDepartmentId));
        Field(n => n.Title).Description("What data is needed.");
        Field(n => n.Description).Description("Which records and fields.");
        Field(n => n.Purpose).Description("What the data is for.");
        Field(n => n.LegalBasis).Description("The legal basis for using it.");
        Field(n => n.NeededBy).Description("When it is needed.");
        Field(n => n.PublishedOn).Description("When the need was published.");
        Field<NonNullGraphType<DataNeedStatusGraphType>>("status").Description("Published, routed, provided or declined.").Resolve(ctx => ctx.Source.Status);
        Field<DepartmentGraphType>("provider").Description("The department the office routed it to; null before.").Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.ProviderDepartmentId));
        Field(n => n.RoutedOn, nullable: true).Description("When it was routed.");
        Field(n => n.AnswerDueOn, nullable: true).Description("The provider answers by this day (working days on the published calendar).");
        Field<DataResourceGraphType>("resource").Description("The catalog entry that provides the data, once the provider said so (null also when the caller does not see it).")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        Field(n => n.DeclineReason, nullable: true).Description("Why the provider cannot provide it.");
        Field(n => n.AnsweredOn, nullable: true).Description("When the provider answered.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("Routed and unanswered past its deadline, today.").Resolve(ctx => ctx.Source.IsOverdue(ctx.Clock().Today));
        Field(n => n.Version).Description("Concurrency version; changes with every edit.");
        this.ReadableBy(Readers.Government);
    }
}

public sealed class DataNeedStatusGraphType() : Engine.Common.DescribedEnumGraphType<DataNeedStatus>("Where a data need stands.", new Dictionary<DataNeedStatus, string>
{
    [DataNeedStatus.Published] = "Published; the office is to route it.",
    [DataNeedStatus.Routed] = "Routed to a provider, which is to answer by the deadline.",
    [DataNeedStatus.Provided] = "The provider will provide the data through a catalog entry.",
    [DataNeedStatus.Declined] = "The provider cannot provide it, and said why.",
});

/// <summary>Input of <c>publishDataNeed</c>.</summary>
public sealed record PublishDataNeedInput(string Title, string Description, string Purpose, string LegalBasis, DateOnly NeededBy);

public sealed class PublishDataNeedInputGraphType : InputObjectGraphType<PublishDataNeedInput>
{
    public PublishDataNeedInputGraphType()
    {
        Name = "PublishDataNeedInput";
        Description = "Data the caller's department needs.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("What data (up to 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("description").Description("Which records and fields.");
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("What it is for.");
        Field<NonNullGraphType<StringGraphType>>("legalBasis").Description("The legal basis for using it.");
        Field<NonNullGraphType<DateOnlyGraphType>>("neededBy").Description("When it is needed: after today.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>routeDataNeed</c>.</summary>
public sealed record RouteDataNeedInput(string NeedId, int Version, string ProviderCode);

public sealed class RouteDataNeedInputGraphType : InputObjectGraphType<RouteDataNeedInput>
{
    public RouteDataNeedInputGraphType()
    {
        Name = "RouteDataNeedInput";
        Description = "A published need routed to the department that holds such data.";
        Field<NonNullGraphType<IdGraphType>>("needId").Description("The need.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<NonNullGraphType<StringGraphType>>("providerCode").Description("The department that is to answer.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>answerDataNeed</c>.</summary>
public sealed record AnswerDataNeedInput(string NeedId, int Version, string? ResourceCode, string? Reason);

public sealed class AnswerDataNeedInputGraphType : InputObjectGraphType<AnswerDataNeedInput>
{
    public AnswerDataNeedInputGraphType()
    {
        Name = "AnswerDataNeedInput";
        Description = "The provider's answer to a routed need: the entry that provides the data, or why it cannot.";
        Field<NonNullGraphType<IdGraphType>>("needId").Description("The need.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<StringGraphType>("resourceCode").Description("The provider's catalog entry that holds the data (registered first if new); give it, or reason.");
        Field<StringGraphType>("reason").Description("Why the data cannot be provided; give it, or resourceCode.");
        this.ReadableBy(Access.Inherited);
    }
}

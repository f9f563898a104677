using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Loading;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Common;

/// <summary>The root fields <c>node</c> and <c>nodes</c> (Relay global object identification).
/// They load through the same batch loaders as nested references.</summary>
public static class NodeQueries
{
    private static readonly Dictionary<string, Func<Loaders, Guid, IDataLoaderResult>> ByTypeName = new()
    {
        ["Department"] = (l, id) => l.ById<Department>(id),
        ["Programme"] = (l, id) => l.ById<Programme>(id),
        ["Official"] = (l, id) => l.ById<Official>(id),
        ["ResponsibilityAssignment"] = (l, id) => l.ById<ResponsibilityAssignment>(id),
        ["Delegation"] = (l, id) => l.ById<Delegation>(id),
        ["FulfilmentRecord"] = (l, id) => l.ById<FulfilmentRecord>(id),
        ["Project"] = (l, id) => l.ById<Project>(id),
        ["ProjectDecision"] = (l, id) => l.ById<ProjectDecision>(id),
        ["Milestone"] = (l, id) => l.ById<Milestone>(id),
        ["ProgressReport"] = (l, id) => l.ById<ProgressReport>(id),
        ["ChangeRequest"] = (l, id) => l.ById<ChangeRequest>(id),
        ["Expert"] = (l, id) => l.ById<Expert>(id),
        ["ReviewPanel"] = (l, id) => l.ById<ReviewPanel>(id),
        ["ExpertOpinion"] = (l, id) => l.ById<ExpertOpinion>(id),
        ["ImplementationPlan"] = (l, id) => l.ById<ImplementationPlan>(id),
        ["Tender"] = (l, id) => l.ById<Tender>(id),
        ["Contract"] = (l, id) => l.ById<Contract>(id),
        ["Acceptance"] = (l, id) => l.ById<Acceptance>(id),
        ["PostEvaluation"] = (l, id) => l.ById<PostEvaluation>(id),
        ["SpecialFund"] = (l, id) => l.ById<SpecialFund>(id),
        ["BudgetLine"] = (l, id) => l.ById<BudgetLine>(id),
        ["FundAllocation"] = (l, id) => l.ById<FundAllocation>(id),
        ["Expenditure"] = (l, id) => l.ById<Expenditure>(id),
        ["ConsolidationSaving"] = (l, id) => l.ById<ConsolidationSaving>(id),
        ["DataResource"] = (l, id) => l.ById<DataResource>(id),
        ["DataItem"] = (l, id) => l.ById<DataItem>(id),
        ["SharingRequest"] = (l, id) => l.ById<SharingRequest>(id),
        ["SharingGrant"] = (l, id) => l.ById<SharingGrant>(id),
        ["DataAccessLogEntry"] = (l, id) => l.ById<DataAccessLogEntry>(id),
        ["Assessment"] = (l, id) => l.ById<Assessment>(id),
        ["IndicatorResult"] = (l, id) => l.ById<IndicatorResult>(id),
        ["AuditEntry"] = (l, id) => l.ById<AuditEntry>(id),
        ["DataDispute"] = (l, id) => l.ById<DataDispute>(id),
    };

    /// <summary>Type names that <c>node</c> can fetch; the schema test checks this against every type implementing Node.</summary>
    public static IReadOnlyCollection<string> FetchableTypes => ByTypeName.Keys;

    public static void AddTo(ObjectGraphType query, int maxIds)
    {
        query.Field<NodeInterface>("node")
            .ReadableBy(Readers.Anyone)
            .Description("The object with this global id, or null when there is none. A malformed id is an error (INVALID_ID).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id read from an object's 'id' field.")
            .Resolve(ctx => Load(ctx.Loaders(), ctx.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .ReadableBy(Readers.Anyone)
            .Description($"The objects with these global ids, in the same order; null where there is none. At most {maxIds} ids (configurable).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids read from objects' 'id' fields.")
            .Resolve(ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > maxIds)
                    throw new ExecutionError($"'nodes' takes at most {maxIds} ids; {ids.Count} were given.") { Code = ErrorCodes.PageSizeExceeded };
                var loaders = ctx.Loaders();
                return ids.Select(id => Load(loaders, id)).ToList();
            });
    }

    private static IDataLoaderResult Load(Loaders loaders, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var typeName, out var id))
            throw new ExecutionError($"'{globalId}' is not a global id of this API.") { Code = ErrorCodes.InvalidId };
        return ByTypeName.TryGetValue(typeName, out var load) ? load(loaders, id) : LoaderResults.Known<object?>(null);
    }
}

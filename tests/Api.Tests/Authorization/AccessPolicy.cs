using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>
/// Who may read what: DOMAIN.md section 7 written out for the tests, independently of the API's own
/// declarations. The matrix test holds the running API to this table for every field and principal.
/// A rule admits the public, roles everywhere, and roles for objects of their own department.
/// </summary>
public static class AccessPolicy
{
    public sealed record Rule(bool Public, string[] Everywhere, string[] Own)
    {
        /// <summary>More readers on objects with a given fact (e.g. "published").</summary>
        public (string Fact, Rule Readers)? Condition { get; init; }

        public bool Admits(Principal principal, string objectDepartment, IReadOnlySet<string>? facts = null) =>
            Public
            || principal.Roles.Any(Everywhere.Contains)
            || (principal.Roles.Any(Own.Contains) && principal.Department == objectDepartment)
            || (Condition is { } c && facts?.Contains(c.Fact) == true && c.Readers.Admits(principal, objectDepartment, facts));
    }

    public static readonly string[] Gov = [.. Roles.Government];

    public static readonly Rule Anyone = new(true, [], []);
    public static readonly Rule Government = new(false, Gov, []);
    public static readonly Rule GovernmentAndDashboards = new(false, [.. Gov, Roles.Dashboard], []);
    public static readonly Rule MoneyAndContracts = new(false, [Roles.Finance, Roles.CommitteeOffice], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule FundManagers = new(false, [Roles.Finance, Roles.CommitteeOffice], []);
    public static readonly Rule ExpertIdentities = new(false, [Roles.CommitteeOffice, Roles.Expert], []);
    public static readonly Rule ContactDetails = new(false, [Roles.CommitteeOffice, Roles.Admin],
        [Roles.Staff, Roles.InformationManager, Roles.DepartmentLeader, Roles.Finance, Roles.DataSteward, Roles.Expert]);
    public static readonly Rule CatalogItems = new(false, [.. Gov, Roles.DataExchange], []);
    public static readonly Rule SharingGrants = new(false, [Roles.CommitteeOffice],
        [Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader, Roles.DataExchange]);
    public static readonly Rule AccessLogs = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.DepartmentLeader]);
    public static readonly Rule DataAccessors = new(false, [], [.. Gov, Roles.DataExchange]);
    public static readonly Rule Office = new(false, [Roles.CommitteeOffice], []);
    public static readonly Rule PanelExperts = new(false, [Roles.Expert], []);
    public static readonly Rule ProjectPublishers = new(false, [Roles.CommitteeOffice], [Roles.DepartmentLeader]);
    public static readonly Rule OwningLeader = new(false, [], [Roles.DepartmentLeader]);
    public static readonly Rule ResponsibilityKeepers = new(false, [Roles.CommitteeOffice, Roles.Admin], [Roles.DepartmentLeader]);
    public static readonly Rule SharingRequesters = new(false, [], [Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule SharingDeciders = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.DepartmentLeader]);
    public static readonly Rule CatalogKeepers = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.InformationManager]);
    public static readonly Rule ContractSigners = new(false, [], [Roles.DepartmentLeader, Roles.InformationManager]);
    public static readonly Rule Auditors = new(false, [Roles.CommitteeOffice, Roles.Admin], []);
    public static readonly Rule Administrators = new(false, [Roles.Admin], []);
    public static readonly Rule Operations = new(false, [Roles.CommitteeOffice], [.. Gov.Where(r => r != Roles.Expert)]);
    public static readonly Rule OperationsKeepers = new(false, [Roles.CommitteeOffice], [Roles.InformationManager, Roles.Staff]);
    public static readonly Rule WebhookKeepers = new(false, [Roles.Admin], [Roles.DataSteward]);
    /// <summary>Role level: a steward reaches the list and the log, whose rows are confined to its department's webhooks.</summary>
    public static readonly Rule WebhookLogReaders = new(false, [Roles.Admin, Roles.DataSteward], []);
    public static readonly Rule Syncing = new(false, [.. Gov, Roles.Dashboard, Roles.DataExchange], []);
    public static readonly Rule ProjectApplicants = new(false, [Roles.CommitteeOffice], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule PlanDrafters = new(false, [], [Roles.InformationManager]);
    public static readonly Rule PlanSubmitters = new(false, [], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule PlanLinkers = new(false, [Roles.CommitteeOffice], [Roles.InformationManager]);
    public static readonly Rule PanelComposition = ExpertIdentities with { Condition = ("closed", Government) };
    public static readonly Rule PanelDraw = Office with { Condition = ("closed", Government) };
    public static readonly Rule AcceptanceVerdicts = ExpertIdentities with { Condition = ("concluded", Government) };
    public static readonly Rule AssessmentResults = new(false, [Roles.CommitteeOffice], [Roles.DepartmentLeader])
    {
        Condition = ("published", GovernmentAndDashboards),
    };

    public sealed record TypeRule(Rule Objects, Rule Fields, Dictionary<string, Rule>? Except = null)
    {
        public Rule Field(string name) => Except?.GetValueOrDefault(name) ?? Fields;
    }

    public static Dictionary<string, Rule> Fields(params (Rule Rule, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (n, g.Rule))).ToDictionary(x => x.n, x => x.Rule);

    /// <summary>Each feature's rules (its types, root fields and mutations) in a <c>&lt;Feature&gt;AccessPolicy</c>
    /// beside its tests; here those of the engine (node, nodes, me) and of the shared value types.</summary>
    private static readonly FeatureAccess Own = new()
    {
        ValueTypes = new()
        {
            ["Money"] = ("SpecialFund", "cap", new(Anyone, Anyone)),
            ["Variance"] = ("Project", "scheduleVariance", new(Anyone, Anyone)),
        },
        Query = new()
        {
            ["me"] = Anyone,
            ["node"] = Anyone,
            ["nodes"] = Anyone,
        },
    };

    /// <summary>What one feature contributes: its node types, value types, root fields and mutations.</summary>
    public sealed record FeatureAccess
    {
        /// <summary>Types fetched by node(id:): who may read the objects, their fields by default, and the exceptions.</summary>
        public Dictionary<string, TypeRule> NodeTypes { get; init; } = new();
        /// <summary>Value types, reached from a node type's field: (parent type, field on the parent, the value type's rules).</summary>
        public Dictionary<string, (string Parent, string Field, TypeRule Rule)> ValueTypes { get; init; } = new();
        /// <summary>Root fields.</summary>
        public Dictionary<string, Rule> Query { get; init; } = new();
        /// <summary>Mutations: who may call them at all (role level; the department is checked on the target
        /// and refused in the payload with NOT_PERMITTED), each with its harmless input. One entry per mutation.</summary>
        public Dictionary<string, MutationRule> Mutation { get; init; } = new();
        /// <summary>Node types whose "own department" readers are kept to their department by row visibility:
        /// another department's object is not there for them (null), rather than refused with an error.</summary>
        public HashSet<string> RowConfined { get; init; } = [];
        /// <summary>The arguments the matrix calls a root field with, where it has required ones.</summary>
        public Dictionary<string, string> QueryArguments { get; init; } = new();
        /// <summary>Object types the matrix does not reach (only through a payload, say), each with the test that covers it.</summary>
        public Dictionary<string, string> CoveredElsewhere { get; init; } = new();
    }

    // Gathered on first use, after every rule above exists: each feature's public static FeatureAccess Rules.
    private static readonly Lazy<FeatureAccess> All = new(() =>
    {
        var all = new FeatureAccess();
        var features = typeof(AccessPolicy).Assembly.GetTypes()
            .Select(t => t.GetField("Rules", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f?.FieldType == typeof(FeatureAccess)).Select(f => (FeatureAccess)f!.GetValue(null)!);
        foreach (var feature in features.Prepend(Own))
        {
            // Add, not set: a type, field or mutation written down twice is a mistake in the table.
            foreach (var (k, v) in feature.NodeTypes) all.NodeTypes.Add(k, v);
            foreach (var (k, v) in feature.ValueTypes) all.ValueTypes.Add(k, v);
            foreach (var (k, v) in feature.Query) all.Query.Add(k, v);
            foreach (var (k, v) in feature.Mutation) all.Mutation.Add(k, v);
            all.RowConfined.UnionWith(feature.RowConfined);
            foreach (var (k, v) in feature.QueryArguments) all.QueryArguments.Add(k, v);
            foreach (var (k, v) in feature.CoveredElsewhere) all.CoveredElsewhere.Add(k, v);
        }
        return all;
    });

    public static Dictionary<string, TypeRule> NodeTypes => All.Value.NodeTypes;
    public static Dictionary<string, (string Parent, string Field, TypeRule Rule)> ValueTypes => All.Value.ValueTypes;
    public static Dictionary<string, Rule> Query => All.Value.Query;
    public static Dictionary<string, MutationRule> Mutation => All.Value.Mutation;
    public static IReadOnlySet<string> RowConfined => All.Value.RowConfined;
    public static IReadOnlyDictionary<string, string> QueryArguments => All.Value.QueryArguments;
    public static IReadOnlyDictionary<string, string> CoveredElsewhere => All.Value.CoveredElsewhere;

    /// <summary>A mutation's callers and an input for it that names nothing that exists, so that
    /// calling it changes no data.</summary>
    public sealed record MutationRule(Rule Callers, string HarmlessInput);

}

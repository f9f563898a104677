using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Tests.TestHost;
using InfoGov.Domain.Common;
using InfoGov.Domain.Operations;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>
/// Every field of the schema, for every principal: anonymous; each Gov.* role in the department of
/// the object read and in another department; App.Dashboard; App.DataExchange. Each field is
/// selected on a real object (fetched with node(id:), or through its parent for value types) and
/// the outcome, allowed or refused with an AUTH_* error, must be what <see cref="AccessPolicy"/> says.
/// </summary>
[Collection(ApiCollection.Name)]
public class AccessMatrixTests(InfoGovApiFactory factory)
{
    private sealed record Target(string Type, string Id, string Department)
    {
        public HashSet<string> Facts { get; } = [];
    }

    private sealed record Case(Principal Principal, string Element, string Query, object Variables, bool Allowed);

    private static readonly string[] Structural = ["PageInfo"];

    [Fact]
    public async Task Every_field_for_every_principal_is_allowed_or_refused_as_the_policy_says()
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var targets = await Targets();
        var cases = new List<Case>();

        foreach (var (typeName, rule) in AccessPolicy.NodeTypes)
        {
            var type = (IObjectGraphType)schema.AllTypes[typeName]!;
            var target = targets[typeName];
            foreach (var principal in Principals(target.Department))
                foreach (var field in type.Fields)
                {
                    var allowed = rule.Objects.Admits(principal, target.Department, target.Facts) && rule.Field(field.Name).Admits(principal, target.Department, target.Facts);
                    // node(id:) and nodes(ids:) must give the same answer for every field and principal.
                    cases.Add(new Case(principal, $"{typeName}.{field.Name} (node)",
                        $"query($id: ID!) {{ node(id: $id) {{ ... on {typeName} {{ {Select(field)} }} }} }}", new { id = target.Id }, allowed));
                    cases.Add(new Case(principal, $"{typeName}.{field.Name} (nodes)",
                        $"query($id: ID!) {{ nodes(ids: [$id]) {{ ... on {typeName} {{ {Select(field)} }} }} }}", new { id = target.Id }, allowed));
                }
        }

        foreach (var (typeName, (parentName, parentField, rule)) in AccessPolicy.ValueTypes)
        {
            var type = (IObjectGraphType)schema.AllTypes[typeName]!;
            var parent = AccessPolicy.NodeTypes[parentName];
            var target = targets[parentName];
            var isPage = ((IObjectGraphType)schema.AllTypes[parentName]!).GetField(parentField)!.ResolvedType!.GetNamedType().Name.EndsWith("Connection");
            foreach (var principal in Principals(target.Department))
                foreach (var field in type.Fields)
                {
                    var inner = isPage ? $"nodes {{ {Select(field)} }}" : Select(field);
                    cases.Add(new Case(principal, $"{typeName}.{field.Name}",
                        $"query($id: ID!) {{ node(id: $id) {{ ... on {parentName} {{ {parentField} {{ {inner} }} }} }} }}", new { id = target.Id },
                        parent.Objects.Admits(principal, target.Department, target.Facts) && parent.Field(parentField).Admits(principal, target.Department, target.Facts)
                        && rule.Objects.Admits(principal, target.Department, target.Facts) && rule.Field(field.Name).Admits(principal, target.Department, target.Facts)));
                }
        }

        var query = (IObjectGraphType)schema.Query;
        foreach (var principal in Principals("GAJ"))
        {
            foreach (var field in query.Fields)
                cases.Add(new Case(principal, $"Query.{field.Name}", $"{{ {field.Name}{RootArguments(field.Name, targets)} {{ {RootSelection(field)} }} }}",
                    new { }, AccessPolicy.Query[field.Name].Admits(principal, "GAJ")));
            // The generic page types, once: they only ever follow a field that was already checked.
            cases.Add(new Case(principal, "DepartmentConnection/Edge/PageInfo.*",
                "{ departments(first: 2) { totalCount nodes { id } edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }", new { }, true));
            cases.Add(new Case(principal, "Caller.*", "{ me { name objectId roles department isApp } }", new { }, true));
            cases.Add(new Case(principal, "ExpenditureTotals/ExpenditureCategoryTotal.*",
                "{ expenditureTotals { count total { amount } advanced { amount } byCategory { nodes { category count total { amount } } } } }", new { },
                AccessPolicy.FundManagers.Admits(principal, "GAJ")));
            // Mutations at role level; the target's department is checked in the payload (NOT_PERMITTED).
            // Every input names nothing that exists, so the matrix changes no data.
            foreach (var (name, (rule, input)) in AccessPolicy.Mutation)
                cases.Add(new Case(principal, $"Mutation.{name}", $"mutation {{ {name}(input: {input}) {{ errors {{ code }} }} }}", new { },
                    rule.Admits(principal, principal.Department ?? "")));
        }

        AssertEveryTypeCovered(schema);
        var failures = new List<string>();
        foreach (var group in cases.GroupBy(c => c.Principal))
        {
            var client = ClientFor(group.Key);
            foreach (var chunk in group.Chunk(10))
            {
                var body = JsonConvert.SerializeObject(chunk.Select(c => new { query = c.Query, variables = c.Variables }));
                var response = await client.PostRawAsync(body, "application/json", "application/json");
                var results = (JArray)response.Body;
                for (var i = 0; i < chunk.Length; i++)
                {
                    var errors = (results[i]["errors"] as JArray ?? []).Select(e => (string?)e["extensions"]?["code"]).ToList();
                    // For types whose department rule is their row visibility, a hidden object (node(id:) gives
                    // null without an error) is a refusal.
                    var hidden = AccessPolicy.RowConfined.Contains(chunk[i].Element.Split('.')[0])
                                 && (results[i]["data"]?["node"]?.Type == JTokenType.Null || results[i]["data"]?["nodes"]?[0]?.Type == JTokenType.Null);
                    var denied = hidden || errors.Any(code => code is "AUTH_NOT_AUTHENTICATED" or "AUTH_NOT_AUTHORIZED");
                    var other = errors.Where(code => code is not ("AUTH_NOT_AUTHENTICATED" or "AUTH_NOT_AUTHORIZED")).ToList();
                    if (other.Count > 0) failures.Add($"{chunk[i].Principal}: {chunk[i].Element} failed: {results[i]["errors"]}");
                    else if (denied == chunk[i].Allowed)
                        failures.Add($"{chunk[i].Principal}: {chunk[i].Element} was {(denied ? "refused" : "allowed")}, the policy says {(chunk[i].Allowed ? "allowed" : "refused")}");
                }
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases differ from the policy:\n" + string.Join("\n", failures.Take(60)));
        Assert.True(cases.Count > 5000, $"Only {cases.Count} cases");
    }

    private static IEnumerable<Principal> Principals(string ownDepartment)
    {
        var other = ownDepartment == "MZJ" ? "JYJ" : "MZJ";
        yield return new Principal("anonymous", [], null);
        foreach (var role in Roles.Government)
        {
            yield return new Principal($"{role}@own({ownDepartment})", [role], ownDepartment);
            yield return new Principal($"{role}@other({other})", [role], other);
        }
        yield return new Principal(Roles.Dashboard, [Roles.Dashboard], null, IsApp: true);
        yield return new Principal($"{Roles.DataExchange}@own({ownDepartment})", [Roles.DataExchange], ownDepartment, IsApp: true);
    }

    private HttpClient ClientFor(Principal principal)
    {
        var client = factory.CreateClient();
        if (!principal.IsAnonymous)
            client.DefaultRequestHeaders.Authorization = new("Bearer", factory.Token(new TokenRequest(principal.Roles, principal.Department, principal.IsApp)));
        return client;
    }

    /// <summary>
    /// One stored object of a node type the query above does not reach, read from the database: a
    /// new entity is covered by the matrix without an edit here. Its department is the one it
    /// declares (its own, or its project's).
    /// </summary>
    private async Task<Target?> AnyStoredObject(string typeName)
    {
        var schema = factory.Services.GetRequiredService<ISchema>();
        var clr = ((IObjectGraphType)schema.AllTypes[typeName]!).ClrType();
        if (clr is null) return null;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(clr).Invoke(db, null)!;
        if (await set.FirstOrDefaultAsync() is not Entity entity) return null;
        var departmentId = entity switch
        {
            IBelongsToDepartment owned => owned.DepartmentId,
            IPartOfProject part => (await db.Projects.SingleAsync(p => p.Id == part.ProjectId)).OwnerDepartmentId,
            IPartOfSystem record => (await db.InformationSystems.SingleAsync(s => s.Id == record.SystemId)).OwnerDepartmentId,
            _ => (Guid?)null,
        };
        var department = departmentId is { } id ? (await db.Departments.SingleAsync(d => d.Id == id)).Code : "GAJ";
        return new Target(typeName, GlobalId.Encode(typeName, entity.Id), department);
    }

    private static string Select(FieldType field)
    {
        var named = field.ResolvedType!.GetNamedType();
        var name = field.Name + RequiredArguments(field);
        if (named is not IComplexGraphType) return name;
        return named.Name.EndsWith("Connection", StringComparison.Ordinal) ? $"{name} {{ totalCount }}" : $"{name} {{ __typename }}";
    }

    /// <summary>A value for each required argument of a nested field, by the argument's name.</summary>
    private static string RequiredArguments(FieldType field)
    {
        var required = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null).ToList();
        if (required.Count == 0) return "";
        return "(" + string.Join(", ", required.Select(a => a.Name switch
        {
            "month" => "month: \"2026-11-01\"",
            "year" => "year: 2026",
            _ => throw new InvalidOperationException($"No sample value for the required argument {field.Name}({a.Name}:)."),
        })) + ")";
    }

    private static string RootSelection(FieldType field) => field.ResolvedType!.GetNamedType() switch
    {
        IComplexGraphType t when t.Name.EndsWith("Connection", StringComparison.Ordinal) => "totalCount",
        _ => "__typename",
    };

    private static string RootArguments(string field, IReadOnlyDictionary<string, Target> targets) => field switch
    {
        "node" => $"(id: \"{targets["Project"].Id}\")",
        "nodes" => $"(ids: [\"{targets["Project"].Id}\"])",
        "department" => "(code: \"GAJ\")",
        "programme" => "(code: \"EGOV\")",
        "project" => "(code: \"XM-2024-009\")",
        "dataResource" => "(code: \"ZY-GAJ-001\")",
        "specialFund" => "(year: 2025)",
        "assessments" => "(year: 2025)",
        "changes" => "(since: 0)",
        "operationsKpis" => "(month: \"2026-11-01\")",
        "portfolio" => "(groupBy: PROGRAMME)",
        "bulletin" => "(month: \"2026-10-01\")",
        "plan" => "(code: \"GH-GAJ-2026-5Y\")",
        _ => AccessPolicy.QueryArguments.GetValueOrDefault(field, ""),
    };

    private static void AssertEveryTypeCovered(ISchema schema)
    {
        var covered = AccessPolicy.NodeTypes.Keys.Concat(AccessPolicy.ValueTypes.Keys).Concat(["Query", "Mutation", "Caller", "AccessLogIntegrity", "DataAccessReceipt", "ExpenditureTotals", "ExpenditureCategoryTotal", "Change"])
            // Reached through the subscription (SubscriptionAccessTests), registerWebhook's payload (WebhookTests) and
            // registerTrustedDocumentManifest's (OutsideDefectTests; administrators only, as the mutation).
            .Concat(["Subscription", "Event", "RegisteredWebhook", "TrustedDocumentManifest"])
            // Values of fields with arguments, covered by OperationsTests.
            .Concat(["SystemAvailability", "OperationsKpis"])
            // Root-only values, covered by PortfolioTests.
            .Concat(["PortfolioGroup", "StatusCount", "ColourCount", "MonthlyBulletin"])
            // Root-only value, covered by PlanTests.
            .Concat(["PlanGaps"])
            // Reached through the assessment mutations' payloads, covered by AssessmentRunTests.
            .Concat(["AssessmentYear"]).Concat(AccessPolicy.CoveredElsewhere.Keys).Concat(Structural).ToHashSet();
        Assert.Equal(((IObjectGraphType)schema.Mutation!).Fields.Select(f => f.Name).Order(), AccessPolicy.Mutation.Keys.Order());
        var missing = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !t.Name.EndsWith("Connection", StringComparison.Ordinal)
                        && !t.Name.EndsWith("Edge", StringComparison.Ordinal) && !t.Name.EndsWith("Payload", StringComparison.Ordinal) && t.Name != "UserError")
            .Select(t => t.Name).Where(n => !covered.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "Types the access policy does not cover: " + string.Join(", ", missing));
    }

    /// <summary>One real object of every node type, with the department it belongs to (read as the office).</summary>
    private async Task<IReadOnlyDictionary<string, Target>> Targets()
    {
        var data = (await factory.OfficeClient().PostQueryAsync("""
            {
              department(code: "GAJ") {
                id
                officials(first: 1) { nodes { id } }
                responsibilities(first: 100) { nodes { id delegations(first: 1) { nodes { id } } fulfilments(first: 1) { nodes { id } } } }
                dataResources(first: 100) { nodes { id openType items(first: 1) { nodes { id } } } }
                assessments(first: 1) { nodes { id isPublished indicators(first: 1) { nodes { id } } } }
                projects(first: 100) { nodes { id isPublished
                  decisions(first: 1) { nodes { id } } milestones(first: 1) { nodes { id } } progressReports(first: 1) { nodes { id } }
                  changeRequests(first: 1) { nodes { id } } reviewPanels(first: 1) { nodes { id isClosed opinions(first: 1) { nodes { id } } members(first: 1) { nodes { expert { id } } } } }
                  implementationPlan { id } tenders(first: 1) { nodes { id } } contracts(first: 1) { nodes { id } } acceptances(first: 1) { nodes { id } } postEvaluation { id }
                  budgetLines(first: 1) { nodes { id } } allocations(first: 1) { nodes { id fund { id } } } expenditures(first: 1) { nodes { id } } } }
              }
              openResources: dataResources(first: 1, filter: { openTypes: [OPEN] }) { nodes { id code sharingType provider { code } items(first: 1) { nodes { id } } } }
              programmes(first: 1) { nodes { id } }
              consolidationSavings(first: 1) { nodes { id } }
              sharingRequests(first: 1, filter: { statuses: [APPROVED] }) { nodes { id resource { provider { code } } grant { id accessLog(first: 1) { nodes { id } } } } }
            }
            """)).AssertNoErrors().Data;
        var targets = new Dictionary<string, Target>();
        void Add(string type, JToken? id, string department)
        {
            if (id is { Type: JTokenType.String } && !targets.ContainsKey(type)) targets[type] = new Target(type, (string)id!, department);
        }
        var gaj = data["department"]!;
        Add("Department", gaj["id"], "GAJ");
        Add("Official", gaj.SelectToken("officials.nodes[0].id"), "GAJ");
        Add("ResponsibilityAssignment", gaj.SelectToken("responsibilities.nodes[0].id"), "GAJ");
        Add("Delegation", gaj.SelectTokens("responsibilities.nodes[*].delegations.nodes[0].id").FirstOrDefault(), "GAJ");
        Add("FulfilmentRecord", gaj.SelectTokens("responsibilities.nodes[*].fulfilments.nodes[0].id").FirstOrDefault(), "GAJ");
        var open = data["openResources"]!["nodes"]![0]!;
        Add("DataResource", open["id"], (string)open["provider"]!["code"]!);
        Add("DataItem", open.SelectToken("items.nodes[0].id"), (string)open["provider"]!["code"]!);
        Add("Assessment", gaj.SelectToken("assessments.nodes[0].id"), "GAJ");
        Add("IndicatorResult", gaj.SelectToken("assessments.nodes[0].indicators.nodes[0].id"), "GAJ");
        var projects = gaj["projects"]!["nodes"]!.ToList();
        Add("Project", projects.First(p => (bool)p["isPublished"]! && p.SelectToken("budgetLines.nodes[0].id") is not null)["id"], "GAJ");
        foreach (var (type, path) in new[]
                 {
                     ("ProjectDecision", "decisions.nodes[0].id"), ("Milestone", "milestones.nodes[0].id"), ("ProgressReport", "progressReports.nodes[0].id"),
                     ("ChangeRequest", "changeRequests.nodes[0].id"), ("ReviewPanel", "reviewPanels.nodes[0].id"), ("ExpertOpinion", "reviewPanels.nodes[0].opinions.nodes[0].id"),
                     ("Expert", "reviewPanels.nodes[0].members.nodes[0].expert.id"), ("ImplementationPlan", "implementationPlan.id"), ("Tender", "tenders.nodes[0].id"),
                     ("Contract", "contracts.nodes[0].id"), ("Acceptance", "acceptances.nodes[0].id"), ("PostEvaluation", "postEvaluation.id"),
                     ("BudgetLine", "budgetLines.nodes[0].id"), ("FundAllocation", "allocations.nodes[0].id"), ("SpecialFund", "allocations.nodes[0].fund.id"),
                     ("Expenditure", "expenditures.nodes[0].id"),
                 })
            Add(type, projects.Select(p => p.SelectToken(path)).FirstOrDefault(t => t is { Type: JTokenType.String }), "GAJ");
        Add("Programme", data.SelectToken("programmes.nodes[0].id"), "GAJ");
        Add("ConsolidationSaving", data.SelectToken("consolidationSavings.nodes[0].id"), "GAJ");
        var request = data["sharingRequests"]!["nodes"]![0]!;
        var provider = (string)request["resource"]!["provider"]!["code"]!;
        Add("SharingRequest", request["id"], provider);
        Add("SharingGrant", request.SelectToken("grant.id"), provider);
        Add("DataAccessLogEntry", request.SelectToken("grant.accessLog.nodes[0].id"), provider);
        if ((bool?)gaj.SelectToken("assessments.nodes[0].isPublished") == true) targets["Assessment"].Facts.Add("published");
        var panel = projects.Select(p => p.SelectToken("reviewPanels.nodes[0]")).First(t => t is { Type: JTokenType.Object } && (string?)t["id"] == targets["ReviewPanel"].Id)!;
        if ((bool)panel["isClosed"]!) targets["ReviewPanel"].Facts.Add("closed");
        // The demo data's acceptances are all concluded (their verdicts readable to government users).
        targets["Acceptance"].Facts.Add("concluded");
        // An audit entry exists once something was attempted: a refused cancellation of nothing.
        var office = factory.OfficeClient();
        await office.PostQueryAsync("mutation { cancelProject(input: { id: \"bm9wZQ==\", version: 1, reason: \"matrix\" }) { errors { code } } }");
        Add("AuditEntry", (await office.PostQueryAsync("{ auditEntries(first: 1) { nodes { id } } }")).AssertNoErrors().Data.SelectToken("auditEntries.nodes[0].id"), "GAJ");
        // A dispute exists once someone raises one.
        var raised = (await office.PostQueryAsync("mutation($c: String!) { raiseDataDispute(input: { resourceCode: $c, recordReference: \"row 1\", description: \"matrix\" }) { errors { code message } } }",
            new { c = (string)open["code"]! })).AssertNoErrors().Data["raiseDataDispute"]!["errors"]!;
        Assert.True(!raised.Any(), raised.ToString());
        Add("DataDispute", (await office.PostQueryAsync("{ dataDisputes(first: 1) { nodes { id } } }")).AssertNoErrors().Data.SelectToken("dataDisputes.nodes[0].id"), "GAJ");
        // The information centre's cloud platform, with an incident and backups (seeded).
        var operations = (await office.PostQueryAsync("{ informationSystems(departmentCode: \"XXZX\", first: 1) { nodes { id incidents(first: 1) { nodes { id } } backups(first: 1) { nodes { id } } maintenance(first: 1) { nodes { id } } } } }"))
            .AssertNoErrors().Data["informationSystems"]!["nodes"]![0]!;
        Add("InformationSystem", operations["id"], "XXZX");
        Add("Incident", operations.SelectToken("incidents.nodes[0].id"), "XXZX");
        Add("BackupRecord", operations.SelectToken("backups.nodes[0].id"), "XXZX");
        Add("MaintenanceWindow", operations.SelectToken("maintenance.nodes[0].id"), "XXZX");
        // GAJ's approved five-year plan and one of its items (seeded); drafts are confined to their department (PlanTests).
        var plan = (await office.PostQueryAsync("{ plan(code: \"GH-GAJ-2026-5Y\") { id items(first: 1) { nodes { id } } } }")).AssertNoErrors().Data["plan"]!;
        Add("Plan", plan["id"], "GAJ");
        Add("PlanItem", plan.SelectToken("items.nodes[0].id"), "GAJ");
        // A webhook of GAJ's data steward, and one delivery of it (written directly: no event is raised here).
        var webhookId = await StewardWebhookAsync();
        Add("Webhook", webhookId, "GAJ");
        Add("WebhookDelivery", await DeliveryOfAsync(webhookId), "GAJ");
        foreach (var type in AccessPolicy.NodeTypes.Keys.Where(t => !targets.ContainsKey(t)).ToList())
            if (await AnyStoredObject(type) is { } found) targets[type] = found;
        var missing = AccessPolicy.NodeTypes.Keys.Where(t => !targets.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "No demo object found for: " + string.Join(", ", missing));
        return targets;
    }

    private async Task<JToken> StewardWebhookAsync()
    {
        var steward = factory.ClientAs("GAJ", Roles.DataSteward);
        var department = (string)(await steward.PostQueryAsync("{ department(code: \"GAJ\") { id } }")).AssertNoErrors().Data["department"]!["id"]!;
        var payload = (await steward.PostQueryAsync(
            "mutation($d: ID!) { registerWebhook(input: { url: \"https://hooks.example.org/matrix\", events: [PROJECT_STATUS_CHANGED], ownerApp: \"matrix\", departmentId: $d }) { registeredWebhook { webhook { id } } errors { code message } } }",
            new { d = department })).AssertNoErrors().Data["registerWebhook"]!;
        Assert.True(!payload["errors"]!.Any(), payload.ToString());
        return payload["registeredWebhook"]!["webhook"]!["id"]!;
    }

    private async Task<JToken> DeliveryOfAsync(JToken webhookId)
    {
        GlobalId.TryDecode((string)webhookId!, out _, out var id);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var webhook = await db.Webhooks.SingleAsync(w => w.Id == id);
        var message = InfoGov.Domain.Integration.OutboxMessage.Of(
            new InfoGov.Domain.Integration.DomainEvent(InfoGov.Domain.Integration.EventKind.ProjectStatusChanged, "Project", Guid.NewGuid(), DepartmentId: webhook.OwnerDepartmentId),
            null, InfoGovApiFactory.Now);
        message.MarkDispatched(InfoGovApiFactory.Now);
        var delivery = InfoGov.Domain.Integration.WebhookDelivery.For(webhook, message, InfoGovApiFactory.Now);
        delivery.RecordAttempt(InfoGovApiFactory.Now, 204, null, TimeSpan.FromSeconds(1));
        db.OutboxMessages.Add(message);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return GlobalId.Encode("WebhookDelivery", delivery.Id);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Adoption;

/// <summary>
/// A city adopts InfoGov from an empty database made by the production-start command: its first administrator
/// (known by Entra object id only) enters a department, its head and information manager, five experts, a
/// programme and next year's calendar through the API; a project goes through review drawn from those experts
/// with a deadline from that calendar; the project register and the catalog arrive as multipart uploads, all or nothing.
/// </summary>
public sealed class CityAdoptionTests : IAsyncLifetime
{
    private static readonly Guid AdminObjectId = Guid.Parse("6f1c1a52-9a8e-4d7b-a2a7-3c2f2b1d0e11");
    private static readonly Guid HeadAccount = Guid.Parse("0b7e2f3a-1c4d-4e5f-8a9b-0c1d2e3f4a5b");

    private static Guid ExpertAccount(int i) => Guid.Parse($"e0000000-0000-4000-8000-00000000000{i}");
    private readonly string _connectionString = TestDatabase.NewConnectionString();
    private CityFactory? _factory;

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__InfoGov"] = _connectionString,
            ["Database__Provider"] = TestDatabase.Provider,
            ["Database__MigrateOnStartup"] = "false",
            ["Database__SeedDemoData"] = "false",
        };
        string[] command = ["init-city", "--office-code", "XXB", "--office-name", "市信息化委员会办公室", "--admin-object-id", AdminObjectId.ToString(), "--admin-name", "Li Admin"];
        var (exit, output) = await ApiProcess.RunToExitAsync(command, environment);
        Assert.True(exit == 0, output);
        // A second start on the same database is refused: it never mixes into a city in use.
        var (again, refusal) = await ApiProcess.RunToExitAsync(command, environment);
        Assert.Equal(2, again);
        Assert.Contains("already holds 1 departments", refusal);
        _factory = new CityFactory(_connectionString);
    }

    public Task DisposeAsync()
    {
        _factory?.Dispose();
        TestDatabase.Drop(_connectionString);
        return Task.CompletedTask;
    }

    /// <summary>The first administrator: a token with no administrative app role, recognised by its object id.</summary>
    private HttpClient Admin()
    {
        var client = _factory!.CreateClient();
        var token = _factory.Token(new TokenRequest([Roles.Staff], "XXB") { ObjectId = AdminObjectId.ToString(), Name = "Li Admin" });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static async Task<JToken> RunAsync(HttpClient client, string mutation, string field, object input)
    {
        var result = ResultOf[mutation.TrimEnd('!')];
        var response = await client.PostQueryAsync($"mutation($input: {mutation}) {{ {field}(input: $input) {{ errors {{ code message field }} result: {result} {{ id }} }} }}", new { input });
        return response.AssertNoErrors().Data[field]!;
    }

    /// <summary>The payload's object field of each mutation used here, by input type.</summary>
    private static readonly Dictionary<string, string> ResultOf = new()
    {
        ["CreateDepartmentInput"] = "department",
        ["MoveDepartmentInput"] = "department",
        ["AppointOfficialInput"] = "official",
        ["EnlistExpertInput"] = "expert",
        ["ExpertStatusInput"] = "expert",
        ["OpenProgrammeInput"] = "programme",
        ["SetProgrammeTargetInput"] = "programmeTarget",
        ["CreateProjectDraftInput"] = "project",
        ["ProjectVersionInput"] = "project",
        ["PublishWorkingDayCalendarInput"] = "workingDayCalendarYear",
    };

    private static JToken Succeeded(JToken payload)
    {
        Assert.True(payload["errors"] is JArray { Count: 0 }, payload.ToString());
        return payload["result"]!;
    }

    [Fact]
    public async Task A_city_enters_itself_and_runs_a_project_through_review_on_its_own_experts_and_calendar()
    {
        using var admin = Admin();
        // Without the office's administrator record the same token may not create departments.
        using var stranger = _factory!.ClientAs("XXB", Roles.Staff);
        var denied = await stranger.PostQueryAsync("mutation { createDepartment(input: { code: \"GAJ\", name: \"x\", kind: BUREAU }) { errors { code } } }");
        Assert.Contains("AUTH_NOT_AUTHORIZED", denied.ErrorCodes);

        Succeeded(await RunAsync(admin, "CreateDepartmentInput!", "createDepartment", new { code = "GAJ", name = "市公安局", nameEn = "Public Security Bureau", kind = "BUREAU", parentCode = "XXB" }));
        var moved = await RunAsync(admin, "MoveDepartmentInput!", "moveDepartment", new { code = "XXB", version = 1, parentCode = "GAJ" });
        Assert.Equal("VALIDATION", (string?)moved["errors"]![0]!["code"]); // under its own descendant

        Succeeded(await RunAsync(admin, "AppointOfficialInput!", "appointOfficial", new { departmentCode = "GAJ", name = "张局长", position = "局长", post = "HEAD", appointedOn = "2026-12-01", accountObjectId = HeadAccount }));
        Succeeded(await RunAsync(admin, "AppointOfficialInput!", "appointOfficial", new { departmentCode = "GAJ", name = "王主任", position = "信息科科长", post = "INFORMATION_MANAGER", appointedOn = "2026-12-01" }));
        var second = await RunAsync(admin, "AppointOfficialInput!", "appointOfficial", new { departmentCode = "GAJ", name = "赵", position = "副科长", post = "INFORMATION_MANAGER", appointedOn = "2026-12-02" });
        Assert.Equal("CONFLICT", (string?)second["errors"]![0]!["code"]);

        for (var i = 1; i <= 5; i++)
            Succeeded(await RunAsync(admin, "EnlistExpertInput!", "enlistExpert", new
            {
                code = $"ZJ10{i}",
                name = $"专家{i}",
                fields = new[] { "software", "data" },
                affiliationDepartmentCode = i == 5 ? "GAJ" : null,
                accountObjectId = ExpertAccount(i),
            }));
        Succeeded(await RunAsync(admin, "OpenProgrammeInput!", "openProgramme", new { code = "EGOV", name = "高效电子政务", leadDepartmentCode = "XXB" }));
        Succeeded(await RunAsync(admin, "SetProgrammeTargetInput!", "setProgrammeTarget", new { programmeCode = "EGOV", year = 2027, unit = "online service", quantity = 120 }));

        // The head's ten duties followed the appointment.
        var duties = (await admin.PostQueryAsync("{ department(code: \"GAJ\") { responsibilities(first: 50) { totalCount } officials { nodes { name post } } } }")).AssertNoErrors();
        Assert.Equal(10, (int)duties.Data["department"]!["responsibilities"]!["totalCount"]!);

        // The office (an app role assigned in Entra as usual) takes the project through review.
        using var office = _factory.ClientAs("XXB", Roles.CommitteeOffice);
        var draft = Succeeded(await RunAsync(office, "CreateProjectDraftInput!", "createProjectDraft", new
        {
            departmentCode = "GAJ",
            name = "警务云平台",
            level = "DEPARTMENTAL",
            programmeCode = "EGOV",
            scope = "Cloud platform for policing",
            budget = new { amount = 2_000_000m },
            startOn = "2027-03-01",
            dueOn = "2027-12-31",
            feasibilityStudyReference = "KY-2026-001",
        }));
        var projectId = (string)draft["id"]!;
        // 15 working days from Christmas Eve run into 2027, which nobody has published yet.
        var refused = await RunAsync(office, "ProjectVersionInput!", "submitProject", new { id = projectId, version = 1 });
        Assert.Equal("CALENDAR_NOT_PUBLISHED", (string?)refused["errors"]![0]!["code"]);

        var badHoliday = await RunAsync(admin, "PublishWorkingDayCalendarInput!", "publishWorkingDayCalendar", new { year = 2027, holidays = new[] { "2026-12-31" }, makeUpWorkingDays = Array.Empty<string>() });
        Assert.Equal("VALIDATION", (string?)badHoliday["errors"]![0]!["code"]);
        Succeeded(await RunAsync(admin, "PublishWorkingDayCalendarInput!", "publishWorkingDayCalendar", new
        {
            year = 2027,
            holidays = new[] { "2027-01-01" },
            makeUpWorkingDays = Array.Empty<string>(),
            source = "State Council notice",
        }));

        Succeeded(await RunAsync(office, "ProjectVersionInput!", "submitProject", new { id = projectId, version = 1 }));
        // Dec 25, 28-31 (5), Jan 4-8 (5), Jan 11-15 (5): the 1st of January is a holiday, so the 15th working day is 15 January.
        var submitted = (await office.PostQueryAsync($"{{ node(id: \"{projectId}\") {{ ... on Project {{ status reviewDueOn version }} }} }}")).AssertNoErrors().Data["node"]!;
        Assert.Equal("2027-01-15", (string?)submitted["reviewDueOn"]);

        // ZJ105 works for GAJ: the draw takes the other four.
        var drawn = await office.PostQueryAsync(
            "mutation($input: DrawReviewPanelInput!) { drawReviewPanel(input: $input) { errors { code message } result: project { reviewPanel { members { nodes { expert { code } } } } } } }",
            new { input = new { projectId, version = (int)submitted["version"]!, category = "software", size = 4, meetingOn = "2027-01-08" } });
        var codes = drawn.AssertNoErrors().Data["drawReviewPanel"]!["result"]!["reviewPanel"]!["members"]!["nodes"]!.Select(n => (string)n["expert"]!["code"]!).Order().ToList();
        Assert.Equal(["ZJ101", "ZJ102", "ZJ103", "ZJ104"], codes);

        // An expert on an open panel is not retired.
        var expert = (await office.PostQueryAsync("{ experts(first: 1) { nodes { id version } } }")).AssertNoErrors().Data["experts"]!["nodes"]![0]!;
        var retire = await RunAsync(office, "ExpertStatusInput!", "retireExpert", new { id = (string)expert["id"]!, version = (int)expert["version"]! });
        Assert.Equal("INVALID_TRANSITION", (string?)retire["errors"]![0]!["code"]);

        // Each seated expert, signed in as the pool member enlisted above, gives an opinion; the office concludes and approves.
        var panel = (await office.PostQueryAsync($"{{ node(id: \"{projectId}\") {{ ... on Project {{ version reviewPanel {{ id }} }} }} }}")).AssertNoErrors().Data["node"]!;
        var panelId = (string)panel["reviewPanel"]!["id"]!;
        foreach (var code in codes)
        {
            using var seated = _factory.CreateClient();
            seated.DefaultRequestHeaders.Authorization = new("Bearer", _factory.Token(new TokenRequest([Roles.Expert]) { ObjectId = ExpertAccount(int.Parse(code[^1..])).ToString() }));
            var opinion = await seated.PostQueryAsync("mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { errors { code message } } }",
                new { i = new { panelId, recommendation = "APPROVE", opinion = "Sound need and design" } });
            Assert.Empty(opinion.AssertNoErrors().Data["recordExpertOpinion"]!["errors"]!);
        }
        var panelVersion = (int)(await office.PostQueryAsync($"{{ node(id: \"{panelId}\") {{ ... on ReviewPanel {{ version }} }} }}")).AssertNoErrors().Data["node"]!["version"]!;
        var concluded = await office.PostQueryAsync("mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { errors { code message } } }",
            new { i = new { panelId, version = panelVersion, conclusion = "APPROVE", summary = "Sound" } });
        Assert.Empty(concluded.AssertNoErrors().Data["concludeReview"]!["errors"]!);
        var version = (int)(await office.PostQueryAsync($"{{ node(id: \"{projectId}\") {{ ... on Project {{ version }} }} }}")).AssertNoErrors().Data["node"]!["version"]!;
        var approved = await office.PostQueryAsync("mutation($i: DecideProjectInput!) { decideProject(input: $i) { errors { code message } project { version } } }",
            new { i = new { projectId, version, decision = "APPROVE" } });
        version = (int)approved.AssertNoErrors().Data["decideProject"]!["project"]!["version"]!;
        var filed = await office.PostQueryAsync("mutation($i: FileImplementationPlanInput!) { fileImplementationPlan(input: $i) { errors { code message } project { status implementationPlan { id version } } } }",
            new { i = new { projectId, version, tasks = "Build", systemDesign = "Cloud", schedule = "2027" } });
        var plan = filed.AssertNoErrors().Data["fileImplementationPlan"]!["project"]!["implementationPlan"]!;
        var reviewed = await office.PostQueryAsync("mutation($i: ReviewImplementationPlanInput!) { reviewImplementationPlan(input: $i) { errors { code message } project { status } } }",
            new { i = new { planId = (string)plan["id"]!, version = (int)plan["version"]!, accept = true } });
        Assert.Equal("IN_IMPLEMENTATION", (string?)reviewed.AssertNoErrors().Data["reviewImplementationPlan"]!["project"]!["status"]);

        // The head appointed through the API signs the contract: recognised by the account given at the appointment.
        using var head = _factory.CreateClient();
        head.DefaultRequestHeaders.Authorization = new("Bearer", _factory.Token(new TokenRequest([Roles.DepartmentLeader], "GAJ") { ObjectId = HeadAccount.ToString() }));
        // The office registers the firm; the department records the tender it won; the contract follows the tender.
        var registered = await office.PostQueryAsync("mutation($i: RegisterVendorInput!) { registerVendor(input: $i) { errors { code message } vendor { id code } } }",
            new { i = new { name = "华信数智科技有限公司", creditCode = "91330100MA0000001" + InfoGov.Domain.Projects.CreditCode.CheckCharacter("91330100MA0000001"), kind = "CONTRACTOR" } });
        var vendorId = (string)registered.AssertNoErrors().Data["registerVendor"]!["vendor"]!["id"]!;
        var tendered = await head.PostQueryAsync("mutation($i: RecordTenderInput!) { recordTender(input: $i) { errors { code message } project { tenders { nodes { id } } } } }",
            new { i = new { projectId, title = "Platform", method = "OPEN_TENDER", publishedOn = "2026-12-01", awardedOn = "2026-12-20", winningVendorId = vendorId, bidCount = 3 } });
        var tenderId = (string)tendered.AssertNoErrors().Data["recordTender"]!["project"]!["tenders"]!["nodes"]![0]!["id"]!;
        var signed = await head.PostQueryAsync("mutation($i: SignContractInput!) { signContract(input: $i) { errors { code message } project { contracts { nodes { number } } } } }",
            new { i = new { projectId, number = "HT-2026-001", vendorId, tenderId, amount = new { amount = 1_900_000m }, signedOn = "2026-12-24" } });
        Assert.Equal("HT-2026-001", (string?)signed.AssertNoErrors().Data["signContract"]!["project"]!["contracts"]!["nodes"]![0]!["number"]);
    }

    [Fact]
    public async Task A_sharing_request_between_departments_entered_through_the_API_is_due_on_the_published_calendar()
    {
        using var admin = Admin();
        Succeeded(await RunAsync(admin, "CreateDepartmentInput!", "createDepartment", new { code = "GAJ", name = "市公安局", kind = "BUREAU" }));
        Succeeded(await RunAsync(admin, "CreateDepartmentInput!", "createDepartment", new { code = "MZJ", name = "市民政局", kind = "BUREAU" }));
        var catalog = "code,name,providerDepartmentCode,summary,classification,format,updateCycle,delivery,sharingType,openType,sharingConditions,itemName,itemDataType\n"
            + "GAJ-RK-001,常住人口,GAJ,Residents,BASIC_POPULATION,CSV,MONTHLY,API,CONDITIONAL,NOT_OPEN,For services,姓名,string\n"
            + "GAJ-RK-001,常住人口,GAJ,Residents,BASIC_POPULATION,CSV,MONTHLY,API,CONDITIONAL,NOT_OPEN,For services,出生日期,date\n";
        Assert.Equal(1, (int)(await ImportAsync(admin, "CATALOG", "catalog.csv", catalog))["result"]!["created"]!);

        using var office = _factory!.ClientAs("XXB", Roles.CommitteeOffice);
        var entry = (await office.PostQueryAsync("{ dataResource(code: \"GAJ-RK-001\") { id version items(first: 10) { nodes { id } } } }")).AssertNoErrors().Data["dataResource"]!;
        var published = await office.PostQueryAsync("mutation($i: DataResourceVersionInput!) { publishDataResource(input: $i) { errors { code message } } }",
            new { i = new { id = (string)entry["id"]!, version = (int)entry["version"]! } });
        Assert.Empty(published.AssertNoErrors().Data["publishDataResource"]!["errors"]!);

        using var steward = _factory.ClientAs("MZJ", Roles.DataSteward);
        const string submit = "mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { errors { code message } sharingRequest { id version answerDueOn } } }";
        var request = new
        {
            resourceCode = "GAJ-RK-001",
            purpose = "Subsistence allowance checks",
            legalBasis = "Social assistance regulations",
            itemIds = entry["items"]!["nodes"]!.Select(n => (string)n["id"]!).ToArray(),
            periodFrom = "2027-01-01",
            periodUntil = "2027-12-31",
        };
        // Ten working days from Christmas Eve run into 2027, which is not published yet.
        var refused = await steward.PostQueryAsync(submit, new { i = request });
        Assert.Equal("CALENDAR_NOT_PUBLISHED", (string?)refused.AssertNoErrors().Data["submitSharingRequest"]!["errors"]![0]!["code"]);
        Succeeded(await RunAsync(admin, "PublishWorkingDayCalendarInput!", "publishWorkingDayCalendar", new { year = 2027, holidays = new[] { "2027-01-01" }, makeUpWorkingDays = Array.Empty<string>() }));

        var submitted = (await steward.PostQueryAsync(submit, new { i = request })).AssertNoErrors().Data["submitSharingRequest"]!["sharingRequest"]!;
        // Dec 25, 28-31, Jan 4-8 with the 1st of January a holiday: due on Friday 8 January.
        Assert.Equal("2027-01-08", (string?)submitted["answerDueOn"]);
        using var provider = _factory.ClientAs("GAJ", Roles.DataSteward);
        var answered = await provider.PostQueryAsync("mutation($i: DecideSharingRequestInput!) { decideSharingRequest(input: $i) { errors { code message } sharingRequest { status } } }",
            new { i = new { requestId = (string)submitted["id"]!, version = (int)submitted["version"]!, approve = true } });
        Assert.Equal("APPROVED", (string?)answered.AssertNoErrors().Data["decideSharingRequest"]!["sharingRequest"]!["status"]);
    }

    [Fact]
    public async Task The_project_register_and_the_catalog_import_all_or_nothing_through_a_multipart_request()
    {
        using var admin = Admin();
        Succeeded(await RunAsync(admin, "CreateDepartmentInput!", "createDepartment", new { code = "GAJ", name = "市公安局", kind = "BUREAU" }));

        var register = new StringBuilder("code,name,departmentCode,level,scope,budget,startOn,dueOn\n");
        for (var i = 1; i <= 1000; i++) register.Append($"REG-{i:0000},项目{i},{(i % 2 == 0 ? "GAJ" : "XXB")},DEPARTMENTAL,Scope {i},{1000 + i}.50,2027-01-01,2027-12-31\n");
        var catalog = new StringBuilder("code,name,providerDepartmentCode,summary,classification,format,updateCycle,delivery,sharingType,openType,sharingConditions,itemName,itemDataType\n");
        for (var i = 1; i <= 200; i++) catalog.Append($"GAJ-{(i + 3) / 4:000},资源{(i + 3) / 4},GAJ,Summary,DEPARTMENTAL,CSV,MONTHLY,API,CONDITIONAL,NOT_OPEN,For public services only,项{i},string\n");

        var imported = await ImportAsync(admin, "PROJECT_REGISTER", "register.csv", register.ToString());
        Assert.True(imported["errors"] is JArray { Count: 0 }, imported.ToString());
        Assert.Equal(1000, (int)imported["result"]!["created"]!);
        var entries = await ImportAsync(admin, "CATALOG", "catalog.csv", catalog.ToString());
        Assert.Equal(50, (int)entries["result"]!["created"]!);

        // The same files again change nothing.
        var again = await ImportAsync(admin, "PROJECT_REGISTER", "register.csv", register.ToString());
        Assert.Equal((0, 1000), ((int)again["result"]!["created"]!, (int)again["result"]!["unchanged"]!));

        // One bad row: nothing is written, and the row and column are named.
        var bad = register.ToString().Replace("REG-0500,项目500,GAJ", "NEW-0500,项目500,NOPE").Replace("REG-", "NEW-");
        var refused = await ImportAsync(admin, "PROJECT_REGISTER", "register-bad.csv", bad);
        Assert.Equal("IMPORT_REJECTED", (string?)refused["errors"]![0]!["code"]);
        var error = refused["result"]!["errors"]!.Single();
        Assert.Equal((501, "departmentCode"), ((int)error["row"]!, (string?)error["column"]));
        var count = (await admin.PostQueryAsync("{ projects(first: 1) { totalCount } }")).AssertNoErrors().Data["projects"]!["totalCount"]!;
        Assert.Equal(1000, (int)count);

        // Officials from an XLSX workbook: the head takes the ten duties; a second information manager is named by row.
        var officials = new[]
        {
            new Dictionary<string, object> { ["departmentCode"] = "GAJ", ["name"] = "张伟", ["position"] = "局长", ["post"] = "HEAD", ["appointedOn"] = "2026-01-05" },
            new Dictionary<string, object> { ["departmentCode"] = "GAJ", ["name"] = "王芳", ["position"] = "信息科科长", ["post"] = "INFORMATION_MANAGER", ["appointedOn"] = "2026-01-05" },
            new Dictionary<string, object> { ["departmentCode"] = "GAJ", ["name"] = "李强", ["position"] = "副科长", ["post"] = "INFORMATION_MANAGER", ["appointedOn"] = "2026-02-01" },
        };
        var tooMany = await ImportAsync(admin, "OFFICIALS", "officials.xlsx", Workbook(officials));
        Assert.Equal((4, "post"), ((int)tooMany["result"]!["errors"]![0]!["row"]!, (string?)tooMany["result"]!["errors"]![0]!["column"]));
        var appointed = await ImportAsync(admin, "OFFICIALS", "officials.xlsx", Workbook(officials[..2]));
        Assert.Equal(2, (int)appointed["result"]!["created"]!);
        var duties = (await admin.PostQueryAsync("{ department(code: \"GAJ\") { responsibilities(first: 1) { totalCount } } }")).AssertNoErrors();
        Assert.Equal(10, (int)duties.Data["department"]!["responsibilities"]!["totalCount"]!);

        // The template is the import's own column list.
        var template = await _factory!.CreateClient().GetStringAsync("/import-templates/project_register.csv");
        Assert.StartsWith("code,name,nameEn,departmentCode,programmeCode,level,", template);

        // A CSV saved with a byte order mark, as spreadsheet programs write UTF-8.
        var withBom = await ImportAsync(admin, "DEPARTMENTS", "departments.csv", "\uFEFFcode,name,kind\nMZJ,市民政局,BUREAU\n");
        Assert.Equal(1, (int)withBom["result"]!["created"]!);

        // Wrong columns, a file that is no spreadsheet.
        var columns = await ImportAsync(admin, "CATALOG", "register.csv", register.ToString());
        Assert.Equal("IMPORT_COLUMNS", (string?)columns["errors"]![0]!["code"]);
        var binary = await ImportAsync(admin, "EXPERTS", "photo.png", "\u0089PNG\r\n\u001a\n\0\0\0");
        Assert.Equal("NOT_A_SPREADSHEET", (string?)binary["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_413_and_a_code()
    {
        using var admin = Admin();
        using var content = Multipart("EXPERTS", "big.csv", new string('x', 11 * 1024 * 1024));
        var response = await admin.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("UPLOAD_TOO_LARGE", await response.Content.ReadAsStringAsync());
    }

    private static byte[] Workbook(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    private static Task<JToken> ImportAsync(HttpClient client, string kind, string fileName, byte[] bytes) => SendImportAsync(client, Multipart(kind, fileName, bytes));

    private static MultipartFormDataContent Multipart(string kind, string fileName, string text) =>
        Multipart(kind, fileName, text.StartsWith('\u0089') ? [.. text.Select(c => (byte)c)] : Encoding.UTF8.GetBytes(text));

    private static MultipartFormDataContent Multipart(string kind, string fileName, byte[] bytes)
    {
        var operations = new JObject
        {
            ["query"] = "mutation($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { errors { code message field } result: importReport { rows created unchanged errorCount errors { row column message } } } }",
            ["variables"] = new JObject { ["input"] = new JObject { ["kind"] = kind, ["file"] = null } },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return new MultipartFormDataContent
        {
            { new StringContent(operations.ToString()), "operations" },
            { new StringContent("{ \"0\": [\"variables.input.file\"] }"), "map" },
            { file, "0", fileName },
        };
    }

    private static Task<JToken> ImportAsync(HttpClient client, string kind, string fileName, string text) => SendImportAsync(client, Multipart(kind, fileName, text));

    private static async Task<JToken> SendImportAsync(HttpClient client, MultipartFormDataContent multipart)
    {
        using var content = multipart;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await GraphQLClient.SendAsync(client, request);
        return response.AssertNoErrors().Data["importSpreadsheet"]!;
    }
}

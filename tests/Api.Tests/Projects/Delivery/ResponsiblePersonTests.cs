using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>A named person answers for each project (assigned by its department) and each new plan item.</summary>
public sealed class ResponsiblePersonTests(InfoGovApiFactory host) : IClassFixture<InfoGovApiFactory>
{
    [Fact]
    public async Task The_department_names_who_answers_for_its_project_and_the_name_is_shown()
    {
        var office = host.ClientAs("XXB", Roles.CommitteeOffice);
        var project = (await office.PostQueryAsync("{ projects(first: 1, filter: { statuses: [IN_IMPLEMENTATION], departmentCode: \"MZJ\" }) { nodes { id code version responsiblePerson } } }"))
            .AssertNoErrors().Data["projects"]!["nodes"]![0]!;
        Assert.NotNull((string?)project["responsiblePerson"]); // the demo data names the information manager
        var input = new { projectId = (string)project["id"]!, version = (int)project["version"]!, name = "李明（民政局信息科科长）" };
        Assert.Equal("NOT_PERMITTED", await ProjectUnderWay.RefusalAsync(ProjectUnderWay.Official(host, "GAJ", "cio", Roles.InformationManager), "assignResponsiblePerson", "AssignResponsiblePersonInput", input));
        Assert.Equal("VALIDATION", await ProjectUnderWay.RefusalAsync(ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager), "assignResponsiblePerson", "AssignResponsiblePersonInput", input with { name = " " }));
        var assigned = await ProjectUnderWay.CallAsync(ProjectUnderWay.Official(host, "MZJ", "cio", Roles.InformationManager), "assignResponsiblePerson", "AssignResponsiblePersonInput", input,
            "project { responsiblePerson }");
        Assert.Equal("李明（民政局信息科科长）", (string?)assigned["project"]!["responsiblePerson"]);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("query($code: String!) { project(code: $code) { responsiblePerson } }",
            new { code = (string)project["code"]! })).ErrorCodes);
    }
}

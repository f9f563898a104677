using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;

namespace InfoGov.Api.Tests.Projects;

/// <summary>Representative responses, pinned. The demo data and the clock are fixed, so any change in
/// these responses is a change in the data set or in the API.</summary>
[Collection(ApiCollection.Name)]
public class PortalSnapshotTests(InfoGovApiFactory factory)
{
    private readonly HttpClient _client = factory.OfficeClient();

    [Fact]
    public async Task Portal_project_status_page()
    {
        // A public portal calls without a token.
        var response = (await factory.CreateClient().PostQueryAsync("""
            {
              projects(first: 10, filter: { isPublished: true, statuses: [IN_IMPLEMENTATION, ACCEPTANCE_REQUESTED, ACCEPTED] }, orderBy: DUE_ON_ASC) {
                totalCount
                nodes {
                  code name nameEn status colour progressPercent
                  department { name } programme { name }
                  currentPlan { startOn dueOn }
                }
                pageInfo { hasNextPage endCursor }
              }
            }
            """)).AssertNoErrors();
        Snapshot.Match(WithoutExtensions(response));
    }

    [Fact]
    public async Task Department_with_its_projects()
    {
        var response = (await _client.PostQueryAsync("""
            {
              department(code: "GAJ") {
                code name nameEn kind
                parent { code }
                officials { totalCount nodes { position isHead } }
                projects(first: 50) {
                  totalCount
                  nodes {
                    code name status level fundingCategory isMajor
                    baseline { budget { amount currency } dueOn }
                    scheduleVariance { ratio band } costVariance { ratio band } colour isProgressReportOverdue
                  }
                }
                dataResources { totalCount nodes { code sharingType openType } }
              }
            }
            """)).AssertNoErrors();
        Snapshot.Match(WithoutExtensions(response));
    }

    [Fact]
    public async Task Fund_with_its_allocations()
    {
        var response = (await _client.PostQueryAsync("""
            {
              specialFund(year: 2025) {
                fiscalYear cap { amount currency } allocated { amount } spent { amount } remaining { amount } allocationRate spendRate
                allocations(first: 100) {
                  totalCount
                  nodes { amount { amount currency } allocatedOn note project { code status fundingCategory } }
                }
              }
            }
            """)).AssertNoErrors();
        Snapshot.Match(WithoutExtensions(response));
    }

    /// <summary>The response without its extensions: the correlation id differs on every request.</summary>
    private static JObject WithoutExtensions(GraphQLResponse response) => new() { ["data"] = response.Body["data"] };
}

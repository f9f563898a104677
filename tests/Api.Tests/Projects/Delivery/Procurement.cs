using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Projects.Delivery;

/// <summary>What a contract needs since tenders are required: a registered vendor, and an awarded tender won by it.</summary>
public static class Procurement
{
    /// <summary>The id of the registered vendor named <paramref name="name"/>, read by the office.</summary>
    public static async Task<string> VendorIdAsync(HttpClient office, string name) =>
        (string)(await office.PostQueryAsync("query($s: String!) { vendors(first: 1, search: $s) { nodes { id } } }", new { s = name }))
            .AssertNoErrors().Data["vendors"]!["nodes"]![0]!["id"]!;

    /// <summary>The latest awarded tender of a project and its registered winner (every demo project under way has one), read by the office.</summary>
    public static async Task<(string TenderId, string VendorId)> AwardedTenderAsync(HttpClient office, string projectId)
    {
        var tenders = (await office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on Project { tenders(first: 10) { nodes { id awardedOn registeredWinner { id } } } } } }",
            new { id = projectId })).AssertNoErrors().Data["node"]!["tenders"]!["nodes"]!;
        var awarded = tenders.First(t => t["awardedOn"]!.Type != JTokenType.Null && t["registeredWinner"]!.Type != JTokenType.Null);
        return ((string)awarded["id"]!, (string)awarded["registeredWinner"]!["id"]!);
    }
}

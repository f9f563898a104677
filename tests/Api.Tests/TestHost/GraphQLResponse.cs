using System.Net;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>An HTTP response of the GraphQL endpoint, parsed.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JToken Body)
{
    public JToken Data => Body["data"] ?? throw new InvalidOperationException($"No data in {Body}");

    public JArray Errors => Body["errors"] as JArray ?? [];

    public IEnumerable<string?> ErrorCodes => Errors.Select(e => (string?)e["extensions"]?["code"]);

    /// <summary>Fails with the errors printed when the response has any.</summary>
    public GraphQLResponse AssertNoErrors()
    {
        Assert.True(Errors.Count == 0, $"Unexpected errors: {Errors}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }

    /// <summary>Fails when the response has errors other than those <paramref name="expected"/> accepts.</summary>
    public GraphQLResponse AssertNoErrors(Func<JToken, bool> expected)
    {
        var unexpected = Errors.Where(e => !expected(e)).ToList();
        Assert.True(unexpected.Count == 0, $"Unexpected errors: {string.Join("\n", unexpected)}");
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }
}

namespace InfoGov.Api.Tests.TestHost;

/// <summary>All read-side tests share one host and one seeded database: the demo data is read-only here.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<InfoGovApiFactory>
{
    public const string Name = "api";
}

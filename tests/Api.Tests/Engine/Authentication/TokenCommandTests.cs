using System.Net;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace InfoGov.Api.Tests.Engine.Authentication;

/// <summary>The Development token command, and that its tokens mean nothing outside Development.</summary>
public class TokenCommandTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "InfoGov.Api";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>A production host: Entra ID configuration with a pinned tenant. Its signing keys are
    /// given statically, so validating a token never reaches out to Entra ID.</summary>
    private sealed class ProductionFactory : InfoGovApiFactory
    {
        protected override string Environment => "Production";
        protected override bool UseLocalIssuer => false;
        protected override bool PrepareDatabase => false;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            builder.UseSetting("AzureAd:TenantId", "6f1c3c52-3b4e-4d7a-9a51-0d6a1f0e2b7c");
            builder.UseSetting("AzureAd:ClientId", "2b1f4e6a-8c3d-4f5e-9a7b-1c2d3e4f5a6b");
            builder.UseSetting("AzureAd:Audience", "api://infogov");
            builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
            {
                var entraKey = new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "entra" };
                var configuration = new OpenIdConnectConfiguration { Issuer = "https://login.microsoftonline.com/6f1c3c52-3b4e-4d7a-9a51-0d6a1f0e2b7c/v2.0" };
                configuration.SigningKeys.Add(entraKey);
                bearer.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void The_command_refuses_to_run_outside_development(string environment)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = TokenCommand.Run(["token", "--role", Roles.Finance], new Environment(environment), new ServiceCollection().BuildServiceProvider(), output, error);
        Assert.NotEqual(0, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("Development", error.ToString());
    }

    [Fact]
    public async Task In_development_it_prints_only_a_token_the_local_issuer_accepts()
    {
        await using var factory = new InfoGovApiFactory();
        var output = new StringWriter();
        var exit = TokenCommand.Run(["token", "--role", Roles.Finance, "--role", Roles.Staff, "--dept", "CZJ"],
            new Environment("Development"), factory.Services, output, new StringWriter());
        Assert.Equal(0, exit);
        var token = output.ToString().TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', token);
        Assert.Equal(3, token.Split('.').Length);

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = (await client.PostQueryAsync("{ me { roles department isApp } }")).AssertNoErrors().Data["me"]!;
        Assert.Equal("CZJ", (string?)me["department"]);
        Assert.Equal([Roles.Finance, Roles.Staff], me["roles"]!.Select(r => (string)r!));
    }

    [Fact]
    public async Task A_token_can_be_signed_as_a_demo_official()
    {
        await using var factory = new InfoGovApiFactory();
        var output = new StringWriter();
        TokenCommand.Run(["token", "--role", Roles.InformationManager, "--dept", "GAJ", "--official", "GAJ:cio"],
            new Environment("Development"), factory.Services, output, new StringWriter());
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", output.ToString().Trim());
        var me = (await client.PostQueryAsync("{ me { objectId } }")).AssertNoErrors().Data["me"]!;
        Assert.Equal(InfoGov.Infrastructure.Persistence.Seeding.DemoAccounts.OfficialObjectId("GAJ", "cio").ToString(), (string?)me["objectId"]);
    }

    [Theory]
    [InlineData("--role", "Gov.Nobody")]
    [InlineData("--app")]
    [InlineData("--bogus")]
    public async Task Bad_arguments_are_refused(params string[] arguments)
    {
        await using var factory = new InfoGovApiFactory();
        var output = new StringWriter();
        var exit = TokenCommand.Run(["token", .. arguments], new Environment("Development"), factory.Services, output, new StringWriter());
        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Development_tokens_are_rejected_by_a_production_host()
    {
        var keyPath = Path.Combine(Path.GetTempPath(), $"infogov-dev-key-{Guid.NewGuid():N}.pem");
        try
        {
            var developmentIssuer = new LocalTokenIssuer(new LocalSigningKey(keyPath), new AccessTokenOptions(), TimeProvider.System);
            var token = developmentIssuer.Issue(new TokenRequest([Roles.CommitteeOffice], "XXB"));

            await using var production = new ProductionFactory();
            var client = production.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var response = await client.PostQueryAsync("{ me { name } }");

            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Null(response.Body["data"]);
            Assert.Contains("AUTH_NOT_AUTHENTICATED", response.ErrorCodes);
        }
        finally
        {
            File.Delete(keyPath);
        }
    }

    [Fact]
    public async Task A_production_host_refuses_a_public_tenant()
    {
        var (exit, output) = await ApiProcess.RunToExitAsync([], new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Authentication__UseLocalIssuer"] = "false",
            ["AzureAd__TenantId"] = "common",
            ["AzureAd__ClientId"] = "2b1f4e6a-8c3d-4f5e-9a7b-1c2d3e4f5a6b",
        });
        Assert.True(exit == 2, $"exit {exit}: {output}");
        Assert.Contains("AzureAd:TenantId", output);
    }
}

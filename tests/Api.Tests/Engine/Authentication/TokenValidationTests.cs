using System.Net;
using System.Security.Cryptography;
using System.Text;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Engine.Authentication;

/// <summary>Bearer tokens: what is accepted, and every way a token is refused (with no data).</summary>
[Collection(ApiCollection.Name)]
public class TokenValidationTests(InfoGovApiFactory factory)
{
    private const string Me = "{ me { name objectId roles department isApp } }";

    private async Task<GraphQLResponse> MeWith(string? token)
    {
        var client = factory.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return await client.PostQueryAsync(Me);
    }

    [Fact]
    public async Task A_user_token_identifies_the_user_roles_and_department()
    {
        var token = factory.Token(new TokenRequest([Roles.Finance, Roles.Staff], "CZJ") { Name = "王芳", ObjectId = "11111111-2222-3333-4444-555555555555" });
        var me = (await MeWith(token)).AssertNoErrors().Data["me"]!;
        Assert.Equal("王芳", (string?)me["name"]);
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string?)me["objectId"]);
        Assert.Equal([Roles.Finance, Roles.Staff], me["roles"]!.Select(r => (string)r!));
        Assert.Equal("CZJ", (string?)me["department"]);
        Assert.False((bool)me["isApp"]!);
    }

    [Fact]
    public async Task An_app_only_token_is_an_app()
    {
        var me = (await MeWith(factory.Token(new TokenRequest([Roles.Dashboard], IsApp: true)))).AssertNoErrors().Data["me"]!;
        Assert.True((bool)me["isApp"]!);
        Assert.Equal([Roles.Dashboard], me["roles"]!.Select(r => (string)r!));
    }

    [Fact]
    public async Task Without_a_token_me_is_null()
    {
        var response = (await MeWith(null)).AssertNoErrors();
        Assert.Equal(JTokenType.Null, response.Data["me"]!.Type);
    }

    public static TheoryData<string> BadTokens => new()
    {
        "expired", "not-yet-valid", "wrong-audience", "wrong-issuer", "other-tenant", "bad-signature", "alg-none",
        "no-roles-no-scope", "user-token-without-api-scope", "garbage",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Bad_tokens_are_refused_with_no_data(string kind)
    {
        var now = InfoGovApiFactory.Now;
        var finance = new TokenRequest([Roles.Finance], "CZJ");
        var token = kind switch
        {
            "expired" => factory.Token(finance with { NotBefore = now.AddHours(-3), Expires = now.AddMinutes(-10) }),
            "not-yet-valid" => factory.Token(finance with { NotBefore = now.AddMinutes(30), Expires = now.AddHours(2) }),
            "wrong-audience" => factory.Token(finance with { Audience = "api://someone-else" }),
            "wrong-issuer" => factory.Token(finance with { Issuer = "https://issuer.example/v2.0" }),
            "other-tenant" => factory.Token(finance with { Issuer = "https://login.infogov.local/99999999-9999-9999-9999-999999999999/v2.0" }),
            "bad-signature" => factory.Token(finance with { SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "other" } }),
            "alg-none" => Unsigned(factory.Token(finance)),
            "no-roles-no-scope" => factory.Token(new TokenRequest([], "CZJ") { Scope = "" }),
            "user-token-without-api-scope" => factory.Token(finance with { Scope = "User.Read" }),
            "garbage" => "not.a.jwt",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await MeWith(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_user_token_with_the_api_scope_among_others_is_accepted()
    {
        var token = factory.Token(new TokenRequest([Roles.Staff], "GAJ") { Scope = "User.Read access_as_user" });
        (await MeWith(token)).AssertNoErrors();
    }

    [Fact]
    public async Task A_user_token_with_the_scope_and_no_roles_is_authenticated()
    {
        var token = factory.Token(new TokenRequest([], "GAJ"));
        var me = (await MeWith(token)).AssertNoErrors().Data["me"]!;
        Assert.Empty(me["roles"]!);
    }

    /// <summary>The same header and claims with "alg": "none" and no signature.</summary>
    private static string Unsigned(string jwt)
    {
        var parts = jwt.Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
        return $"{header}.{parts[1]}.";
    }
}

using System.ComponentModel.DataAnnotations;
namespace InfoGov.Api.Engine.Authentication;

/// <summary>The <c>Authentication</c> configuration section. Production validates Entra ID tokens
/// from the <c>AzureAd</c> section; Development (and tests that ask for it) validate tokens of a local
/// issuer signed with a locally generated key, through the same JWT bearer pipeline.</summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Authentication";

    /// <summary>Validate tokens of the local issuer instead of Entra ID. Always on in Development;
    /// refused in Production.</summary>
    public bool UseLocalIssuer { get; set; }

    /// <summary>The token claim that carries the caller's department code.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DepartmentClaim { get; set; } = "dept";

    /// <summary>The scope a user (delegated) token must carry.</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>The API's audience (its application ID URI), used for both issuers.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Audience { get; set; } = "api://infogov";

    /// <summary>Whether introspection needs an authenticated caller outside Development.</summary>
    public bool IntrospectionRequiresAuthentication { get; set; } = true;

    public LocalIssuerOptions LocalIssuer { get; set; } = new();
}

/// <summary>The local issuer used in Development and tests.</summary>
public sealed class LocalIssuerOptions
{
    public string TenantId { get; set; } = "00000000-0000-0000-0000-00000000d3v0";

    /// <summary>Where the RSA signing key is kept (PEM); created on first use. Relative to the content root.</summary>
    public string KeyFile { get; set; } = ".infogov-dev-signing-key.pem";

    public string Issuer => $"https://login.infogov.local/{TenantId}/v2.0";
}
